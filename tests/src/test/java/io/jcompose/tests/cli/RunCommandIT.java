package io.jcompose.tests.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jcompose.engine.api.ContainerSummary;
import io.jcompose.tests.support.ProjectCleanup;
import io.jcompose.tests.support.RequiresEngine;
import io.jcompose.tests.support.TestEngine;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run}: one-off containers, in a child JVM for real exit codes and stdin pipes. */
@RequiresEngine
class RunCommandIT {

    private static final String COMPOSE = """
            services:
              db:
                image: busybox:latest
                command: ["sh", "-c", "sleep 2; touch /data/ready; sleep 300"]
                init: true
                volumes: ["shared:/data"]
                healthcheck:
                  test: ["CMD", "test", "-f", "/data/ready"]
                  interval: 1s
                  retries: 30
              app:
                image: busybox:latest
                command: ["echo", "from the service"]
                restart: always
                ports: ["127.0.0.1::8080"]
                environment:
                  KEPT: service
                volumes: ["shared:/data"]
                depends_on:
                  db:
                    condition: service_healthy
            volumes:
              shared: {}
            """;

    @TempDir
    Path dir;

    private TestEngine engine;
    private String project;

    @BeforeEach
    void setUp(TestEngine shared) throws IOException {
        engine = shared;
        engine.ensureBusybox();
        project = engine.uniqueName("run");
        Files.writeString(dir.resolve("compose.yaml"), COMPOSE);
    }

    @AfterEach
    void removeProject() {
        ProjectCleanup.remove(engine, project);
    }

    private record Outcome(int exitCode, String out, String err) {
    }

    private Outcome jcompose(String stdin, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("-f", dir.resolve("compose.yaml").toString(), "-p", project));
        all.addAll(List.of(args));
        ProcessBuilder builder = ChildJcompose.process(all.toArray(String[]::new));
        if (stdin == null) {
            builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        }
        Process process = builder.start();
        if (stdin != null) {
            try (OutputStream in = process.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Outcome(process.exitValue(),
                new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private List<ContainerSummary> containers(String... labels) {
        List<String> filters = new ArrayList<>(List.of("com.docker.compose.project=" + project));
        filters.addAll(List.of(labels));
        return engine.await(engine.client().containers().list(true, Map.of("label", filters)));
    }

    @Test
    void rmReturnsTheContainersExitCodeAndLeavesNoOneOff() throws Exception {
        Outcome run = jcompose(null, "run", "--rm", "--no-deps", "app", "sh", "-c", "echo out; echo err >&2; exit 5");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(5);
        assertThat(run.out()).isEqualTo("out\n");
        assertThat(run.err()).endsWith("err\n");
        assertThat(containers()).isEmpty();
    }

    @Test
    void aKeptOneOffHasItsLabelsNameAndOverridesButNoPortsNorRestart() throws Exception {
        Files.createDirectories(dir.resolve("host"));
        Files.writeString(dir.resolve("host/note"), "bound\n");
        Outcome run = jcompose(null, "run", "--no-deps", "-e", "GREETING=hi there", "-w", "/tmp", "-u", "nobody",
                "-v", "./host:/extra:ro", "--entrypoint", "sh -c", "-l", "extra=yes", "app",
                "echo \"$GREETING $KEPT\"; pwd; id -un; cat /extra/note");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("hi there service\n/tmp\nnobody\nbound\n");
        List<ContainerSummary> oneOffs = containers("com.docker.compose.oneoff=True");
        assertThat(oneOffs).hasSize(1);
        JsonNode inspect = engine.await(engine.client().containers().inspectJson(oneOffs.get(0).id()));
        JsonNode labels = inspect.path("Config").path("Labels");
        String slug = labels.path("com.docker.compose.slug").asText();
        assertThat(slug).matches("[0-9a-f]{64}");
        assertThat(inspect.path("Name").asText()).isEqualTo("/" + project + "-app-run-" + slug.substring(0, 12));
        assertThat(labels.has("com.docker.compose.container-number")).isFalse();
        assertThat(labels.path("com.docker.compose.service").asText()).isEqualTo("app");
        assertThat(labels.path("extra").asText()).isEqualTo("yes");
        assertThat(inspect.path("HostConfig").path("RestartPolicy").path("Name").asText()).isIn("", "no");
        assertThat(inspect.path("HostConfig").path("PortBindings").size()).isZero();
        assertThat(inspect.path("HostConfig").path("AutoRemove").asBoolean()).isFalse();
        List<String> aliases = new ArrayList<>();
        inspect.path("NetworkSettings").path("Networks").path(project + "_default").path("Aliases")
                .forEach(alias -> aliases.add(alias.asText()));
        assertThat(aliases).doesNotContain("app");
        assertThat(inspect.path("NetworkSettings").path("Networks").has(project + "_default")).isTrue();
        assertThat(containers("com.docker.compose.service=db")).isEmpty();
    }

    @Test
    void aServiceHealthyDependencyIsHealthyBeforeTheOneOffRuns() throws Exception {
        // the one-off sees the file db's health check waits for: it ran only once db was healthy
        Outcome run = jcompose(null, "run", "--rm", "app", "test", "-f", "/data/ready");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<ContainerSummary> db = containers("com.docker.compose.service=db");
        assertThat(db).hasSize(1);
        assertThat(engine.await(engine.client().containers().inspect(db.get(0).id())).state().healthStatus())
                .contains("healthy");
        assertThat(containers("com.docker.compose.oneoff=True")).isEmpty();
    }

    @Test
    void pipedStdinReachesTheCommand() throws Exception {
        Outcome run = jcompose("hello\nfrom a pipe\n", "run", "--rm", "--no-deps", "app", "cat");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("hello\nfrom a pipe\n");
    }

    @Test
    void detachedWithServicePortsPrintsTheNameAndPublishes() throws Exception {
        Outcome run = jcompose(null, "run", "-d", "--no-deps", "--service-ports", "--name", project + "-job",
                "app", "sleep", "60");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo(project + "-job");
        JsonNode inspect = engine.await(engine.client().containers().inspectJson(project + "-job"));
        assertThat(inspect.path("State").path("Running").asBoolean()).isTrue();
        JsonNode binding = inspect.path("NetworkSettings").path("Ports").path("8080/tcp").path(0);
        assertThat(binding.path("HostIp").asText()).isEqualTo("127.0.0.1");
        assertThat(binding.path("HostPort").asText()).matches("\\d+");
    }
}
