package io.jcompose.tests.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.tests.support.RequiresEngine;
import io.jcompose.tests.support.TestEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's start-up training against the engine: every step runs to its end, and it changes nothing, although
 * its {@code down -v} of a recorded project sends real stop and remove calls.
 */
@RequiresEngine
class StartupTrainingIT {

    private static final String PROJECT = "jcompose-startup-training";

    @Test
    void runsToItsEndAndLeavesNothingBehind(TestEngine engine, @TempDir Path directory)
            throws IOException, InterruptedException {
        Path out = directory.resolve("out");
        Path err = directory.resolve("err");
        Process training = new ProcessBuilder(ChildJcompose.main("io.jcompose.cli.StartupTraining"))
                .directory(directory.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();

        assertThat(training.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String shown = Files.readString(err);
        assertThat(training.exitValue()).as(shown).isZero();
        // the recorded down found nothing to stop or remove, which is done, not a failure
        assertThat(shown).contains("Container " + PROJECT + "-web-1  Stopped", "Container " + PROJECT + "-api-1  Removed",
                "Network " + PROJECT + "_front  Removed", "Volume " + PROJECT + "_data  Removed");
        Map<String, List<String>> labelled = Map.of("label", List.of("com.docker.compose.project=" + PROJECT));
        assertThat(engine.await(engine.client().containers().list(true, labelled))).isEmpty();
        assertThat(engine.await(engine.client().networks().list(labelled))).isEmpty();
        assertThat(engine.await(engine.client().volumes().list(labelled))).isEmpty();
    }
}
