package io.jcompose.tests.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.engine.EngineException;
import io.jcompose.engine.api.ContainerCreateBody;
import io.jcompose.engine.api.WaitResult;
import io.jcompose.tests.support.Cleanup;
import io.jcompose.tests.support.RequiresEngine;
import io.jcompose.tests.support.TestEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jcompose push} and {@code pull} against a real registry on 127.0.0.1: the image goes up, is
 * removed locally, comes back and runs; behind basic auth the credentials come from {@code DOCKER_CONFIG}.
 */
@RequiresEngine
class RegistryIT {

    private static final String USER = "jcit";
    private static final String PASSWORD = "s3cret-" + Long.toHexString(System.nanoTime());

    @TempDir
    Path dir;

    private TestEngine engine;
    private Cleanup cleanup;
    private LocalRegistry registry;
    private String project;

    @BeforeEach
    void setUp(TestEngine shared) {
        engine = shared;
        cleanup = new Cleanup(shared);
        engine.ensureBusybox();
        project = engine.uniqueName("reg");
    }

    @AfterEach
    void tearDown() {
        try {
            cleanup.close();
        } finally {
            if (registry != null) {
                registry.close();
            }
        }
    }

    @Test
    void pushRemovePullAndRunThroughAPlainRegistry() throws IOException {
        registry = LocalRegistry.start(Files.createDirectories(dir.resolve("registry")), Optional.empty());
        String image = localImage();
        Path compose = composeFile(image);
        Map<String, String> env = dockerConfig(Optional.empty());

        JcomposeProcess push = jcompose(env, "-f", compose.toString(), "-p", project, "push");
        assertThat(push.exitCode()).as(push.err() + registry.log()).isZero();
        assertThat(push.err()).contains(" Pushing " + image + ": ").contains("Pushed");

        removeLocally(image);
        JcomposeProcess pull = jcompose(env, "-f", compose.toString(), "-p", project, "pull");
        assertThat(pull.exitCode()).as(pull.err()).isZero();
        assertThat(pull.err()).contains(" app Pulling", " app Pulled");
        assertThat(runs(image)).isZero();

        JcomposeProcess again = jcompose(env, "-f", compose.toString(), "-p", project, "pull");
        assertThat(again.err()).contains(" app Skipped - Image is already present locally");
    }

    @Test
    void aMissingImageFailsThePullUnlessFailuresAreIgnored() throws IOException {
        registry = LocalRegistry.start(Files.createDirectories(dir.resolve("registry")), Optional.empty());
        String absent = registry.host() + "/jcompose-test/" + project + ":absent";
        Path compose = Files.writeString(dir.resolve("compose.yaml"), """
                services:
                  ghost:
                    image: "%s"
                """.formatted(absent));
        Map<String, String> env = dockerConfig(Optional.empty());

        JcomposeProcess failed = jcompose(env, "-f", compose.toString(), "-p", project, "pull");
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.err()).contains(" ghost Error").contains("pulling image " + absent + ": ");

