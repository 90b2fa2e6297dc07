package io.jcompose.cli;

import io.jcompose.spec.labels.ComposeLabels;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The output of many containers on one terminal, as docker compose prints it ({@code logs}, attached
 * {@code up}): each whole line behind a coloured {@code name | } prefix padded to the longest name
 * registered so far plus one, colours handed out in registration order.
 *
 * <p>Lines are queued and written by one thread, so a container's line is never cut by another's and
 * the engine's event loop never waits on a slow terminal. When more than the high-water mark of bytes
 * is queued, {@link #writeQueueFull()} turns true; sources then pause and register a
 * {@link #drainHandler(Runnable)}, run once the writer has caught up to half of it.
 */
public final class LogPrinter implements AutoCloseable {

    /** docker compose's rainbow: cyan, yellow, green, magenta, blue, then their bold versions. */
    static final List<String> COLOURS = List.of("36", "33", "32", "35", "34", "36;1", "33;1", "32;1", "35;1", "34;1");

    /** Where container stderr lines go: {@code logs} sends them to stdout, attached {@code up} to stderr. */
    public enum Target { OUT, ERR }

    /**
     * @param colour ANSI colours on the prefixes and status lines
     * @param prefix print the {@code name | } prefix at all ({@code --no-log-prefix} turns it off)
     * @param stampLines put the time each line was received after the prefix ({@code up --timestamps})
     */
    public record Format(boolean colour, boolean prefix, boolean stampLines) { }

    private static final DateTimeFormatter RFC3339_NANO_FIXED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSSXXX");

    private record Chunk(Target target, byte[] bytes) { }

    private final OutputStream out;
    private final OutputStream err;
    private final Format format;
    private final long highWater;
    private final Map<String, String> colours = new LinkedHashMap<>();
    private final Deque<Chunk> queue = new ArrayDeque<>();
    private final List<Runnable> drainHandlers = new ArrayList<>();
    private final Thread writer;
    private int width;
    private long queuedBytes;
    private boolean closing;
    private boolean held;
    private boolean silenced;
    private IOException failure;

    public LogPrinter(OutputStream out, OutputStream err, Format format) {
        this(out, err, format, 256 * 1024);
    }

    LogPrinter(OutputStream out, OutputStream err, Format format, long highWater) {
        this.out = Objects.requireNonNull(out);
        this.err = Objects.requireNonNull(err);
        this.format = format;
        this.highWater = highWater;
        this.writer = new Thread(this::write, "jcompose-log-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /**
     * The name a container's lines carry: {@code web-1} for the standard {@code <project>-web-1}, the
     * whole name for a {@code container_name}.
     */
    public static String displayName(String containerName, Map<String, String> labels) {
        String project = labels.getOrDefault(ComposeLabels.PROJECT, "");
        String standard = project + "-" + labels.getOrDefault(ComposeLabels.SERVICE, "") + "-"
                + labels.getOrDefault(ComposeLabels.CONTAINER_NUMBER, "");
        return containerName.equals(standard) ? containerName.substring(project.length() + 1) : containerName;
    }

    /** Registers a container (its display name): the next colour, and a wider prefix if the name is longer. */
    public synchronized void add(String name) {
        if (colours.containsKey(name)) {
            return;
        }
        colours.put(name, COLOURS.get(colours.size() % COLOURS.size()));
        width = Math.max(width, name.length() + 1);
    }

    /** One whole line (without its newline) a container wrote; unknown names are registered first. */
    public void line(String name, Target target, String text) {
        StringBuilder line = new StringBuilder();
        synchronized (this) {
            if (silenced) {
                return;
            }
            add(name);
            if (format.prefix()) {
                line.append(prefix(name));
            }
        }
        if (format.stampLines()) {
            line.append(RFC3339_NANO_FIXED.format(Instant.now().atOffset(ZoneOffset.UTC))).append(' ');
        }
        line.append(text).append('\n');
        enqueue(target, line.toString());
    }

    /** {@code name exited with code N}, wholly coloured as compose's status lines are. */
    public void exited(String name, int code) {
        exited(name, code, false);
    }

    /** {@code name exited with code N}, with {@code (restarting)} when the engine's restart policy runs it again. */
    public void exited(String name, int code, boolean restarting) {
        status(name, "exited with code " + code + (restarting ? " (restarting)" : ""));
    }

    /** A status line about a container: {@code <name> <message>}, coloured with the container's colour. */
    public void status(String name, String message) {
        String colour;
        synchronized (this) {
            if (silenced) {
                return;
            }
            add(name);
            colour = colours.get(name);
        }
        enqueue(Target.OUT, paint(colour, name + " " + message) + "\n");
    }

    /** A line of jcompose's own on stderr ({@code Aborting on container exit...}), in order with the others. */
    public void info(String text) {
        enqueue(Target.ERR, text + "\n");
    }

    /** A line of jcompose's own on stderr put before everything queued ({@code Attaching to a-1, b-1}). */
    public synchronized void headline(String text) {
        byte[] bytes = (text + "\n").getBytes(StandardCharsets.UTF_8);
        queue.addFirst(new Chunk(Target.ERR, bytes));
        queuedBytes += bytes.length;
        notifyAll();
    }

    /**
     * Keeps what arrives queued instead of writing it, until {@link #release()}: attached {@code up} holds the
     * containers' output while its progress display is drawing. A queue that reaches the high-water mark is
     * released at once rather than pausing its sources: a container blocked on its output could never complete,
     * and a plan waiting for it would wait forever.
     */
    public synchronized void hold() {
        held = true;
    }

    public synchronized void release() {
        held = false;
        notifyAll();
    }

    /**
     * Drops the containers' lines and status lines from now on, as compose does once it is stopping the
     * project; what is queued still prints, and so do {@link #info} lines.
     */
    public synchronized void silence() {
        silenced = true;
    }

    /** The prefix a line of {@code name} gets now: Go's {@code %-<width>s | }, coloured when colour is on. */
    synchronized String prefix(String name) {
        String padded = name + " ".repeat(Math.max(0, width - name.length())) + " | ";
        return paint(colours.get(name), padded);
    }

    /** True when the queue holds more than the high-water mark: sources should pause. */
    public synchronized boolean writeQueueFull() {
        return queuedBytes >= highWater;
    }

    /** Runs {@code handler} once the queue has drained below half the high-water mark (at once if it has). */
    public void drainHandler(Runnable handler) {
        synchronized (this) {
            if (queuedBytes > highWater / 2 && !closing) {
                drainHandlers.add(handler);
                return;
            }
        }
        handler.run();
    }

    /** A line splitter for one container's output, feeding this printer. */
    public LogFeed feed(String name, boolean stderrToOut) {
        add(name);
        return new LogFeed(this, name, stderrToOut);
    }

    /** Writes everything queued, then stops the writer; fails if the output could not be written. */
    @Override
    public void close() {
        synchronized (this) {
            closing = true;
            notifyAll();
        }
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (failure != null) {
                throw new UncheckedIOException("writing container output: " + failure.getMessage(), failure);
            }
        }
    }

    private String paint(String colour, String text) {
        return format.colour() ? "\033[" + colour + "m" + text + "\033[0m" : text;
    }

    private synchronized void enqueue(Target target, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        queue.add(new Chunk(target, bytes));
        queuedBytes += bytes.length;
        if (queuedBytes >= highWater) {
            held = false;
        }
        notifyAll();
    }

    private void write() {
        while (true) {
            Chunk chunk;
            boolean last;
            synchronized (this) {
                while ((queue.isEmpty() || held) && !closing) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                chunk = queue.poll();
                if (chunk == null) {
                    return;
                }
                last = queue.isEmpty();
            }
            try {
                OutputStream target = chunk.target() == Target.ERR ? err : out;
                if (failure == null) {
                    target.write(chunk.bytes());
                    if (last) {
                        target.flush();
                    }
                }
            } catch (IOException e) {
                synchronized (this) {
                    failure = e;
                }
            }
            List<Runnable> drained = List.of();
            synchronized (this) {
                queuedBytes -= chunk.bytes().length;
                if (queuedBytes <= highWater / 2 && !drainHandlers.isEmpty()) {
                    drained = List.copyOf(drainHandlers);
                    drainHandlers.clear();
                }
            }
            drained.forEach(Runnable::run);
        }
    }
}
