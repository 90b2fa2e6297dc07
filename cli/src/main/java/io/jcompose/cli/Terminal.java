package io.jcompose.cli;

import com.sun.jna.Library;
import com.sun.jna.Native;

/** Whether a standard stream is a terminal, asked of the C library (System.console() only knows about stdin+out). */
final class Terminal {

    private Terminal() {
    }

    /** {@code fd} 1 is stdout, 2 is stderr. False where the C library cannot be reached. */
    static boolean isTerminal(int fd) {
        try {
            return CLibrary.INSTANCE.isatty(fd) == 1;
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            return false;
        }
    }

    private interface CLibrary extends Library {
        CLibrary INSTANCE = Native.load("c", CLibrary.class);

        int isatty(int fd);
    }
}
