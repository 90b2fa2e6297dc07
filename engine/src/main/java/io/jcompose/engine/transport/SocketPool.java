package io.jcompose.engine.transport;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The engine connections of one client: idle keep-alive connections for the next call, and every open
 * one, so closing the client also ends the streams still reading (a thread blocked in a socket read
 * would otherwise hold up the JVM's exit).
 */
final class SocketPool {

    private final EngineEndpoint endpoint;
    private final Duration connectTimeout;
    private final ArrayDeque<EngineSocket> idle = new ArrayDeque<>();
    private final Set<EngineSocket> open = new HashSet<>();
    private boolean closed;

    SocketPool(EngineEndpoint endpoint, Duration connectTimeout) {
        this.endpoint = endpoint;
        this.connectTimeout = connectTimeout;
    }

    /** An idle connection, or null when there is none. */
    synchronized EngineSocket idle() {
        return idle.pollLast();
    }

    EngineSocket connect() throws IOException {
        synchronized (this) {
            if (closed) {
                throw new IOException("the engine client is closed");
            }
        }
        EngineSocket socket = EngineSocket.open(endpoint, connectTimeout);
        synchronized (this) {
            if (!closed) {
                open.add(socket);
                return socket;
            }
        }
        socket.close();
        throw new IOException("the engine client is closed");
    }

    /** Keeps {@code socket} for the next call when its last answer was read to the end, else closes it. */
    void release(EngineSocket socket) {
        synchronized (this) {
            if (!closed && socket.reusable()) {
                idle.addLast(socket);
                return;
            }
            open.remove(socket);
        }
        socket.close();
    }

    void discard(EngineSocket socket) {
        synchronized (this) {
            open.remove(socket);
            idle.remove(socket);
        }
        socket.close();
    }

    void close() {
        List<EngineSocket> all;
        synchronized (this) {
            closed = true;
            all = new ArrayList<>(open);
            open.clear();
            idle.clear();
        }
        all.forEach(EngineSocket::close);
    }
}
