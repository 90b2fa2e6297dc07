package io.jcompose.cli;

/** The exit codes docker compose users script against. */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    public static final int INTERRUPTED = 130;

    private ExitCodes() {
    }
}
