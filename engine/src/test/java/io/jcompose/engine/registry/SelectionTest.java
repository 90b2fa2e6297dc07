package io.jcompose.engine.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.jcompose.spec.load.LoadOptions;
import io.jcompose.spec.load.ProjectLoader;
import io.jcompose.spec.model.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which services pull and push act on, from Compose files loaded through the real loader. */
class SelectionTest {

    @TempDir
    Path root;

    private Project load(String yaml) throws Exception {
        Files.writeString(root.resolve("compose.yaml"), yaml);
        Files.createDirectories(root.resolve("app"));
        return ProjectLoader.load(LoadOptions.builder(root, Map.of()).projectName(Optional.of("demo"))
                .stdin(() -> "").build()).project();
    }

    private static List<String> lines(List<ServicePull> pulls) {
        return pulls.stream().map(p -> p.service() + ": " + p.skipped().orElse("pull " + p.image())).toList();
    }

    @Test
    void policiesPresenceAndBuildOnlyServices() throws Exception {
        Project project = load("""
                services:
                  built: {build: ./app}
                  cached: {image: "redis:7"}
                  fresh: {image: "redis:7", pull_policy: always}
                  latest: {image: busybox}
                  missing: {image: "nginx:1.25"}
                  never: {image: "x:1", pull_policy: never}
                  rebuilt: {image: "y:1", build: ./app, pull_policy: build}
                """);

        List<ServicePull> pulls = PullSelection.select(project, Optional.empty(), false,
                Set.of("redis:7", "busybox", "x:1")::contains);

        assertThat(lines(pulls)).containsExactly(
                "built: Skipped - No image to be pulled",
                "cached: Skipped - Image is already present locally",
                "fresh: pull redis:7",
                "latest: pull busybox",
                "missing: pull nginx:1.25",
                "never: Skipped",
                "rebuilt: Skipped");
    }

    @Test
    void policyOptionOverridesAndSharedImagesArePulledOnce() throws Exception {
        Project project = load("""
                services:
                  a: {image: "redis:7", pull_policy: never}
                  b: {image: "redis:7"}
                """);

        assertThat(lines(PullSelection.select(project, Optional.of("always"), false, image -> true)))
                .containsExactly("a: pull redis:7", "b: Skipped - Image is already being pulled by a");
        assertThat(lines(PullSelection.select(project, Optional.of("missing"), false, image -> true)))
                .containsExactly("a: Skipped - Image is already present locally",
                        "b: Skipped - Image is already present locally");
    }

    @Test
    void ignoreBuildableSkipsServicesThatCanBeBuilt() throws Exception {
        Project project = load("""
                services:
                  app: {image: "registry.example/app:2", build: ./app}
                  db: {image: "postgres:16"}
                """);

        assertThat(lines(PullSelection.select(project, Optional.empty(), true, image -> false)))
                .containsExactly("app: Skipped - Image can be built", "db: pull postgres:16");
        ServicePull app = PullSelection.select(project, Optional.empty(), false, image -> false).get(0);
        assertThat(app.pulls()).isTrue();
        assertThat(app.buildable()).isTrue();
    }

    @Test
    void pushTakesServicesThatBuildANamedImageWithTheirExtraTags() throws Exception {
        Project project = load("""
                services:
                  app:
                    image: "127.0.0.1:5000/team/app:1"
                    build: {context: ./app, tags: ["127.0.0.1:5000/team/app:latest", "127.0.0.1:5000/team/app:1"]}
                  buildonly: {build: ./app}
                  db: {image: "postgres:16"}
                """);

        List<ServicePush> pushes = PushSelection.select(project);

        assertThat(pushes).extracting(ServicePush::service, ServicePush::images, ServicePush::skipped).containsExactly(
                tuple("app",
                        List.of("127.0.0.1:5000/team/app:1", "127.0.0.1:5000/team/app:latest"), Optional.empty()),
                tuple("buildonly", List.of(), Optional.of("Skipped")),
                tuple("db", List.of(), Optional.of("Skipped")));
    }
}
