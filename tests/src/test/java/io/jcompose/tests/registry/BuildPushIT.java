package io.jcompose.tests.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.engine.EngineException;
import io.jcompose.engine.api.ContainerCreateBody;
import io.jcompose.engine.api.ContainerSummary;
import io.jcompose.engine.api.ImageInspect;
import io.jcompose.engine.api.LogOptions;
import io.jcompose.spec.labels.ComposeLabels;
import io.jcompose.tests.support.Cleanup;
import io.jcompose.tests.support.ProjectCleanup;
import io.jcompose.tests.support.RequiresEngine;
import io.jcompose.tests.support.TestEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code build --push} through a registry behind basic auth, and compose's image resolution for a service with both
 * {@code image} and {@code build} under {@code pull_policy: always}: pulled when the registry has the image, built
 * when it does not.
 */
@RequiresEngine
class BuildPushIT {

    private static final String USER = "jcit";
    private static final String PASSWORD = "s3cret-" + Long.toHexString(System.nanoTime());
    /** The Dockerfile leaves a mark: an image without it was pulled, not built. */
    private static final String DOCKERFILE = """
            FROM busybox:latest
            RUN echo built-here > /built-marker
            CMD ["sleep", "300"]
            """;

    @TempDir
    Path dir;

    private TestEngine engine;
    private Cleanup cleanup;
    private LocalRegistry registry;
    private String project;

    @BeforeEach
    void setUp(TestEngine shared) throws IOException {
        engine = shared;
        cleanup = new Cleanup(shared);
        engine.ensureBusybox();
        project = engine.uniqueName("bpush");
        Files.writeString(Files.createDirectories(dir.resolve("app")).resolve("Dockerfile"), DOCKERFILE);
    }

    @AfterEach
    void tearDown() {
        try {
            ProjectCleanup.remove(engine, project);
            cleanup.close();
        } finally {
            if (registry != null) {
                registry.close();
            }
        }
    }

    @Test
    void buildPushSendsTheBuiltImageWithCredentialsAndItComesBackAndRuns() throws IOException {
        registry = LocalRegistry.start(Files.createDirectories(dir.resolve("registry")),
                Optional.of(new String[] {USER, PASSWORD}));
        String image = cleanup.image(registry.host() + "/jcompose-test/" + project + ":1");
        String extraTag = cleanup.image(registry.host() + "/jcompose-test/" + project + ":extra");
        Path compose = Files.writeString(dir.resolve("compose.yaml"), """
                services:
                  app:
                    image: "%s"
                    build:
                      context: ./app
                      tags: ["%s"]
                """.formatted(image, extraTag));

        JcomposeProcess refused = jcompose(dockerConfig(false), "-f", compose.toString(), "-p", project,
                "build", "--push");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("pushing image " + image + ": ").containsIgnoringCase("auth");

        JcomposeProcess pushed = jcompose(dockerConfig(true), "-f", compose.toString(), "-p", project,
                "--progress", "plain", "build", "--push");
        assertThat(pushed.exitCode()).as(pushed.err() + registry.log()).isZero();
        assertThat(pushed.err()).contains("[app] Step 2/", "Service app  Built", "Image " + image + "  Pushed",
                "Image " + extraTag + "  Pushed").doesNotContain(PASSWORD);

        removeLocally(image);
        removeLocally(extraTag);
        JcomposeProcess pulled = jcompose(dockerConfig(true), "-f", compose.toString(), "-p", project, "pull", "-q");
        assertThat(pulled.exitCode()).as(pulled.err()).isZero();
        assertThat(run(image, "cat /built-marker").strip()).isEqualTo("built-here");
    }

