package io.jcompose.engine.transport;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;

/**
 * Cuts a newline-delimited JSON stream (pull/build/push progress, events) into lines, whatever the
 * network buffer boundaries; blank lines are skipped.
 */
public final class NdjsonLines implements Handler<Buffer> {

    private final Handler<String> lines;
    private Buffer pending = Buffer.buffer();

    public NdjsonLines(Handler<String> lines) {
        this.lines = lines;
    }

    @Override
    public void handle(Buffer received) {
        pending = pending.length() == 0 ? received.copy() : pending.appendBuffer(received);
        int start = 0;
        for (int i = 0; i < pending.length(); i++) {
            if (pending.getByte(i) == '\n') {
                emit(pending.getString(start, i, StandardCharsets.UTF_8.name()));
                start = i + 1;
            }
        }
        pending = start == pending.length() ? Buffer.buffer() : pending.getBuffer(start, pending.length());
    }

    /** Emits a last line that had no trailing newline. */
    public void finish() {
        if (pending.length() > 0) {
            emit(pending.toString(StandardCharsets.UTF_8));
            pending = Buffer.buffer();
        }
    }

    private void emit(String line) {
        if (!line.isBlank()) {
            lines.handle(line.strip());
        }
    }
}
