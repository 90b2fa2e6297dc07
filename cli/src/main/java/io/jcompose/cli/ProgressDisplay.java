package io.jcompose.cli;

import io.jcompose.cli.terminal.Terminal;
import io.jcompose.engine.reconcile.Progress;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * docker compose's progress output on stderr: {@code plain} prints one line per change
 * ({@code Container demo-web-1  Started}); {@code tty} keeps a live list redrawn in place with the elapsed time
 * of each resource (a spinner while under way, each line cut to the terminal's width so that the redraw stays in
 * place); {@code json} prints one object per change; {@code quiet} prints nothing but warnings.
 */
final class ProgressDisplay implements Progress, AutoCloseable {

    enum Mode { PLAIN, TTY, JSON, QUIET }

    private static final String[] SPINNER = {"⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"};
    private static final long TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    private final Mode mode;
    private final PrintWriter err;
    private final boolean color;
    private final LongSupplier clock;
    private final int columns;
    private final Map<String, Line> lines = new LinkedHashMap<>();
    private final ScheduledExecutorService ticker;
    private final AtomicBoolean closed = new AtomicBoolean();
    private int drawn;

    ProgressDisplay(Mode mode, PrintWriter err, boolean color) {
        this(mode, err, color, System::nanoTime, 0, true);
    }

    /**
     * @param clock nanoseconds, as {@link System#nanoTime()}
     * @param columns the terminal's width; 0: lines are not cut
     * @param ticking redraw a few times a second (elapsed times, spinner); tests draw only on changes
     */
    ProgressDisplay(Mode mode, PrintWriter err, boolean color, LongSupplier clock, int columns, boolean ticking) {
        this.mode = mode;
        this.err = err;
        this.color = color;
        this.clock = clock;
        this.columns = columns;
        if (mode == Mode.TTY && ticking) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "jcompose-progress");
                thread.setDaemon(true);
                return thread;
            });
            // only the elapsed times change between updates: redraw them a few times a second
            ticker.scheduleAtFixedRate(this::redraw, 200, 200, TimeUnit.MILLISECONDS);
        } else {
            ticker = null;
        }
    }

    /** The mode from {@code --progress} (auto: tty when stderr is a terminal), {@code --ansi} and NO_COLOR. */
    static ProgressDisplay of(GlobalOptions global, PrintWriter err) {
        String requested = global.progress == null ? "auto" : global.progress.toLowerCase(Locale.ROOT);
        boolean terminal = Terminal.isTerminal(Terminal.STDERR);
        String ansi = global.noAnsi ? "never" : global.ansi == null ? "auto" : global.ansi;
        Mode mode = switch (requested) {
            case "plain" -> Mode.PLAIN;
            case "tty" -> Mode.TTY;
            case "json" -> Mode.JSON;
            case "quiet" -> Mode.QUIET;
            case "auto" -> terminal && !ansi.equals("never") ? Mode.TTY : Mode.PLAIN;
            default -> throw new IllegalArgumentException("--progress: unsupported value " + global.progress
                    + " (expected auto, tty, plain, json or quiet)");
        };
        String noColor = System.getenv("NO_COLOR");
        boolean color = mode == Mode.TTY && (noColor == null || noColor.isEmpty()) && !ansi.equals("never");
        int columns = mode == Mode.TTY ? Terminal.size(Terminal.STDERR).map(size -> size.columns()).orElse(0) : 0;
        return new ProgressDisplay(mode, err, color, System::nanoTime, columns, true);
    }

    Mode mode() {
        return mode;
    }

    @Override
    public synchronized void update(String resource, String status, State state) {
        switch (mode) {
            case PLAIN -> {
                err.println(resource + "  " + status);
                err.flush();
            }
            case JSON -> {
                err.println("{\"id\":" + quote(resource) + ",\"status\":" + quote(status) + ",\"state\":"
                        + quote(state.name().toLowerCase(Locale.ROOT)) + "}");
                err.flush();
            }
            case TTY -> {
                long now = clock.getAsLong();
                Line line = lines.computeIfAbsent(resource, r -> new Line(now));
                if (line.state != State.WORKING && state == State.WORKING) {
                    line.started = now;
                }
                line.status = status;
                line.state = state;
                line.ended = state == State.WORKING ? 0 : now;
                redraw();
            }
            case QUIET -> {
            }
        }
    }

    @Override
    public synchronized void warning(String message) {
        if (mode == Mode.TTY) {
            clear();
        }
        err.println("WARN[0000] " + message);
        err.flush();
        drawn = 0;
        if (mode == Mode.TTY) {
            redraw();
        }
    }

    /** A plain message (a note, the nothing-to-do line), kept above the live list. */
    synchronized void note(String message) {
        if (mode == Mode.QUIET) {
            return;
        }
        if (mode == Mode.TTY) {
            clear();
        }
        err.println(message);
        err.flush();
        drawn = 0;
        if (mode == Mode.TTY) {
            redraw();
        }
    }

    private void clear() {
        if (drawn > 0) {
            err.print("\033[" + drawn + "A\033[J");
        }
    }

    private synchronized void redraw() {
        if (lines.isEmpty()) {
            return;
        }
        StringBuilder out = new StringBuilder();
        if (drawn > 0) {
            out.append("\033[").append(drawn).append('A');
        }
        long now = clock.getAsLong();
        int width = lines.keySet().stream().mapToInt(String::length).max().orElse(0);
        List<String> rendered = new ArrayList<>();
        lines.forEach((resource, line) -> {
            long end = line.ended == 0 ? now : line.ended;
            String elapsed = "  " + String.format(Locale.ROOT, "%.1fs", (end - line.started) / 1e9);
            String mark = switch (line.state) {
                case WORKING -> " " + SPINNER[(int) ((now / TICK_NANOS) % SPINNER.length)] + " ";
                case DONE -> " ✔ ";
                case WARNING -> " ! ";
                case ERROR -> " ✘ ";
            };
            String head = mark + resource + " ".repeat(width - resource.length()) + "  ";
            rendered.add(head + paint(fit(line.status, head.length() + elapsed.length()), line.state) + elapsed);
        });
        rendered.forEach(r -> out.append("\033[2K").append(r).append('\n'));
        drawn = rendered.size();
        err.print(out);
        err.flush();
    }

    /** {@code status} cut so that the line, {@code others} characters besides it, fits the terminal. */
    private String fit(String status, int others) {
        int room = columns - others;
        if (columns <= 0 || status.length() <= room) {
            return status;
        }
        return room <= 1 ? "" : status.substring(0, room - 1) + "…";
    }

    private String paint(String status, State state) {
        if (!color) {
            return status;
        }
        return switch (state) {
            case DONE -> "\033[32m" + status + "\033[0m";
            case WARNING -> "\033[33m" + status + "\033[0m";
            case ERROR -> "\033[31m" + status + "\033[0m";
            case WORKING -> status;
        };
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    @Override
    public void close() {
        // the final frame once: a second close (a session closing after run's early close) must not draw again
        if (mode == Mode.TTY && closed.compareAndSet(false, true)) {
            if (ticker != null) {
                ticker.shutdownNow();
            }
            redraw();
        }
    }

    private static final class Line {
        long started;
        long ended;
        String status = "";
        State state = State.WORKING;

        Line(long started) {
            this.started = started;
        }
    }
}
