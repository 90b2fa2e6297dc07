package io.jcompose.engine.reconcile;

/** The run was interrupted (Ctrl-C): nothing new was started after it; the CLI exits 130. */
public final class Interrupted extends ReconcileException {

    private static final long serialVersionUID = 1L;

    public Interrupted() {
        super("interrupted: stopped after the engine calls already under way; run the command again to converge");
    }
}
