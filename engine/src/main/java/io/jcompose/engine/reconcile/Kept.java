package io.jcompose.engine.reconcile;

/**
 * The engine kept a resource a removal asked for, for a reason that is not the run's failure (a network
 * or volume that something outside the plan still uses). The progress line shows {@link #status()} as a
 * warning instead of {@code Removed}, and the plan goes on.
 */
public final class Kept extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String status;

    Kept(String status) {
        super(status, null, false, false);
        this.status = status;
    }

    public String status() {
        return status;
    }
}
