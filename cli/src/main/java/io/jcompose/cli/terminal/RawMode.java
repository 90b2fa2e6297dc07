package io.jcompose.cli.terminal;

/** A terminal in raw mode; {@link #close()} (or the JVM's shutdown) restores the settings it had before. */
public final class RawMode implements AutoCloseable {

    private final int fd;
    private final byte[] saved;
    private final Thread restoreAtExit;
    private boolean restored;

    RawMode(int fd, byte[] saved) {
        this.fd = fd;
        this.saved = saved.clone();
        this.restoreAtExit = new Thread(this::restore, "jcompose-terminal-restore");
        Runtime.getRuntime().addShutdownHook(restoreAtExit);
    }

    private synchronized void restore() {
        if (!restored) {
            restored = true;
            Libc.INSTANCE.tcsetattr(fd, Libc.TCSANOW, saved);
        }
    }

    @Override
    public void close() {
        restore();
        try {
            Runtime.getRuntime().removeShutdownHook(restoreAtExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs (or ran) anyway, and restoring twice is harmless
        }
    }
}
