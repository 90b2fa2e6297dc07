package io.jcompose.engine.transport;

/**
 * The one-time work of a client's first connection and first answer, done on a thread of its own from the start
 * of a command that talks to the engine, while the command line is built and parsed and the project loaded: the
 * JSON parser, then the JDK's sockets (with the security providers, which the schema memo's digest needs too),
 * then the JDK's logging, which the exit consults. Each would otherwise hold up the first answer, the connection,
 * the project load or the exit. One thread: on two cores a second one gained nothing.
 */
public final class ClientWarmUp {

    private ClientWarmUp() {
    }

    public static void start() {
        Thread thread = new Thread(() -> {
            EngineJson.parseSample();
            EngineSocket.initialiseSockets();
            // System.exit asks this logger whether to log the exit: the first question starts the JDK's logging
            System.getLogger("java.lang.Runtime").isLoggable(System.Logger.Level.DEBUG);
        }, "jcompose-warm-up");
        thread.setDaemon(true);
        thread.start();
    }
}
