package io.jcompose.engine.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StdcopyDemuxerTest {

    private final List<String> frames = new ArrayList<>();
    private final StdcopyDemuxer demuxer = new StdcopyDemuxer(frame -> frames.add(frame.stream() + ":" + frame.text()));

    private static Buffer frame(int stream, String payload) {
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return Buffer.buffer().appendByte((byte) stream).appendBytes(new byte[3]).appendUnsignedInt(bytes.length)
                .appendBytes(bytes);
    }

    @Test
    void framesPackedInOneBufferComeOutOneByOne() {
        demuxer.handle(frame(1, "out 1\n").appendBuffer(frame(2, "err 1\n")).appendBuffer(frame(1, "out 2\n")));

        assertThat(frames).containsExactly("STDOUT:out 1\n", "STDERR:err 1\n", "STDOUT:out 2\n");
        assertThat(demuxer.pendingBytes()).isZero();
    }

    @Test
    void aFrameSplitInsideItsHeaderWaitsForTheRest() {
        Buffer whole = frame(2, "warning\n");

        demuxer.handle(whole.getBuffer(0, 3));
        assertThat(frames).isEmpty();
        demuxer.handle(whole.getBuffer(3, whole.length()));

        assertThat(frames).containsExactly("STDERR:warning\n");
    }

    @Test
    void aFrameSplitInsideItsPayloadWaitsForTheRest() {
        Buffer both = frame(1, "hello world\n").appendBuffer(frame(2, "x"));

        demuxer.handle(both.getBuffer(0, 12));
        assertThat(frames).isEmpty();
        assertThat(demuxer.pendingBytes()).isEqualTo(12);
        demuxer.handle(both.getBuffer(12, 22));
        assertThat(frames).containsExactly("STDOUT:hello world\n");
        demuxer.handle(both.getBuffer(22, both.length()));

        assertThat(frames).containsExactly("STDOUT:hello world\n", "STDERR:x");
    }

    @Test
    void byteByByteDeliveryStillYieldsWholeFrames() {
        Buffer all = frame(1, "a").appendBuffer(frame(2, "")).appendBuffer(frame(3, "engine said no"));

        for (int i = 0; i < all.length(); i++) {
            demuxer.handle(all.getBuffer(i, i + 1));
        }

        assertThat(frames).containsExactly("STDOUT:a", "STDERR:", "SYSTEM_ERROR:engine said no");
    }

    @Test
    void payloadLengthIsUnsignedBigEndian() {
        String large = "x".repeat(70_000);

        demuxer.handle(frame(1, large));

        assertThat(frames).containsExactly("STDOUT:" + large);
    }

    @Test
    void anUnknownStreamIdIsRejected() {
        assertThatThrownBy(() -> demuxer.handle(frame(7, "?")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unrecognized stream id 7 in a multiplexed engine stream");
    }
}
