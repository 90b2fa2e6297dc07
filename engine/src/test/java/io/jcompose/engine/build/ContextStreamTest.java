package io.jcompose.engine.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.transport.Transport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContextStreamTest {

    private static final int FILES = 2000;
    private static final long FILE_SIZE = 100 * 1024;
    /** Heap growth allowed while 200 MB stream through: chunks in flight plus the walk's per-directory lists. */
    private static final long HEAP_SLACK = 16L * 1024 * 1024;

    private final Vertx vertx = Vertx.builder().withTransport(Transport.NIO).build();

    @TempDir
    Path dir;

    @AfterEach
    void closeVertx() {
        vertx.close().await();
    }

    @Test
    void streamsTheSameBytesAsWriteTo() throws Exception {
        Files.writeString(dir.resolve("Dockerfile"), "FROM busybox\n");
        for (int i = 0; i < 50; i++) {
            Files.writeString(dir.resolve("file" + i), "content ".repeat(i * 1000));
        }
        BuildContext context = BuildContext.of(dir, "Dockerfile");
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        context.writeTo(expected);

        Buffer received = Buffer.buffer();
        Promise<Void> ended = Promise.promise();
        ContextStream stream = new ContextStream(vertx, context);
        vertx.runOnContext(nothing -> stream.endHandler(ended::complete).exceptionHandler(ended::fail)
                .handler(received::appendBuffer));
        ended.future().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);

        assertThat(received.getBytes()).isEqualTo(expected.toByteArray());
    }

    @Test
    void aLargeContextStreamsWithBoundedMemoryUnderBackPressure() throws Exception {
        createLargeContext();
        BuildContext context = BuildContext.of(dir, "Dockerfile");
        long baseline = usedHeapAfterGc();
        AtomicLong bytes = new AtomicLong();
        AtomicLong peakHeap = new AtomicLong();
        AtomicInteger peakBuffered = new AtomicInteger();
        Promise<Void> ended = Promise.promise();
        ContextStream stream = new ContextStream(vertx, context);
        // the consumer takes one chunk at a time, later: the producer must wait rather than pile up chunks
        vertx.runOnContext(nothing -> stream.pause().endHandler(ended::complete).exceptionHandler(ended::fail)
                .handler(chunk -> {
                    peakBuffered.accumulateAndGet(stream.buffered(), Math::max);
                    long before = bytes.get();
                    long after = bytes.addAndGet(chunk.length());
                    if (after / (20 << 20) != before / (20 << 20)) {
                        peakHeap.accumulateAndGet(usedHeapAfterGc() - baseline, Math::max);
                    }
                    vertx.setTimer(1, id -> stream.fetch(1));
                }));
        vertx.runOnContext(nothing -> stream.fetch(1));
        ended.future().toCompletionStage().toCompletableFuture().get(300, TimeUnit.SECONDS);

        assertThat(bytes.get()).isGreaterThan(FILES * FILE_SIZE);
        assertThat(peakBuffered.get()).isLessThanOrEqualTo(ContextStream.CHUNKS_IN_FLIGHT);
        assertThat(peakHeap.get()).as("heap growth while streaming").isLessThan(HEAP_SLACK);
    }

    @Test
    void writeToALargeContextKeepsTheHeapFlat() throws IOException {
        createLargeContext();
        BuildContext context = BuildContext.of(dir, "Dockerfile");
        long baseline = usedHeapAfterGc();
        CountingSink sink = new CountingSink(baseline);

        context.writeTo(sink);

        assertThat(sink.count).isGreaterThan(FILES * FILE_SIZE);
        assertThat(sink.peakHeap).as("heap growth while streaming").isLessThan(HEAP_SLACK);
    }

    @Test
    void aFailingWalkReachesTheExceptionHandler() throws Exception {
        Files.writeString(dir.resolve("Dockerfile"), "FROM busybox\n");
        BuildContext context = BuildContext.of(dir, "Dockerfile");
        Files.delete(dir.resolve("Dockerfile"));
        Files.delete(dir);

        Promise<Void> ended = Promise.promise();
        ContextStream stream = new ContextStream(vertx, context);
        vertx.runOnContext(nothing -> stream.endHandler(ended::complete).exceptionHandler(ended::fail)
                .handler(chunk -> { }));

        Throwable failure = ended.future().toCompletionStage().toCompletableFuture()
                .handle((ok, error) -> error).get(30, TimeUnit.SECONDS);
        assertThat(failure).isInstanceOf(IOException.class);
        assertThat(stream.failure()).contains(failure);
    }

    /** 2000 sparse files of 100 KiB in 20 directories: 200 MB of tar without 200 MB of disk. */
    private void createLargeContext() throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), "FROM busybox\n");
        for (int i = 0; i < FILES; i++) {
            Path sub = Files.createDirectories(dir.resolve("d" + i % 20));
            try (RandomAccessFile file = new RandomAccessFile(sub.resolve("f" + i).toFile(), "rw")) {
                file.setLength(FILE_SIZE);
            }
        }
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static final class CountingSink extends OutputStream {

        private final long baseline;
        private long count;
        private long peakHeap;

        CountingSink(long baseline) {
            this.baseline = baseline;
        }

        @Override
        public void write(int b) {
            count(1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            count(length);
        }

        private void count(long n) {
            long before = count;
            count += n;
            if (count / (20 << 20) != before / (20 << 20)) {
                peakHeap = Math.max(peakHeap, usedHeapAfterGc() - baseline);
            }
        }
    }
}
