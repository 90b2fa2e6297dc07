package io.jcompose.cli.terminal;

import com.sun.jna.LastErrorException;
import com.sun.jna.NativeLong;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The user's terminal, through libc (JNA). Only what needs a TTY's size or raw mode ({@code exec},
 * {@code attach}, {@code run}, progress drawn on a terminal) loads JNA.
 */
public final class Terminal {

    public static final int STDIN = 0;
    public static final int STDOUT = 1;
    public static final int STDERR = 2;

    private Terminal() {
    }

    /**
     * Whether {@code fd} is a terminal. Every command with progress output asks, so on Linux the answer
     * comes from where {@code /proc/self/fd/N} points (a tty or pts device) without loading JNA, which
     * unpacks its native library and runs {@code ldconfig} first; elsewhere libc's isatty; false where
     * neither can tell.
     */
    public static boolean isTerminal(int fd) {
        Path link = Path.of("/proc/self/fd/" + fd);
        try {
            String device = Files.readSymbolicLink(link).toString();
            return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty") || device.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException noProc) {
            try {
                return Libc.INSTANCE.isatty(fd) == 1;
            } catch (UnsatisfiedLinkError | LastErrorException noLibc) {
                return false;
            }
        }
    }

    /** The size of the terminal on {@code fd}, empty when it is none or reports 0x0. */
    public static Optional<WindowSize> size(int fd) {
        byte[] winsize = new byte[8];
        try {
            if (Libc.INSTANCE.ioctl(fd, new NativeLong(Libc.TIOCGWINSZ), winsize) != 0) {
                return Optional.empty();
            }
        } catch (UnsatisfiedLinkError | LastErrorException noSize) {
            return Optional.empty();
        }
        // struct winsize { unsigned short ws_row, ws_col, ... } in the machine's (little-endian) order
        int rows = (winsize[0] & 0xff) | (winsize[1] & 0xff) << 8;
        int columns = (winsize[2] & 0xff) | (winsize[3] & 0xff) << 8;
        return rows > 0 && columns > 0 ? Optional.of(new WindowSize(rows, columns)) : Optional.empty();
    }

    /**
     * Puts {@code fd} in raw mode (cfmakeraw: no echo, no line editing, no signal keys, no output processing)
     * until the returned mode is closed. A shutdown hook restores it too, so Ctrl-C, System.exit or a crash
     * never leave the user's shell raw.
     */
    public static RawMode raw(int fd) {
        byte[] saved = new byte[Libc.TERMIOS_SIZE];
        if (Libc.INSTANCE.tcgetattr(fd, saved) != 0) {
            throw new IllegalStateException("cannot read the terminal settings of file descriptor " + fd);
        }
        byte[] raw = saved.clone();
        Libc.INSTANCE.cfmakeraw(raw);
        RawMode mode = new RawMode(fd, saved);
        if (Libc.INSTANCE.tcsetattr(fd, Libc.TCSANOW, raw) != 0) {
            mode.close();
            throw new IllegalStateException("cannot put the terminal on file descriptor " + fd + " in raw mode");
        }
        return mode;
    }
}
