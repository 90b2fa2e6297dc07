package io.jcompose.cli;

import io.jcompose.engine.transport.OutputFrame;
import io.vertx.core.Handler;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * One container's output stream cut into whole lines for a {@link LogPrinter}: bytes are kept per
 * stream (stdout, stderr) until a newline, so a line split across engine frames, or a multi-byte
 * character split across them, prints whole. When the printer is behind, the feed pauses its source
 * and resumes it once the printer has drained.
 */
public final class LogFeed implements Handler<OutputFrame> {

    private final LogPrinter printer;
    private final String name;
    private final boolean stderrToOut;
    private final Map<OutputFrame.Stream, ByteArrayOutputStream> partial = new EnumMap<>(OutputFrame.Stream.class);
    private Runnable pause = () -> { };
    private Runnable resume = () -> { };
    private boolean paused;

    LogFeed(LogPrinter printer, String name, boolean stderrToOut) {
        this.printer = printer;
        this.name = name;
        this.stderrToOut = stderrToOut;
    }

    /** How to pause and resume the source (an engine stream) when the printer is behind. */
    public synchronized LogFeed throttle(Runnable pauseSource, Runnable resumeSource) {
        this.pause = pauseSource;
        this.resume = resumeSource;
        return this;
    }

    @Override
    public void handle(OutputFrame frame) {
        byte[] data = frame.data().getBytes();
        synchronized (this) {
            ByteArrayOutputStream pending = partial.computeIfAbsent(frame.stream(), s -> new ByteArrayOutputStream());
            int start = 0;
            for (int i = 0; i < data.length; i++) {
                if (data[i] == '\n') {
                    pending.write(data, start, i - start);
                    emit(frame.stream(), pending);
                    start = i + 1;
                }
            }
            pending.write(data, start, data.length - start);
            if (!paused && printer.writeQueueFull()) {
                paused = true;
                pause.run();
                printer.drainHandler(this::resumeSource);
            }
        }
    }

    /** The source ended: a last line without its newline still prints. */
    public synchronized void end() {
        partial.forEach((stream, pending) -> {
            if (pending.size() > 0) {
                emit(stream, pending);
            }
        });
    }

    private void emit(OutputFrame.Stream stream, ByteArrayOutputStream pending) {
        LogPrinter.Target target = stream == OutputFrame.Stream.STDERR && !stderrToOut
                ? LogPrinter.Target.ERR : LogPrinter.Target.OUT;
        printer.line(name, target, pending.toString(StandardCharsets.UTF_8));
        pending.reset();
    }

    private void resumeSource() {
        Runnable current;
        synchronized (this) {
            paused = false;
            current = resume;
        }
        current.run();
    }
}