    @Test
    void buildPushQuietPrintsNothingAndNamesTheImageThatFailed() throws IOException {
        registry = LocalRegistry.start(Files.createDirectories(dir.resolve("registry")), Optional.empty());
        String image = cleanup.image("127.0.0.1:1/jcompose-test/" + project + ":1");
        Path compose = Files.writeString(dir.resolve("compose.yaml"), """
                services:
                  app:
                    image: "%s"
                    build: ./app
                """.formatted(image));

        JcomposeProcess failed = jcompose(dockerConfig(false), "-f", compose.toString(), "-p", project,
                "build", "--push", "-q");

        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.err().strip()).startsWith("pushing image " + image + ": ").doesNotContain("Step ");
    }

    @Test
    void pullPolicyAlwaysPullsWhatTheRegistryHasAndBuildsWhatItHasNot() throws IOException {
        registry = LocalRegistry.start(Files.createDirectories(dir.resolve("registry")), Optional.empty());
        String published = cleanup.image(registry.host() + "/jcompose-test/" + project + ":published");
        String unpublished = cleanup.image(registry.host() + "/jcompose-test/" + project + ":unpublished");
        // the registry holds busybox under the published name: an image the Dockerfile would not make
        engine.await(engine.client().images().tag(TestEngine.BUSYBOX, published));
        Path pushCompose = Files.writeString(dir.resolve("push.yaml"), """
                services:
                  app:
                    image: "%s"
                    build: ./app
                """.formatted(published));
        Map<String, String> env = dockerConfig(false);
        assertThat(jcompose(env, "-f", pushCompose.toString(), "-p", project, "push").exitCode()).isZero();
        String busyboxId = inspect(TestEngine.BUSYBOX).id();
        removeLocally(published);
        Path compose = Files.writeString(dir.resolve("compose.yaml"), """
                services:
                  pulled:
                    image: "%s"
                    build: ./app
                    pull_policy: always
                  built:
                    image: "%s"
                    build: ./app
                    pull_policy: always
                """.formatted(published, unpublished));

        JcomposeProcess up = jcompose(env, "-f", compose.toString(), "-p", project, "--progress", "plain",
                "up", "-d");

        assertThat(up.exitCode()).as(up.err()).isZero();
        assertThat(up.err()).contains("Image " + published + "  Pulled", "Image " + unpublished + "  Pull failed",
                "WARN[0000] pulling image " + unpublished + ": ", " (it is built instead)",
                "Service built  Built").doesNotContain("Service pulled  Built");
        assertThat(inspect(published).id()).isEqualTo(busyboxId);
        assertThat(inspect(unpublished).config().labels()).containsEntry(ComposeLabels.PROJECT, project);
        assertThat(containerImages()).containsEntry(project + "-pulled-1", busyboxId)
                .containsEntry(project + "-built-1", inspect(unpublished).id());

        // the registry still lacks it, but now a local image is there: compose keeps it rather than build again
        JcomposeProcess again = jcompose(env, "-f", compose.toString(), "-p", project, "--progress", "plain",
                "up", "-d");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.err()).contains("Image " + unpublished + "  Pull failed", " (the local image is used)")
                .doesNotContain("Built");
    }

    @Test
    void upPullAlwaysPullsAnImageTheProjectBuildsInsteadOfBuildingIt() throws IOException {
        registry = LocalRegistry.start(Files.createDirectories(dir.resolve("registry")), Optional.empty());
        String image = cleanup.image(registry.host() + "/jcompose-test/" + project + ":1");
        engine.await(engine.client().images().tag(TestEngine.BUSYBOX, image));
        Path compose = Files.writeString(dir.resolve("compose.yaml"), """
                services:
                  app:
                    image: "%s"
                    build: ./app
                    command: ["sleep", "300"]
                """.formatted(image));
        Map<String, String> env = dockerConfig(false);
        assertThat(jcompose(env, "-f", compose.toString(), "-p", project, "push").exitCode()).isZero();
        removeLocally(image);

        JcomposeProcess create = jcompose(env, "-f", compose.toString(), "-p", project, "--progress", "plain",
                "create", "--pull", "always");

        assertThat(create.exitCode()).as(create.err()).isZero();
        assertThat(create.err()).contains("Image " + image + "  Pulled").doesNotContain("Built");
        assertThat(inspect(image).id()).isEqualTo(inspect(TestEngine.BUSYBOX).id());
    }

    /** A DOCKER_CONFIG directory, with the test user's credentials for the registry when asked. */
    private Map<String, String> dockerConfig(boolean withCredentials) throws IOException {
        Path config = Files.createDirectories(dir.resolve(withCredentials ? "docker-auth" : "docker-anonymous"));
        String auth = Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        Files.writeString(config.resolve("config.json"), withCredentials
                ? "{\"auths\": {\"" + registry.host() + "\": {\"auth\": \"" + auth + "\"}}}" : "{}");
        return Map.of("DOCKER_CONFIG", config.toString());
    }

    private JcomposeProcess jcompose(Map<String, String> env, String... args) {
        return JcomposeProcess.run(dir, env, args);
    }

    private ImageInspect inspect(String image) {
        return engine.await(engine.client().images().inspect(image));
    }

    private void removeLocally(String image) {
        engine.await(engine.client().images().remove(image, false, false));
        assertThatThrownBy(() -> inspect(image))
                .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.isNotFound()).isTrue());
    }

    /** Container name to image id, of the project's containers. */
    private Map<String, String> containerImages() {
        Map<String, String> images = new java.util.TreeMap<>();
        for (ContainerSummary container : engine.await(engine.client().containers().listByLabels(true,
                List.of(ComposeLabels.PROJECT + "=" + project)))) {
            images.put(container.name(), engine.await(engine.client().containers().inspect(container.id())).image());
        }
        return images;
    }

    /** Runs {@code sh -c script} in a container of {@code image}; what it printed. */
    private String run(String image, String script) {
        String id = cleanup.container(engine.await(engine.client().containers().create(engine.uniqueName("run"),
                ContainerCreateBody.image(image).cmd(List.of("sh", "-c", script)).labels(engine.labels(Map.of())))));
        engine.await(engine.client().containers().start(id));
        engine.await(engine.client().containers().waitFor(id, "not-running"));
        StringBuilder output = new StringBuilder();
        engine.await(engine.client().containers().logs(id, LogOptions.all(), false,
                frame -> output.append(frame.text())).ended());
        return output.toString();
    }
}
