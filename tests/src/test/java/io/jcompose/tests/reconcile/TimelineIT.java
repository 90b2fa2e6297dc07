package io.jcompose.tests.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jcompose.tests.support.Jcompose;
import io.jcompose.tests.support.Jcompose.Result;
import io.jcompose.tests.support.ProjectCleanup;
import io.jcompose.tests.support.RequiresEngine;
import io.jcompose.tests.support.TestEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code up --timeline} and {@code down --timeline} against the real engine: what the files say happened. */
@RequiresEngine
class TimelineIT {

    private static final String STACK = """
            services:
              db:
                image: busybox:latest
                command: ["sleep", "300"]
                stop_signal: SIGKILL
                healthcheck:
                  test: ["CMD", "true"]
                  interval: 1s
              web:
                image: busybox:latest
                command: ["sleep", "300"]
                stop_signal: SIGKILL
                depends_on:
                  db:
                    condition: service_healthy
              worker:
                image: busybox:latest
                command: ["sleep", "300"]
                stop_signal: SIGKILL
            """;

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private TestEngine engine;
    private String project;

    @BeforeEach
    void setUp(TestEngine shared) throws IOException {
        engine = shared;
        engine.ensureBusybox();
        project = engine.uniqueName("timeline");
        Files.writeString(dir.resolve("compose.yaml"), STACK);
    }

    @AfterEach
    void removeProject() {
        ProjectCleanup.remove(engine, project);
    }

    private Result jcompose(String... args) {
        return Jcompose.inProject(dir.resolve("compose.yaml"), project, args);
    }

    private List<JsonNode> entries(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    private static Optional<JsonNode> entry(List<JsonNode> entries, String resource, String phase, String source) {
        return entries.stream().filter(e -> e.path("resource").asText().equals(resource)
                && e.path("phase").asText().equals(phase) && e.path("source").asText().equals(source)).findFirst();
    }

    @Test
    void upRecordsEachContainerCreatedBeforeStartedAndTheHealthyDependencyBeforeItsDependantStarts()
            throws IOException {
        Path file = dir.resolve("up.jsonl");
        Result up = jcompose("up", "-d", "--wait", "--timeline", file.toString());
        assertThat(up.exitCode()).as(up.toString()).isZero();

        List<JsonNode> entries = entries(file);
        assertThat(entry(entries, "jcompose", "jvm started", "process")).isPresent();
        for (String service : List.of("db", "web", "worker")) {
            String container = "Container " + project + "-" + service + "-1";
            JsonNode created = entry(entries, container, "created", "step").orElseThrow(() ->
                    new AssertionError("no created step for " + container + " in " + entries));
            JsonNode started = entry(entries, container, "started", "step").orElseThrow(() ->
                    new AssertionError("no started step for " + container + " in " + entries));
            assertThat(created.path("end").asDouble()).isLessThanOrEqualTo(started.path("begin").asDouble());
            assertThat(created.path("begin").asDouble()).isLessThan(started.path("end").asDouble());
            assertThat(entry(entries, container, "start", "event")).as("the engine's start event").isPresent();
        }
        JsonNode healthy = entry(entries, "Container " + project + "-db-1", "healthy", "wait").orElseThrow();
        JsonNode webStarted = entry(entries, "Container " + project + "-web-1", "started", "step").orElseThrow();
        assertThat(healthy.path("end").asDouble()).isLessThanOrEqualTo(webStarted.path("begin").asDouble());

        Path down = dir.resolve("down.txt");
        Result result = jcompose("down", "--timeline", down.toString());
        assertThat(result.exitCode()).as(result.toString()).isZero();
        String text = Files.readString(down);
        assertThat(text).startsWith("jcompose down (project " + project + "): seconds from the process start");
        assertThat(text.lines().filter(l -> l.startsWith("Container ") && l.contains(" removed ")).count())
                .isEqualTo(3);
        assertThat(text).containsPattern("Network " + project + "_default +removed +step");
    }
}
