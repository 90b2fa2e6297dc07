package io.jcompose.engine.reconcile;

/** A plan or run that cannot go on; the message is the full user-facing sentence. */
public class ReconcileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReconcileException(String message) {
        super(message);
    }

    public ReconcileException(String message, Throwable cause) {
        super(message, cause);
    }
}