        JcomposeProcess ignored = jcompose(env, "-f", compose.toString(), "-p", project, "pull", "--ignore-pull-failures");
        assertThat(ignored.exitCode()).as(ignored.err()).isZero();
    }

    @Test
    void namedServicesArePulledWithoutTheirDependenciesUnlessIncluded() throws IOException {
        registry = LocalRegistry.start(Files.createDirectories(dir.resolve("registry")), Optional.empty());
        String image = localImage();
        Path compose = Files.writeString(dir.resolve("compose.yaml"), """
                services:
                  app:
                    image: "%s"
                    build: ./app
                    depends_on: [ghost]
                  ghost:
                    image: "%s/jcompose-test/%s:absent"
                """.formatted(image, registry.host(), project));
        Files.writeString(Files.createDirectories(dir.resolve("app")).resolve("Dockerfile"), "FROM busybox:latest\n");
        Map<String, String> env = dockerConfig(Optional.empty());
        assertThat(jcompose(env, "-f", compose.toString(), "-p", project, "push", "app").exitCode()).isZero();
        removeLocally(image);

        JcomposeProcess alone = jcompose(env, "-f", compose.toString(), "-p", project, "pull", "app");
        assertThat(alone.exitCode()).as(alone.err()).isZero();
        assertThat(alone.err()).contains(" app Pulled").doesNotContain("ghost");

        JcomposeProcess withDeps = jcompose(env, "-f", compose.toString(), "-p", project, "pull", "--include-deps", "app");
        assertThat(withDeps.exitCode()).isEqualTo(1);
        assertThat(withDeps.err()).contains(" ghost Error", "pulling image " + registry.host());
    }

    @Test
    void aCredentialsStoreHelperAnswersForTheRegistry() throws IOException {
        registry = LocalRegistry.start(Files.createDirectories(dir.resolve("registry")),
                Optional.of(new String[] {USER, PASSWORD}));
        String image = localImage();
        Path compose = composeFile(image);
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path helper = Files.writeString(bin.resolve("docker-credential-jcit"), """
                #!/bin/sh
                [ "$1" = get ] || exit 2
                read -r address
                [ "$address" = "%s" ] || { echo "credentials not found in native keychain"; exit 1; }
                printf '{"ServerURL":"%%s","Username":"%s","Secret":"%s"}' "$address"
                """.formatted(registry.host(), USER, PASSWORD));
        Files.setPosixFilePermissions(helper, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path config = Files.createDirectories(dir.resolve("docker-store"));
        Files.writeString(config.resolve("config.json"), "{\"credsStore\": \"jcit\"}");
        Map<String, String> env = Map.of("DOCKER_CONFIG", config.toString(),
                "PATH", bin + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));

        JcomposeProcess push = jcompose(env, "-f", compose.toString(), "-p", project, "push");
        assertThat(push.exitCode()).as(push.err() + registry.log()).isZero();
        removeLocally(image);
        JcomposeProcess pull = jcompose(env, "-f", compose.toString(), "-p", project, "pull");
        assertThat(pull.exitCode()).as(pull.err()).isZero();
        assertThat(runs(image)).isZero();
    }

    @Test
    void credentialsFromDockerConfigOpenAnAuthenticatedRegistry() throws IOException {
        registry = LocalRegistry.start(Files.createDirectories(dir.resolve("registry")),
                Optional.of(new String[] {USER, PASSWORD}));
        String image = localImage();
        Path compose = composeFile(image);
        Map<String, String> anonymous = dockerConfig(Optional.empty());
        Map<String, String> withCredentials = dockerConfig(Optional.of(registry.host()));

        JcomposeProcess refused = jcompose(anonymous, "-f", compose.toString(), "-p", project, "push");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("pushing image " + image + ": ").containsIgnoringCase("auth");

        JcomposeProcess push = jcompose(withCredentials, "-f", compose.toString(), "-p", project, "push");
        assertThat(push.exitCode()).as(push.err() + registry.log()).isZero();
        assertThat(push.err()).doesNotContain(PASSWORD);

        removeLocally(image);
        JcomposeProcess unauthorized = jcompose(anonymous, "-f", compose.toString(), "-p", project, "pull");
        assertThat(unauthorized.exitCode()).isEqualTo(1);
        assertThat(unauthorized.err()).contains("pulling image " + image + ": ").containsIgnoringCase("auth");

        JcomposeProcess pull = jcompose(withCredentials, "-f", compose.toString(), "-p", project, "pull", "-q");
        assertThat(pull.exitCode()).as(pull.err()).isZero();
        assertThat(pull.err()).doesNotContain("Pulling").doesNotContain(PASSWORD);
        assertThat(runs(image)).isZero();
    }

    /** busybox tagged into the registry's namespace, removed again after the test. */
    private String localImage() {
        String image = cleanup.image(registry.host() + "/jcompose-test/" + project + ":1");
        engine.await(engine.client().images().tag(TestEngine.BUSYBOX, image));
        return image;
    }

    /** compose pushes only images a service builds: the service has a build context it never needs to build here. */
    private Path composeFile(String image) throws IOException {
        Files.writeString(Files.createDirectories(dir.resolve("app")).resolve("Dockerfile"), "FROM busybox:latest\n");
        return Files.writeString(dir.resolve("compose.yaml"), """
                services:
                  app:
                    image: "%s"
                    build: ./app
                """.formatted(image));
    }

    /** A DOCKER_CONFIG directory, holding the test user's credentials for {@code host} when given. */
    private Map<String, String> dockerConfig(Optional<String> host) throws IOException {
        Path config = Files.createDirectories(dir.resolve(host.isPresent() ? "docker-auth" : "docker-anonymous"));
        String auth = Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        Files.writeString(config.resolve("config.json"), host
                .map(h -> "{\"auths\": {\"" + h + "\": {\"auth\": \"" + auth + "\"}}}")
                .orElse("{}"));
        return Map.of("DOCKER_CONFIG", config.toString());
    }

    private JcomposeProcess jcompose(Map<String, String> env, String... args) {
        return JcomposeProcess.run(dir, env, args);
    }

    private void removeLocally(String image) {
        engine.await(engine.client().images().remove(image, false, false));
        assertThatThrownBy(() -> engine.await(engine.client().images().inspect(image)))
                .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.isNotFound()).isTrue());
    }

    /** Creates, starts and waits for a container of {@code image}; its exit code. */
    private int runs(String image) {
        String id = cleanup.container(engine.await(engine.client().containers().create(engine.uniqueName("run"),
                ContainerCreateBody.image(image).cmd(List.of("true")).labels(engine.labels(Map.of())))));
        engine.await(engine.client().containers().start(id));
        WaitResult result = engine.await(engine.client().containers().waitFor(id, "not-running"));
        return result.statusCode();
    }
}
