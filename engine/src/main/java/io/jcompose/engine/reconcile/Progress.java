package io.jcompose.engine.reconcile;

/**
 * Where a run reports what happens to each resource ({@code Container demo-web-1}): a status word
 * ({@code Creating}, {@code Started}, {@code Healthy}) and whether the step is under way, done or failed.
 * Called from the event loop: implementations must not block.
 */
public interface Progress {

    enum State { WORKING, DONE, ERROR }

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
