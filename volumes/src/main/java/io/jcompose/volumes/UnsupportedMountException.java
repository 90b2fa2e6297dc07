package io.jcompose.volumes;

import java.io.Serial;

/** A mount docker compose refuses to set up; the message is the full user-facing sentence. */
public final class UnsupportedMountException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public UnsupportedMountException(String message) {
        super(message);
    }
}
