package io.jcompose.engine.transport;

/**
 * The one-time work of a client's first connection and first answer, done on a thread of its own from the start
 * of a command that talks to the engine, while the command line is built and parsed and the project loaded: the
 * JSON parser, then the JDK's unix domain sockets (with the security providers, which the schema memo's digest
 * needs too). Either would otherwise hold up the first answer or the connection, and the providers the project
 * load. One thread: on two cores a second one gained nothing.
 */
public final class ClientWarmUp {

    private ClientWarmUp() {
    }

    public static void start() {
        Thread thread = new Thread(() -> {
            EngineJson.parseSample();
            EngineSocket.initialiseUnixSockets();
        }, "jcompose-warm-up");
        thread.setDaemon(true);
        thread.start();
    }
}
