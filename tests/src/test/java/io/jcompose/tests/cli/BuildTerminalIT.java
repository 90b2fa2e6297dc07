package io.jcompose.tests.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.engine.EngineException;
import io.jcompose.engine.api.ImageSummary;
import io.jcompose.spec.labels.ComposeLabels;
import io.jcompose.tests.support.RequiresEngine;
import io.jcompose.tests.support.TestEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jcompose build} on a real pseudo-terminal (a tmux pane): one line per build that ends as Built or Error,
 * none of the builder's output lines, and for the failed build its step with the last 20 lines it printed.
 */
@RequiresEngine
class BuildTerminalIT {

    @TempDir
    Path dir;

    private TmuxPane pane;
    private TestEngine engine;
    private String project;

    @BeforeEach
    void createProject(TestEngine shared) throws IOException {
        engine = shared;
        engine.ensureBusybox();
        project = engine.uniqueName("buildtty").toLowerCase(Locale.ROOT);
        Files.writeString(dir.resolve("compose.yaml"), """
                services:
                  good:
                    build:
                      context: .
                      dockerfile_inline: |
                        FROM busybox:latest
                        RUN for i in $(seq 1 30); do echo noise-$$i; done
                  broken:
                    build:
                      context: .
                      dockerfile_inline: |
                        FROM busybox:latest
                        RUN for i in $(seq 1 25); do echo boom-$$i; done; exit 3
                """);
    }

    @AfterEach
    void removeImages() throws Exception {
        try {
            if (pane != null) {
                pane.close();
            }
        } finally {
            for (ImageSummary image : engine.await(engine.client().images().list(
                    Map.of("label", List.of(ComposeLabels.PROJECT + "=" + project))))) {
                try {
                    engine.await(engine.client().images().remove(image.id(), true, false));
                } catch (EngineException e) {
                    if (!e.isNotFound()) {
                        throw e;
                    }
                }
            }
        }
    }

    @Test
    void eachBuildIsOneLiveLineAndTheFailedStepIsShownWithItsLastLines() throws Exception {
        Path jcompose = ChildJcompose.script(dir);
        pane = TmuxPane.open(120, 60);
        pane.type("cd " + dir + "; clear; " + jcompose + " -p " + project + " build; echo \"exit=$?\"");
        pane.awaitScreen("exit=", Duration.ofSeconds(120));

        String screen = pane.screen();
        assertThat(screen).contains("exit=1");
        assertThat(screen).containsPattern(" ✔ Service good +Built +\\d+\\.\\ds")
                .containsPattern(" ✘ Service broken +Error +\\d+\\.\\ds");
        // the live view never prints the builder's lines; the failure prints the failed step's last 20
        assertThat(screen).doesNotContain("noise-").doesNotContain("[good]").doesNotContain("Successfully built");
        assertThat(screen).containsPattern("failed at Step \\d+/\\d+ : RUN for i in \\$\\(seq 1 25\\)")
                .contains("  | boom-6\n").contains("  | boom-25\n").doesNotContain("boom-5\n");
    }
}
