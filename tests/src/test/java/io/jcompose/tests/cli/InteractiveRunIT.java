package io.jcompose.tests.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.jcompose.engine.api.ContainerSummary;
import io.jcompose.tests.support.ProjectCleanup;
import io.jcompose.tests.support.RequiresEngine;
import io.jcompose.tests.support.TestEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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

    private TmuxPane pane;
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
            if (pane != null) {
                pane.close();
            }
        } finally {
            ProjectCleanup.remove(engine, project);
        }
    }

    @Test
    void theOneOffGetsTheTerminalItsSizeAndGivesItsExitCode() throws Exception {
        Path jcompose = ChildJcompose.script(dir);
        Path before = dir.resolve("stty-before");
        Path after = dir.resolve("stty-after");
        pane = TmuxPane.open(100, 30);
        pane.type("cd " + dir + "; stty -g > " + before + "; " + jcompose + " -p " + project
                + " run --rm app sh; echo \"exit=$?\"");
        pane.awaitScreen("/ # ", Duration.ofSeconds(60));

        pane.type("echo typed-$((40+2))");
        pane.awaitScreen("typed-42", Duration.ofSeconds(60));
        String size = pane.size();
        pane.type("stty size");
        pane.awaitScreen("\n" + size + "\n", Duration.ofSeconds(60));

        pane.type("exit 7");
        pane.awaitScreen("exit=7", Duration.ofSeconds(60));
        pane.type("stty -g > " + after);
        await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(after) && Files.size(after) > 0);
        assertThat(Files.readString(after)).isEqualTo(Files.readString(before));
        List<ContainerSummary> left = engine.await(engine.client().containers().list(true,
                Map.of("label", List.of("com.docker.compose.project=" + project))));
        assertThat(left).isEmpty();
    }
}
