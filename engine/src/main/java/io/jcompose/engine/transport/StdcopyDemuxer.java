package io.jcompose.engine.transport;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;

/**
 * Splits the engine's multiplexed (non-TTY) stream into frames. Each frame is an 8-byte header
 * {@code [stream, 0, 0, 0, length as u32 big-endian]} followed by the payload; frames arrive split
 * across and packed into network buffers in any way, so bytes are kept until a frame is whole.
 */
public final class StdcopyDemuxer implements Handler<Buffer> {

    private static final int HEADER = 8;

    private final Handler<OutputFrame> frames;
    private Buffer pending = Buffer.buffer();

    public StdcopyDemuxer(Handler<OutputFrame> frames) {
        this.frames = frames;
    }

    /** Feeds received bytes; throws IllegalArgumentException on a header that is not stdcopy. */
    @Override
    public void handle(Buffer received) {
        pending = pending.length() == 0 ? received.copy() : pending.appendBuffer(received);
        int start = 0;
        while (pending.length() - start >= HEADER) {
            OutputFrame.Stream stream = OutputFrame.Stream.of(pending.getUnsignedByte(start));
            long length = pending.getUnsignedInt(start + 4);
            if (pending.length() - start - HEADER < length) {
                break;
            }
            int payloadStart = start + HEADER;
            int payloadEnd = payloadStart + (int) length;
            frames.handle(new OutputFrame(stream, pending.getBuffer(payloadStart, payloadEnd)));
            start = payloadEnd;
        }
        pending = start == pending.length() ? Buffer.buffer() : pending.getBuffer(start, pending.length());
    }

    /** Bytes of an incomplete frame still waiting for the rest. */
    public int pendingBytes() {
        return pending.length();
    }
}
