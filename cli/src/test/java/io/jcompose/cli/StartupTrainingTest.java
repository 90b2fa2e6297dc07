package io.jcompose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.engine.reconcile.Plan;
import io.jcompose.engine.reconcile.Reconciler;
import io.jcompose.spec.load.LoadOptions;
import io.jcompose.spec.load.LoadedProject;
import io.jcompose.spec.load.ProjectLoader;
import io.jcompose.spec.model.Project;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupTrainingTest {

    @Test
    void everyInvocationNamesTheTrainingProjectOrNeedsNone() {
        assertThat(StartupTraining.invocations("/t/compose.yaml")).allSatisfy(words -> {
            if (words.size() > 2) {
                assertThat(words.subList(0, 4)).containsExactly("-f", "/t/compose.yaml", "-p", StartupTraining.PROJECT);
            }
        });
    }

    @Test
    void changesNothing() {
        // up and down only print their plans
        assertThat(StartupTraining.invocations("c.yaml")).filteredOn(w -> w.contains("up") || w.contains("down"))
                .hasSize(2).allSatisfy(words -> assertThat(words).contains("--dry-run"));
    }

    @Test
    void theTrainingProjectLoads(@TempDir Path directory) throws IOException {
        LoadedProject loaded = loadTrainingProject(directory);
        assertThat(loaded.project().services()).containsOnlyKeys("web", "api");
        assertThat(loaded.project().networks()).containsKeys("front", "back");
    }

    @Test
    void theRecordedStateGivesDownEveryKindOfRemoval(@TempDir Path directory) throws IOException {
        Project project = loadTrainingProject(directory).project();
        Plan plan = Reconciler.down(Optional.of(project), StartupTraining.recordedState(), true, false,
                Optional.empty(), "2.29.7");
        assertThat(plan.text()).isEqualTo("""
                #1 StopContainer jcompose-startup-training-web-1
                #2 RemoveContainer jcompose-startup-training-web-1 after #1
                #3 RemoveContainer jcompose-startup-training-api-1 after #1
                #4 RemoveNetwork jcompose-startup-training_back (network back of project jcompose-startup-training)
                #5 RemoveNetwork jcompose-startup-training_front (network front of project jcompose-startup-training) \
                after #2
                #6 RemoveVolume jcompose-startup-training_data (volume data of project jcompose-startup-training) \
                after #2""");
    }

    /** The training project, copied into {@code directory} and loaded under the training's project name. */
    private static LoadedProject loadTrainingProject(Path directory) throws IOException {
        Path compose = directory.resolve("compose.yaml");
        try (InputStream training = StartupTraining.class.getResourceAsStream("startup-training.yaml")) {
            Files.copy(training, compose);
        }
        return ProjectLoader.load(LoadOptions.builder(directory, Map.of()).files(List.of(compose.toString()))
                .projectName(Optional.of(StartupTraining.PROJECT)).build());
    }

    @Test
    void rendersTheRecordedContainersAsPsDoes() throws IOException {
        String shown = StartupTraining.renderRecordedContainers();
        assertThat(shown).contains("jcompose-startup-training-web-1", "127.0.0.1:32774->80/tcp", "443/tcp",
                "jcompose-startup-training-api-1", "Exited (1) 2 hours ago", "\"Health\":\"healthy\"",
                "\"ExitCode\":1");
    }
}
