package io.jcompose.engine.reconcile;

/**
 * Where a run reports what happens to each resource ({@code Container demo-web-1}): a status word
 * ({@code Creating}, {@code Started}, {@code Healthy}) and whether the step is under way, done or failed.
 * Called from the event loop: implementations must not block.
 */
public interface Progress {

    /** WARNING: done, but not as asked (a pull that failed and is made up for by a build). */
    enum State { WORKING, DONE, WARNING, ERROR }

    void update(String resource, String status, State state);

    void warning(String message);

    /** Says nothing. */
    static Progress silent() {
        return new Progress() {
            @Override
            public void update(String resource, String status, State state) {
            }

            @Override
            public void warning(String message) {
            }
        };
    }
}
