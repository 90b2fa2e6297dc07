package io.jcompose.tests.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.cli.LogFeed;
import io.jcompose.cli.LogPrinter;
import io.jcompose.engine.api.LogOptions;
import io.jcompose.engine.transport.ResponseStream;
import io.jcompose.tests.support.Cleanup;
import io.jcompose.tests.support.RequiresEngine;
import io.jcompose.tests.support.TestEngine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A terminal that does not keep up pauses the engine's log stream instead of queueing without bound,
 * and the stream resumes, losing nothing, once the terminal drains.
 */
@RequiresEngine
class LogBackPressureIT {

    private TestEngine engine;
    private Cleanup cleanup;

    @BeforeEach
    void setUp(TestEngine shared) {
        engine = shared;
        cleanup = new Cleanup(shared);
    }

    @AfterEach
    void tearDown() {
        cleanup.close();
    }

    @Test
    void aStalledTerminalPausesTheEngineStreamAndNothingIsLost() throws Exception {
        int lines = 300_000;
        String id = cleanup.container(engine.await(engine.client().containers().create(engine.uniqueName("flood"),
                engine.busybox(List.of("sh", "-c", "seq 1 " + lines)))));
        engine.await(engine.client().containers().start(id));
        engine.await(engine.client().containers().waitFor(id, ""));

        CountDownLatch terminalStalled = new CountDownLatch(1);
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        OutputStream terminal = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                try {
                    terminalStalled.await();
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
                screen.write(b, off, len);
            }
        };
        CountDownLatch paused = new CountDownLatch(1);
        AtomicInteger resumes = new AtomicInteger();
        LogPrinter printer = new LogPrinter(terminal, terminal, new LogPrinter.Format(false, false, false));
        LogFeed feed = printer.feed("flood-1", true);
        ResponseStream stream = engine.client().containers().logs(id, LogOptions.all(), false, feed);
        feed.throttle(() -> {
            stream.pause();
            paused.countDown();
        }, () -> {
            resumes.incrementAndGet();
            stream.resume();
        });

        assertThat(paused.await(60, TimeUnit.SECONDS)).as("the feed paused the stream while the terminal was stalled")
                .isTrue();
        assertThat(stream.ended().isComplete()).as("a paused stream does not run to its end").isFalse();

        terminalStalled.countDown();
        engine.await(stream.ended());
        feed.end();
        printer.close();

        assertThat(resumes.get()).isPositive();
        String[] printed = screen.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(printed).hasSize(lines);
        assertThat(printed[0]).isEqualTo("1");
        assertThat(printed[lines - 1]).isEqualTo(Integer.toString(lines));
    }
}
