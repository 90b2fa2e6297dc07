package io.jcompose.engine.build;

/** A build that cannot be made or that failed; the message is the whole sentence the user reads. */
public final class BuildException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BuildException(String message) {
        super(message);
    }

    public BuildException(String message, Throwable cause) {
        super(message, cause);
    }
}
