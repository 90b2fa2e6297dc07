package io.jcompose.engine.transport;

import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;

/** A piece of a container's output, tagged with the stream it was written to. */
public record OutputFrame(Stream stream, Buffer data) {

    /** The stream ids of the engine's multiplexed format (stdcopy). */
    public enum Stream {
        STDIN, STDOUT, STDERR, SYSTEM_ERROR;

        static Stream of(int id) {
            return switch (id) {
                case 0 -> STDIN;
                case 1 -> STDOUT;
                case 2 -> STDERR;
                case 3 -> SYSTEM_ERROR;
                default -> throw new IllegalArgumentException(
                        "unrecognized stream id " + id + " in a multiplexed engine stream");
            };
        }
    }

    public String text() {
        return data.toString(StandardCharsets.UTF_8);
    }
}
