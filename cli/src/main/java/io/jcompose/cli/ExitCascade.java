package io.jcompose.cli;

import java.util.Optional;

/**
 * What the exit of an attached container does to attached {@code up} (reference 1.4, 3.16): with
 * {@code --abort-on-container-exit} the first exit, with {@code --abort-on-container-failure} the first non-zero
 * one, stops the project; the command then returns the exit code of the {@code --exit-code-from} service's first
 * container to exit (even one the stop ended, 137 or 143), else of the container that triggered the stop, else 0.
 */
final class ExitCascade {

    /** Which exits stop the project. */
    enum Trigger { NONE, ANY_EXIT, FAILURE }

    private final Trigger trigger;
    private Optional<String> codeFrom;
    private Optional<Integer> code = Optional.empty();
    private boolean aborting;

    ExitCascade(Trigger trigger, Optional<String> exitCodeFrom) {
        this.trigger = trigger;
        this.codeFrom = exitCodeFrom;
    }

    /** {@code --exit-code-from} implies {@code --abort-on-container-exit}, unless failures alone were asked for. */
    static ExitCascade of(boolean abortOnExit, boolean abortOnFailure, Optional<String> exitCodeFrom) {
        Trigger trigger = abortOnFailure ? Trigger.FAILURE
                : abortOnExit || exitCodeFrom.isPresent() ? Trigger.ANY_EXIT : Trigger.NONE;
        return new ExitCascade(trigger, exitCodeFrom);
    }

    /** Records that a container of {@code service} exited with {@code exitCode}; true when it must stop the project. */
    synchronized boolean exited(String service, int exitCode) {
        boolean stops = !aborting && (trigger == Trigger.ANY_EXIT || trigger == Trigger.FAILURE && exitCode != 0);
        if (stops) {
            aborting = true;
            if (codeFrom.isEmpty()) {
                codeFrom = Optional.of(service);
            }
        }
        if (code.isEmpty() && codeFrom.isPresent() && codeFrom.get().equals(service)) {
            code = Optional.of(exitCode);
        }
        return stops;
    }

    /** The project is being stopped for another reason (Ctrl-C): no exit triggers a second stop. */
    synchronized void stopping() {
        aborting = true;
    }

    synchronized int exitCode() {
        return code.orElse(ExitCodes.OK);
    }
}
