package io.jcompose.engine.transport;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Cuts a newline-delimited JSON stream (pull/build/push progress, events) into lines, whatever the
 * network buffer boundaries; blank lines are skipped. It keeps plain bytes: a Vert.x buffer would
 * initialise Netty, which the event stream of a command that never starts Vert.x should not pay for.
 */
public final class NdjsonLines implements Handler<Buffer> {

    private final Handler<String> lines;
    private byte[] pending = new byte[0];
    private int length;

    public NdjsonLines(Handler<String> lines) {
        this.lines = lines;
    }

    @Override
    public void handle(Buffer received) {
        accept(received.getBytes());
    }

    /** Takes the next piece of the stream, emitting every line it completes. */
    public void accept(byte[] received) {
        if (length + received.length > pending.length) {
            pending = Arrays.copyOf(pending, Math.max(length + received.length, pending.length * 2));
        }
        System.arraycopy(received, 0, pending, length, received.length);
        int scanFrom = length;
        length += received.length;
        int start = 0;
        for (int i = scanFrom; i < length; i++) {
            if (pending[i] == '\n') {
                emit(new String(pending, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        if (start > 0) {
            System.arraycopy(pending, start, pending, 0, length - start);
            length -= start;
        }
    }

    /** Emits a last line that had no trailing newline. */
    public void finish() {
        if (length > 0) {
            String last = new String(pending, 0, length, StandardCharsets.UTF_8);
            length = 0;
            emit(last);
        }
    }

    private void emit(String line) {
        if (!line.isBlank()) {
            lines.handle(line.strip());
        }
    }
}
