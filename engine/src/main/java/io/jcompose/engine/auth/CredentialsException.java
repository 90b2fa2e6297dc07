package io.jcompose.engine.auth;

/**
 * Credentials could not be read: a malformed {@code config.json} entry or a credential helper that
 * failed. The message names the file or helper and the registry, never a secret.
 */
public final class CredentialsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CredentialsException(String message) {
        super(message);
    }

    public CredentialsException(String message, Throwable cause) {
        super(message, cause);
    }
}
