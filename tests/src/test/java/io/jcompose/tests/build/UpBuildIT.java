package io.jcompose.tests.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.engine.EngineException;
import io.jcompose.engine.api.ContainerSummary;
import io.jcompose.engine.api.ImageSummary;
import io.jcompose.spec.labels.ComposeLabels;
import io.jcompose.tests.support.Jcompose;
import io.jcompose.tests.support.Jcompose.Result;
import io.jcompose.tests.support.ProjectCleanup;
import io.jcompose.tests.support.RequiresEngine;
import io.jcompose.tests.support.TestEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code up --build}, {@code up --no-build} and the default build of a missing image, against the real engine. */
@RequiresEngine
class UpBuildIT {

    private static final String STACK = """
            services:
              alpha:
                build: ./alpha
              beta:
                build: ./beta
            """;

    @TempDir
    Path dir;

    private TestEngine engine;
    private String project;

    @BeforeEach
    void setUp(TestEngine shared) throws IOException {
        engine = shared;
        engine.ensureBusybox();
        project = engine.uniqueName("upbuild").toLowerCase(Locale.ROOT);
        Files.writeString(dir.resolve("compose.yaml"), STACK);
        for (String service : List.of("alpha", "beta")) {
            Files.createDirectories(dir.resolve(service));
            Files.writeString(dir.resolve(service + "/Dockerfile"), """
                    FROM busybox:latest
                    COPY message /message
                    CMD ["sleep", "300"]
                    """);
            Files.writeString(dir.resolve(service + "/message"), service + " one");
        }
    }

    /** Containers, networks, then the images the project built, found by label, even when the test failed. */
    @AfterEach
    void tearDown() {
        try {
            ProjectCleanup.remove(engine, project);
        } finally {
            List<ImageSummary> built = engine.await(engine.client().images().list(
                    Map.of("label", List.of(ComposeLabels.PROJECT + "=" + project))));
            for (ImageSummary image : built) {
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

    private Result jcompose(String... args) {
        return Jcompose.inProject(dir.resolve("compose.yaml"), project, args);
    }

    /** Container name to id, of the project's containers. */
    private Map<String, String> containers() {
        return engine.await(engine.client().containers().listByLabels(true,
                        List.of(ComposeLabels.PROJECT + "=" + project))).stream()
                .collect(Collectors.toMap(ContainerSummary::name, ContainerSummary::id, (a, b) -> a, TreeMap::new));
    }

    @Test
    void upBuildsMissingImagesThenUpBuildRecreatesOnlyTheServiceWhoseContextChanged() throws IOException {
        Result first = jcompose("up", "-d");
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.err()).contains("[alpha] Successfully tagged " + project + "-alpha:latest")
                .contains("[beta] Successfully tagged " + project + "-beta:latest");
        Map<String, String> before = containers();
        assertThat(before).containsOnlyKeys(project + "-alpha-1", project + "-beta-1");
        assertThat(engine.await(engine.client().containers().inspect(project + "-alpha-1")).config().image())
                .isEqualTo(project + "-alpha");

        Result unchanged = jcompose("up", "-d", "--build");
        assertThat(unchanged.exitCode()).as(unchanged.toString()).isZero();
        assertThat(containers()).isEqualTo(before);

        Files.writeString(dir.resolve("alpha/message"), "alpha two");
        Result rebuilt = jcompose("up", "-d", "--build");
        assertThat(rebuilt.exitCode()).as(rebuilt.toString()).isZero();
        Map<String, String> after = containers();
        assertThat(after.get(project + "-alpha-1")).isNotEqualTo(before.get(project + "-alpha-1"));
        assertThat(after.get(project + "-beta-1")).isEqualTo(before.get(project + "-beta-1"));
    }

    @Test
    void pullPolicyBuildRebuildsAtEveryUpAndMissingBuildsOnlyAnAbsentImage() throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), """
                services:
                  alpha:
                    build: ./alpha
                    pull_policy: build
                  beta:
                    build: ./beta
                    pull_policy: missing
                """);
        Result first = jcompose("up", "-d");
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.err()).contains("[alpha] Step 1/", "[beta] Step 1/");

        Result second = jcompose("up", "-d");
        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(second.err()).contains("[alpha] Step 1/", "Service alpha  Built").doesNotContain("[beta] ");
    }

    @Test
    void noBuildWithAMissingImageFailsBeforeCreatingAnything() {
        Result run = jcompose("up", "-d", "--no-build");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("service alpha: image " + project
                + "-alpha not found locally and --no-build was given");
        assertThat(containers()).isEmpty();
    }

    @Test
    void downRmiLocalRemovesTheBuiltImagesAndNothingElse() throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), STACK + """
                  plain:
                    image: busybox:latest
                    command: ["sleep", "300"]
                """);
        Result up = jcompose("up", "-d");
        assertThat(up.exitCode()).as(up.toString()).isZero();
        assertThat(labelledTags()).contains(project + "-alpha:latest", project + "-beta:latest");

        Result down = jcompose("down", "--rmi", "local", "-t", "0");
        assertThat(down.exitCode()).as(down.toString()).isZero();
        assertThat(containers()).isEmpty();
        assertThat(labelledTags()).isEmpty();
        for (String gone : List.of(project + "-alpha", project + "-beta")) {
            assertThatThrownBy(() -> engine.await(engine.client().images().inspect(gone)))
                    .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.isNotFound()).isTrue());
        }
        assertThat(engine.await(engine.client().images().inspect("busybox:latest")).id()).isNotEmpty();
    }

    private List<String> labelledTags() {
        return engine.await(engine.client().images().list(
                        Map.of("label", List.of(ComposeLabels.PROJECT + "=" + project)))).stream()
                .flatMap(image -> image.repoTags().stream()).toList();
    }
}
