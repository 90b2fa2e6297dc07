package io.jcompose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.engine.transport.OutputFrame;
import io.vertx.core.buffer.Buffer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LogPrinterTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private String printed(LogPrinter printer) {
        printer.close();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void prefixesArePaddedToTheLongestNamePlusOneAndRecomputedAsContainersAppear() {
        LogPrinter printer = new LogPrinter(out, err, new LogPrinter.Format(false, true, false));
        printer.add("web-1");
        printer.line("web-1", LogPrinter.Target.OUT, "hello");
        printer.add("database-1");
        printer.line("web-1", LogPrinter.Target.OUT, "again");
        printer.line("database-1", LogPrinter.Target.OUT, "ready");
        assertThat(printed(printer)).isEqualTo("""
                web-1  | hello
                web-1       | again
                database-1  | ready
                """);
    }

    @Test
    void theWholePrefixIsColouredInComposeOrderThenBold() {
        LogPrinter printer = new LogPrinter(out, err, new LogPrinter.Format(true, true, false));
        for (int i = 1; i <= 11; i++) {
            printer.add("s" + (char) ('a' + i - 1) + "-1");
        }
        assertThat(printer.prefix("sa-1")).isEqualTo("\033[36msa-1  | \033[0m");
        assertThat(printer.prefix("sb-1")).isEqualTo("\033[33msb-1  | \033[0m");
        assertThat(printer.prefix("sc-1")).startsWith("\033[32m");
        assertThat(printer.prefix("sd-1")).startsWith("\033[35m");
        assertThat(printer.prefix("se-1")).startsWith("\033[34m");
        assertThat(printer.prefix("sf-1")).startsWith("\033[36;1m");
        assertThat(printer.prefix("sj-1")).startsWith("\033[34;1m");
        assertThat(printer.prefix("sk-1")).startsWith("\033[36m");
        printer.line("sa-1", LogPrinter.Target.OUT, "plain text");
        assertThat(printed(printer)).isEqualTo("\033[36msa-1  | \033[0mplain text\n");
    }

    @Test
    void exitedLinesAreWhollyColouredAndNoPrefixLeavesTheBareLine() {
        LogPrinter printer = new LogPrinter(out, err, new LogPrinter.Format(true, false, false));
        printer.add("web-1");
        printer.line("web-1", LogPrinter.Target.OUT, "bare");
        printer.exited("web-1", 3);
        assertThat(printed(printer)).isEqualTo("bare\n\033[36mweb-1 exited with code 3\033[0m\n");
    }

    @Test
    void stampedLinesCarryTheReceptionTimeAfterThePrefix() {
        LogPrinter printer = new LogPrinter(out, err, new LogPrinter.Format(false, true, true));
        printer.line("web-1", LogPrinter.Target.OUT, "x");
        assertThat(printed(printer)).matches("web-1  \\| \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{9}Z x\n");
    }

    @Test
    void feedsKeepPartialLinesPerStreamUntilTheirNewline() {
        LogPrinter printer = new LogPrinter(out, err, new LogPrinter.Format(false, true, false));
        LogFeed a = printer.feed("a-1", false);
        LogFeed b = printer.feed("b-1", false);
        a.handle(frame(OutputFrame.Stream.STDOUT, "out-"));
        a.handle(frame(OutputFrame.Stream.STDERR, "err-"));
        b.handle(frame(OutputFrame.Stream.STDOUT, "whole\nstart-"));
        a.handle(frame(OutputFrame.Stream.STDOUT, "end\nnext"));
        a.handle(frame(OutputFrame.Stream.STDERR, "done\n"));
        b.end();
        a.end();
        assertThat(printed(printer)).isEqualTo("""
                b-1  | whole
                a-1  | out-end
                b-1  | start-
                a-1  | next
                """);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("a-1  | err-done\n");
    }

    @Test
    void aCharacterSplitAcrossFramesPrintsWhole() {
        LogPrinter printer = new LogPrinter(out, err, new LogPrinter.Format(false, false, false));
        LogFeed feed = printer.feed("a-1", true);
        byte[] euro = "€\n".getBytes(StandardCharsets.UTF_8);
        feed.handle(new OutputFrame(OutputFrame.Stream.STDERR, Buffer.buffer(new byte[] {euro[0]})));
        feed.handle(new OutputFrame(OutputFrame.Stream.STDERR, Buffer.buffer(new byte[] {euro[1], euro[2], euro[3]})));
        assertThat(printed(printer)).isEqualTo("€\n");
    }

    @Test
    void aSlowTerminalPausesTheSourceUntilTheWriterCatchesUp() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        ByteArrayOutputStream slow = new ByteArrayOutputStream();
        OutputStream blocked = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                try {
                    gate.await();
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
                slow.write(b, off, len);
            }
        };
        LogPrinter printer = new LogPrinter(blocked, blocked, new LogPrinter.Format(false, false, false), 1000);
        AtomicInteger pauses = new AtomicInteger();
        CountDownLatch resumed = new CountDownLatch(1);
        LogFeed feed = printer.feed("a-1", true).throttle(pauses::incrementAndGet, resumed::countDown);
        String line = "x".repeat(99) + "\n";
        int sent = 0;
        while (pauses.get() == 0) {
            feed.handle(frame(OutputFrame.Stream.STDOUT, line));
            sent++;
            assertThat(sent).as("lines queued before the feed paused").isLessThan(20);
        }
        assertThat(printer.writeQueueFull()).isTrue();
        assertThat(resumed.getCount()).isEqualTo(1);
        gate.countDown();
        assertThat(resumed.await(5, TimeUnit.SECONDS)).isTrue();
        printer.close();
        assertThat(slow.toString(StandardCharsets.UTF_8)).isEqualTo(line.repeat(sent));
    }

    @Test
    void displayNamesDropTheProjectOnlyFromStandardNames() {
        Map<String, String> labels = Map.of("com.docker.compose.project", "demo",
                "com.docker.compose.service", "web", "com.docker.compose.container-number", "2");
        assertThat(LogPrinter.displayName("demo-web-2", labels)).isEqualTo("web-2");
        assertThat(LogPrinter.displayName("my-web", labels)).isEqualTo("my-web");
    }

    private static OutputFrame frame(OutputFrame.Stream stream, String text) {
        return new OutputFrame(stream, Buffer.buffer(text));
    }

    @Test
    void heldLinesWaitForTheReleaseBehindTheHeadlineAndSilenceDropsContainerLines() {
        LogPrinter printer = new LogPrinter(out, err, new LogPrinter.Format(false, true, false));
        printer.hold();
        printer.line("web-1", LogPrinter.Target.OUT, "early");
        printer.line("web-1", LogPrinter.Target.ERR, "warned");
        printer.headline("Attaching to web-1");
        printer.exited("web-1", 2, true);
        printer.info("Aborting on container exit...");
        printer.silence();
        printer.line("web-1", LogPrinter.Target.OUT, "late");
        printer.exited("web-1", 137);
        assertThat(out.size()).isZero();
        printer.release();
        assertThat(printed(printer)).isEqualTo("""
                web-1  | early
                web-1 exited with code 2 (restarting)
                """);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("""
                Attaching to web-1
                web-1  | warned
                Aborting on container exit...
                """);
    }

    @Test
    void aHeldQueueThatReachesTheHighWaterMarkIsWrittenRatherThanPausingItsSources() throws InterruptedException {
        CountDownLatch written = new CountDownLatch(1);
        OutputStream terminal = new OutputStream() {
            @Override
            public void write(int b) {
                out.write(b);
                written.countDown();
            }
        };
        LogPrinter printer = new LogPrinter(terminal, err, new LogPrinter.Format(false, false, false), 100);
        printer.hold();
        for (int i = 0; i < 20; i++) {
            printer.line("job-1", LogPrinter.Target.OUT, "line " + i);
        }
        assertThat(written.await(30, TimeUnit.SECONDS)).as("written without release()").isTrue();
        assertThat(printed(printer)).startsWith("line 0\n").endsWith("line 19\n");
    }
}
