package io.jcompose.tests.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.jcompose.engine.api.ContainerSummary;
import io.jcompose.tests.support.ProjectCleanup;
import io.jcompose.tests.support.RequiresEngine;
import io.jcompose.tests.support.TestEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --rm SERVICE sh} in a real pseudo-terminal: a tmux pane on a private tmux server (its own socket,
 * so the user's tmux is never touched). tmux must be installed (scripts/engine-up installs it).
 */
@RequiresEngine
class InteractiveRunIT {

    private final String socket = "jcit-" + UUID.randomUUID().toString().substring(0, 8);
    private TestEngine engine;
    private String project;
    private Path dir;

    @BeforeEach
    void createProject(TestEngine shared, @TempDir Path tempDir) throws IOException {
        engine = shared;
        engine.ensureBusybox();
        dir = tempDir;
        project = engine.uniqueName("runtty");
        Files.writeString(dir.resolve("compose.yaml"), """
                services:
                  app:
                    image: busybox:latest
                """);
    }

    @AfterEach
    void removeProject() throws Exception {
        try {
            tmux("kill-server");
        } finally {
            ProjectCleanup.remove(engine, project);
        }
    }

    @Test
    void theOneOffGetsTheTerminalItsSizeAndGivesItsExitCode() throws Exception {
        Path jcompose = ChildJcompose.script(dir);
        Path before = dir.resolve("stty-before");
        Path after = dir.resolve("stty-after");
        tmux("new-session", "-d", "-s", "it", "-x", "100", "-y", "30", "sh");
        type("cd " + dir + "; stty -g > " + before + "; " + jcompose + " -p " + project
                + " run --rm app sh; echo \"exit=$?\"");
        awaitPane("/ # ", Duration.ofSeconds(60));

        type("echo typed-$((40+2))");
        awaitPane("typed-42", Duration.ofSeconds(10));
        String size = tmux("display-message", "-p", "-t", "it", "#{pane_height} #{pane_width}").strip();
        type("stty size");
        awaitPane("\n" + size + "\n", Duration.ofSeconds(10));

        type("exit 7");
        awaitPane("exit=7", Duration.ofSeconds(20));
        type("stty -g > " + after);
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(after) && Files.size(after) > 0);
        assertThat(Files.readString(after)).isEqualTo(Files.readString(before));
        List<ContainerSummary> left = engine.await(engine.client().containers().list(true,
                Map.of("label", List.of("com.docker.compose.project=" + project))));
        assertThat(left).isEmpty();
    }

    private void type(String line) throws Exception {
        tmux("send-keys", "-t", "it", "-l", line);
        tmux("send-keys", "-t", "it", "Enter");
    }

    private String pane() throws Exception {
        return tmux("capture-pane", "-p", "-J", "-t", "it");
    }

    private void awaitPane(String text, Duration timeout) {
        await().atMost(timeout).pollInterval(Duration.ofMillis(200)).until(() -> pane().contains(text));
    }

    private String tmux(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(tmuxBinary(), "-L", socket, "-f", "/dev/null"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
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
        throw new IllegalStateException("the interactive run test needs tmux on PATH for a real pseudo-terminal: "
                + "apt-get install -y tmux (scripts/engine-up installs it)");
    }
}
