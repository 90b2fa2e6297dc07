package io.jcompose.cli;

import io.jcompose.engine.EngineClient;
import io.jcompose.engine.reconcile.Timeline;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * An engine connection made on its own thread while the command loads the project: starting Vert.x,
 * the ping and the version negotiation cost about as much as loading a compose file, so a command
 * that needs both pays for the longer one only.
 */
final class PendingConnection {

    private final CompletableFuture<EngineClient> connecting = new CompletableFuture<>();
    private volatile long connectedAt;

    private PendingConnection() {
    }

    /** Starts connecting now; {@link #join} or {@link #abandon} it. */
    static PendingConnection begin(GlobalOptions global) {
        PendingConnection pending = new PendingConnection();
        Thread connector = new Thread(() -> {
            try {
                EngineClient client = EngineConnection.open(global);
                pending.connectedAt = Timeline.now();
                pending.connecting.complete(client);
            } catch (RuntimeException | Error e) {
                pending.connecting.completeExceptionally(e);
            }
        }, "jcompose-connect");
        connector.setDaemon(true);
        connector.start();
        return pending;
    }

    /** Waits for the connection; its failure is thrown as it is (the unreachable-engine paragraph). */
    EngineClient join() {
        try {
            return connecting.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** The command failed before it needed the engine: its error is the one to report; close the connection when made. */
    void abandon() {
        connecting.thenAccept(EngineClient::close);
    }

    /** When the connection was ready ({@link Timeline#now} units); meaningful after {@link #join}. */
    long connectedAt() {
        return connectedAt;
    }
}
