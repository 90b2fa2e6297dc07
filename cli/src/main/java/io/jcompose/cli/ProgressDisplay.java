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

/**
 * docker compose's progress output on stderr: {@code plain} prints one line per change
 * ({@code Container demo-web-1  Started}); {@code tty} keeps a live list redrawn in place with the elapsed time
 * of each resource; {@code json} prints one object per change; {@code quiet} prints nothing but warnings.
 */
final class ProgressDisplay implements Progress, AutoCloseable {

    enum Mode { PLAIN, TTY, JSON, QUIET }

    private final Mode mode;
    private final PrintWriter err;
    private final boolean color;
    private final Map<String, Line> lines = new LinkedHashMap<>();
    private final ScheduledExecutorService ticker;
    private final AtomicBoolean closed = new AtomicBoolean();
    private int drawn;

    ProgressDisplay(Mode mode, PrintWriter err, boolean color) {
        this.mode = mode;
        this.err = err;
        this.color = color;
        if (mode == Mode.TTY) {
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
        return new ProgressDisplay(mode, err, color);
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
                Line line = lines.computeIfAbsent(resource, r -> new Line(System.nanoTime()));
                if (line.state != State.WORKING && state == State.WORKING) {
                    line.started = System.nanoTime();
                }
                line.status = status;
                line.state = state;
                line.ended = state == State.WORKING ? 0 : System.nanoTime();
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
        int width = lines.keySet().stream().mapToInt(String::length).max().orElse(0);
        List<String> rendered = new ArrayList<>();
        lines.forEach((resource, line) -> {
            long end = line.ended == 0 ? System.nanoTime() : line.ended;
            String elapsed = String.format(Locale.ROOT, "%.1fs", (end - line.started) / 1e9);
            String mark = line.state == State.WORKING ? " ⠿ " : line.state == State.DONE ? " ✔ " : " ✘ ";
            String status = paint(line.status, line.state);
            rendered.add(mark + resource + " ".repeat(width - resource.length()) + "  " + status + "  " + elapsed);
        });
        rendered.forEach(r -> out.append("\033[2K").append(r).append('\n'));
        drawn = rendered.size();
        err.print(out);
        err.flush();
    }

    private String paint(String status, State state) {
        if (!color) {
            return status;
        }
        return switch (state) {
            case DONE -> "\033[32m" + status + "\033[0m";
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
        if (ticker != null && closed.compareAndSet(false, true)) {
            ticker.shutdownNow();
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
