package io.jcompose.tests.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jcompose.tests.support.RequiresEngine;
import io.jcompose.tests.support.TestEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code jcompose version} run as users run it: a separate JVM, so that DOCKER_HOST really is the
 * process environment and the exit code is the process's.
 */
@RequiresEngine
class VersionCommandIT {

    private record Run(int exitCode, String stdout, String stderr) {
    }

    private static Run jcompose(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.add("-cp");
        command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        command.add("io.jcompose.cli.Main");
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("DOCKER_HOST");
        builder.environment().remove("DOCKER_CONTEXT");
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), stdout, stderr);
    }

    @Test
    void printsClientThenEngineVersions(TestEngine engine) throws Exception {
        Run run = jcompose(Map.of("DOCKER_HOST", engine.client().endpoint().host()), "version");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        List<String> lines = run.stdout().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches("jcompose version v\\d+\\.\\d+\\.\\d+.*");
        assertThat(lines.get(1)).startsWith("Engine version "
                + engine.await(engine.client().system().version()).version()
                + " (API " + engine.client().engineApiVersion() + ", used " + engine.client().apiVersion() + ") at "
                + engine.client().endpoint().host());
    }

    @Test
    void jsonFormat(TestEngine engine) throws Exception {
        Run run = jcompose(Map.of("DOCKER_HOST", engine.client().endpoint().host()), "version", "--format", "json");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.stdout());
        assertThat(json.path("version").asText()).startsWith("v");
        assertThat(json.path("engine").path("negotiatedApiVersion").asText()).isEqualTo(engine.client().apiVersion().toString());
    }

    @Test
    void aBadDockerHostGivesTheClearErrorAndExitCode1() throws Exception {
        Run run = jcompose(Map.of("DOCKER_HOST", "unix:///nonexistent/jcompose-test.sock"), "version");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stdout()).startsWith("jcompose version v");
        assertThat(run.stderr()).isEqualTo("""
                Cannot connect to a Docker engine. Tried:
                  - DOCKER_HOST unix:///nonexistent/jcompose-test.sock: no such socket
                Start one with scripts/engine-up, or point DOCKER_HOST at a running engine.
                """);
    }

    @Test
    void shortPrintsOnlyTheClientVersionWithoutAskingTheEngine() throws Exception {
        Run run = jcompose(Map.of("DOCKER_HOST", "unix:///nonexistent/jcompose-test.sock"), "version", "--short");

        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout()).matches("\\d+\\.\\d+\\.\\d+\\S*\n");
    }
}
