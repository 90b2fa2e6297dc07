package io.jcompose.cli.terminal;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Platform;

/**
 * The few libc calls a terminal needs. termios and winsize are passed as byte arrays: the code only
 * copies termios whole (cfmakeraw edits it) and reads two shorts of winsize, so no struct layout is needed.
 */
interface Libc extends Library {

    /** Linux's TIOCGWINSZ, the same on x86_64 and aarch64. */
    long TIOCGWINSZ = 0x5413;
    int TCSANOW = 0;
    /** glibc's struct termios is 60 bytes; a little room to spare. */
    int TERMIOS_SIZE = 128;

    // the file name, not "c": JNA would otherwise search the library path (running ldconfig) for it
    Libc INSTANCE = Native.load(Platform.C_LIBRARY_NAME, Libc.class);

    int isatty(int fd);

    int tcgetattr(int fd, byte[] termios);

    int tcsetattr(int fd, int optionalActions, byte[] termios);

    void cfmakeraw(byte[] termios);

    int ioctl(int fd, NativeLong request, byte[] argument);
}
