package io.jcompose.cli;

import io.jcompose.engine.transport.HijackedStream;
import io.jcompose.engine.transport.OutputFrame;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Joins the user's standard streams to a hijacked exec or attach stream: the container's output to
 * stdout (and stderr apart when there is no TTY), the user's stdin to the container until it ends,
 * when the container's stdin is half-closed as docker does.
 */
final class ContainerStdio {

    private final PrintStream out = System.out;
    private final PrintStream err = System.err;
    private final InputStream in = System.in;
    /** Completes when the user typed the detach keys. */
    private final CompletableFuture<Void> detached = new CompletableFuture<>();

    /** Writes each frame where the container wrote it; with a TTY everything is stdout. */
    Handler<OutputFrame> output() {
        return frame -> {
            PrintStream target = frame.stream() == OutputFrame.Stream.STDERR ? err : out;
            byte[] bytes = frame.data().getBytes();
            target.write(bytes, 0, bytes.length);
            target.flush();
        };
    }

    CompletableFuture<Void> detached() {
        return detached;
    }

    /**
     * Copies stdin to the container on a daemon thread (a read blocked on the user's terminal must not
     * keep the JVM alive once the container is done). An exec's stdin is half-closed when ours ends; an
     * attached container's is left open (with detach keys), as the engine would otherwise end the output too.
     */
    void forwardStdin(HijackedStream stream, boolean terminal, Optional<DetachKeys> detachKeys) {
        Thread pump = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try {
                int n;
                while ((n = read(buffer, terminal, stream)) >= 0) {
                    byte[] forward = Arrays.copyOf(buffer, n);
                    boolean detach = false;
                    if (detachKeys.isPresent()) {
                        DetachKeys.Filtered filtered = detachKeys.get().filter(buffer, n);
                        forward = filtered.forward();
                        detach = filtered.detach();
                    }
                    if (forward.length > 0) {
                        stream.write(Buffer.buffer(forward)).toCompletionStage().toCompletableFuture().join();
                    }
                    if (detach) {
                        detached.complete(null);
                        return;
                    }
                }
                if (detachKeys.isEmpty()) {
                    stream.closeStdin();
                }
            } catch (IOException | RuntimeException closed) {
                // the container side went away first: nothing left to forward to
            }
        }, "jcompose-stdin");
        pump.setDaemon(true);
        pump.start();
    }

    /**
     * A terminal is polled rather than read blocking: a read still waiting when the container ends would
     * swallow what the user types next to their shell. A terminal in raw mode has no end of input.
     */
    private int read(byte[] buffer, boolean terminal, HijackedStream stream) throws IOException {
        if (!terminal) {
            return in.read(buffer);
        }
        while (in.available() == 0) {
            if (stream.ended().isComplete()) {
                return -1;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }
        return in.read(buffer, 0, Math.min(buffer.length, in.available()));
    }
}
