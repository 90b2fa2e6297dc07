package io.jcompose.engine;

import java.util.Optional;

/**
 * An Engine call that failed. {@link #getMessage()} is the full sentence the user reads: what we were
 * doing, then why it failed ("creating network demo_default: network with name demo_default already exists").
 */
public class EngineException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String description;
    private final int status;
    private final String reason;

    /** A failure the engine answered with an HTTP status and message. */
    public EngineException(String description, int status, String reason) {
        super(description + ": " + reason);
        this.description = description;
        this.status = status;
        this.reason = reason;
    }

    /** A failure without an engine answer (connection lost, bad stream); {@code cause} may be null. */
    public EngineException(String description, String reason, Throwable cause) {
        super(description + ": " + reason, cause);
        this.description = description;
        this.status = 0;
        this.reason = reason;
    }

    /** What we were doing, e.g. "creating network demo_default". */
    public String description() {
        return description;
    }

    /** Why it failed: the engine's message, or the transport's. */
    public String reason() {
        return reason;
    }

    /** The engine's HTTP status, when the engine answered. */
    public Optional<Integer> status() {
        return status == 0 ? Optional.empty() : Optional.of(status);
    }

    public boolean isNotFound() {
        return status == 404;
    }

    public boolean isConflict() {
        return status == 409;
    }
}
