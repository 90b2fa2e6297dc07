package io.jcompose.tests.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A real pseudo-terminal for the interactive tests: one tmux pane on a private tmux server (its own
 * socket, so the user's tmux is never touched). tmux must be installed (scripts/engine-up installs it).
 */
final class TmuxPane {

    private static final String SESSION = "it";

    private final String socket = "jcit-" + UUID.randomUUID().toString().substring(0, 8);

    /** Opens a {@code columns} x {@code rows} pane running {@code sh}. */
    static TmuxPane open(int columns, int rows) throws Exception {
        TmuxPane pane = new TmuxPane();
        pane.tmux("new-session", "-d", "-s", SESSION, "-x", Integer.toString(columns), "-y", Integer.toString(rows),
                "sh");
        return pane;
    }

    /** Types {@code line} and Enter, as a person would. */
    void type(String line) throws Exception {
        tmux("send-keys", "-t", SESSION, "-l", line);
        tmux("send-keys", "-t", SESSION, "Enter");
    }

    String screen() throws Exception {
        return tmux("capture-pane", "-p", "-J", "-t", SESSION);
    }

    void awaitScreen(String text, Duration timeout) {
        await().atMost(timeout).pollInterval(Duration.ofMillis(200)).until(() -> screen().contains(text));
    }

    /** The pane's size as {@code stty size} prints it: rows, then columns. */
    String size() throws Exception {
        return tmux("display-message", "-p", "-t", SESSION, "#{pane_height} #{pane_width}").strip();
    }

    void resize(int columns, int rows) throws Exception {
        tmux("resize-window", "-t", SESSION, "-x", Integer.toString(columns), "-y", Integer.toString(rows));
    }

    /** Ends the private tmux server and everything running in it. */
    void close() throws Exception {
        tmux("kill-server");
    }

    private String tmux(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(tmuxBinary(), "-L", socket, "-f", "/dev/null"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        if (process.exitValue() != 0 && !args[0].equals("kill-server")) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }

    private static String tmuxBinary() {
        for (String directory : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            Path candidate = Path.of(directory, "tmux");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new IllegalStateException("the interactive tests need tmux on PATH for a real pseudo-terminal: "
                + "apt-get install -y tmux (scripts/engine-up installs it)");
    }
}
