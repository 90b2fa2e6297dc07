package io.jcompose.engine.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.spec.load.LoadOptions;
import io.jcompose.spec.load.ProjectLoader;
import io.jcompose.spec.model.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which images {@code down --rmi} removes, and where they sit in the plan. */
class DownImagesTest {

    @TempDir
    Path dir;

    private Project load() throws IOException {
        Files.createDirectories(dir.resolve("web"));
        Files.writeString(dir.resolve("compose.yaml"), """
                services:
                  web:
                    build: ./web
                  api:
                    build: ./web
                    image: example/api:dev
                  cache:
                    image: busybox:latest
                  old:
                    build: ./web
                """);
        return ProjectLoader.load(LoadOptions.builder(dir, Map.of()).projectName(Optional.of("demo"))
                .stdin(() -> "").build()).project();
    }

    @Test
    void localIsTheLabelledImagesAndThePresentUnlabelledImagesOfBuildOnlyServices() throws IOException {
        List<String> images = DownImages.select("local", Optional.of(load()),
                List.of("example/api:dev", "demo-web:latest", "<none>:<none>"),
                Set.of("example/api:dev", "demo-web", "demo-old", "busybox:latest"));
        assertThat(images).containsExactly("demo-old:latest", "demo-web:latest", "example/api:dev");
    }

    @Test
    void allAddsEveryServiceImageThatIsPresent() throws IOException {
        List<String> images = DownImages.select("all", Optional.of(load()), List.of(),
                Set.of("example/api:dev", "busybox:latest"));
        assertThat(images).containsExactly("busybox:latest", "example/api:dev");
    }

    @Test
    void withoutAComposeFileOnlyTheLabelledImagesAreKnown() {
        assertThat(DownImages.select("all", Optional.empty(), List.of("demo-web:latest"), Set.of()))
                .containsExactly("demo-web:latest");
        assertThatThrownBy(() -> DownImages.select("some", Optional.empty(), List.of(), Set.of()))
                .hasMessage("down --rmi: invalid value some (expected local or all)");
    }

    @Test
    void imagesGoOnceEveryContainerIsRemoved() throws IOException {
        Project project = load();
        ObservedContainer web = new ObservedContainer("idweb10123456789", "demo-web-1",
                Map.of(io.jcompose.spec.labels.ComposeLabels.PROJECT, "demo",
                        io.jcompose.spec.labels.ComposeLabels.SERVICE, "web",
                        io.jcompose.spec.labels.ComposeLabels.CONTAINER_NUMBER, "1",
                        io.jcompose.spec.labels.ComposeLabels.ONEOFF, "False"),
                "exited", Set.of(), List.of());
        ObservedState observed = new ObservedState("demo", List.of(web), List.of(), List.of(), Map.of());
        Plan plan = Reconciler.down(Optional.of(project), observed, false, false, Optional.empty(), "2.0.0",
                List.of("demo-web:latest"));
        assertThat(plan.text()).isEqualTo("""
                #1 RemoveContainer demo-web-1
                #2 RemoveImage demo-web:latest (--rmi) after #1""");
    }
}
