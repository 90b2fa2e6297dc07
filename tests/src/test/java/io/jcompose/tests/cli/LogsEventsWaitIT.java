package io.jcompose.tests.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jcompose.cli.Main;
import io.jcompose.engine.api.ContainerCreateBody;
import io.jcompose.engine.api.ContainerSummary;
import io.jcompose.engine.container.ContainerLabels;
import io.jcompose.engine.container.ContainerNames;
import io.jcompose.spec.load.LoadOptions;
import io.jcompose.spec.load.ProjectLoader;
import io.jcompose.spec.model.Project;
import io.jcompose.tests.support.RequiresEngine;
import io.jcompose.tests.support.TestEngine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code logs}, {@code events} and {@code wait} against containers made here with compose's labels and
 * names: three services writing interleaved lines to stdout and stderr, a long-running one to follow.
 */
@RequiresEngine
class LogsEventsWaitIT {

    private static final String CHATTY = "for i in 1 2 3; do echo out$i; echo err$i >&2; done";

    private TestEngine engine;
    private String project;
    private Path composeFile;
    private Project model;

    @BeforeEach
    void createProject(TestEngine shared, @TempDir Path dir) throws IOException {
        engine = shared;
        project = engine.uniqueName("logs");
        composeFile = dir.resolve("compose.yaml");
        Files.writeString(composeFile, """
                name: %s
                services:
                  a:
                    image: busybox:latest
                  bb:
                    image: busybox:latest
                  ccc:
                    image: busybox:latest
                  w:
                    image: busybox:latest
                """.formatted(project));
        model = ProjectLoader.load(LoadOptions.builder(dir, Map.of()).files(List.of(composeFile.toString()))
                .build()).project();
        engine.ensureBusybox();
    }

    /** Removes every container of the test project, whatever the test did or failed to do. */
    @AfterEach
    void removeProject() {
        for (ContainerSummary c : engine.await(engine.client().containers().listByLabels(true,
                List.of("com.docker.compose.project=" + project)))) {
            engine.await(engine.client().containers().remove(c.id(), true, true));
        }
    }

    private String create(String service, List<String> command) {
        return create(service, command, false);
    }

    private String create(String service, List<String> command, boolean tty) {
        String imageId = engine.await(engine.client().images().inspect(TestEngine.BUSYBOX)).id();
        ContainerLabels labels = new ContainerLabels(project, composeFile.getParent(), List.of(composeFile), List.of(),
                "test");
        Map<String, String> all = new HashMap<>(labels.service(model.service(service).orElseThrow(), 1, imageId,
                Optional.empty()));
        all.putAll(engine.labels(Map.of()));
        ContainerCreateBody body = ContainerCreateBody.image(TestEngine.BUSYBOX).cmd(command).labels(all)
                .stopSignal("SIGKILL").tty(tty);
        String name = ContainerNames.standard().service(project, model.service(service).orElseThrow(), 1);
        return engine.await(engine.client().containers().create(name, body));
    }

    private void runToEnd(String id) {
        engine.await(engine.client().containers().start(id));
        engine.await(engine.client().containers().waitFor(id, "not-running"));
    }

    private void chattyServices() {
        for (String service : List.of("a", "bb", "ccc")) {
            runToEnd(create(service, List.of("sh", "-c", CHATTY)));
        }
    }

    private CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of("-p", project));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    private static List<String> linesOf(String out, String prefix) {
        return Arrays.stream(out.split("\n")).filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length()))
                .toList();
    }

    @Test
    void logsPrefixEveryLineWithAColouredPaddedNameAndKeepEachContainersOrder() {
        chattyServices();

        CliRun logs = run("--ansi", "always", "logs");

        assertThat(logs.exitCode()).as(logs.err()).isZero();
        assertThat(logs.out().split("\n")).hasSize(18);
        String[] colours = {"36", "33", "32"};
        String[] names = {"a-1    | ", "bb-1   | ", "ccc-1  | "};
        for (int i = 0; i < 3; i++) {
            List<String> lines = linesOf(logs.out(), "\033[" + colours[i] + "m" + names[i] + "\033[0m");
            assertThat(lines.stream().filter(l -> l.startsWith("out"))).containsExactly("out1", "out2", "out3");
            assertThat(lines.stream().filter(l -> l.startsWith("err"))).containsExactly("err1", "err2", "err3");
        }
    }

    @Test
    void tailSinceTimestampsAndNoPrefixNarrowTheOutput() {
        chattyServices();
        // stdout and stderr are copied to the log independently: the tail is asserted on one stream
        runToEnd(create("w", List.of("sh", "-c", "echo one; echo two; echo three")));

        CliRun last = run("logs", "--tail", "2", "--no-log-prefix", "w");
        assertThat(last.exitCode()).as(last.err()).isZero();
        assertThat(last.out()).isEqualTo("two\nthree\n");

        CliRun later = run("logs", "--since", Instant.now().plusSeconds(5).toString());
        assertThat(later.exitCode()).as(later.err()).isZero();
        assertThat(later.out()).isEmpty();

        CliRun recent = run("logs", "--since", "10m", "--no-color", "bb");
        assertThat(linesOf(recent.out(), "bb-1  | ")).hasSize(6);

        CliRun first = run("logs", "--index", "1", "--no-log-prefix", "a");
        assertThat(first.out().split("\n")).hasSize(6);
        CliRun second = run("logs", "--index", "2", "a");
        assertThat(second.exitCode()).isEqualTo(1);
        assertThat(second.err()).contains("service \"a\" is not running container #2");

        CliRun stamped = run("logs", "-t", "--no-color", "ccc");
        assertThat(stamped.out().split("\n")).hasSize(6)
                .allMatch(l -> Pattern.matches("ccc-1  \\| \\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z (out|err)\\d", l));
    }

    @Test
    void ttyContainersLogRawOutputBothStreamsIncluded() {
        runToEnd(create("w", List.of("sh", "-c", CHATTY), true));

        CliRun logs = run("logs", "--no-color", "w");

        assertThat(logs.exitCode()).as(logs.err()).isZero();
        // a terminal ends lines with CRLF; as compose does, only the LF splits lines
        assertThat(logs.out()).isEqualTo(
                "w-1  | out1\r\nw-1  | err1\r\nw-1  | out2\r\nw-1  | err2\r\nw-1  | out3\r\nw-1  | err3\r\n");
    }

    /**
     * A {@code docker restart} is a die, then a start the engine announces only after it: {@code logs -f}
     * gives a start a short grace after a die. So that a loaded machine missing that grace cannot end the
     * follow before the restart, a second container keeps it going; the restarted run must still be picked
     * up from where the first ended.
     */
    @Test
    void followPicksUpARestartedContainerWithoutRepeatingLines() throws Exception {
        String w = create("w", List.of("sh", "-c", "echo run; exec sleep 60"));
        String keep = create("ccc", List.of("sleep", "60"));
        engine.await(engine.client().containers().start(w));
        engine.await(engine.client().containers().start(keep));
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        AtomicInteger exitCode = new AtomicInteger(-1);
        Thread follow;
        synchronized (CliRun.class) {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
            try {
                follow = new Thread(() -> exitCode.set(Main.run("-p", project, "logs", "-f", "--no-color")));
                follow.start();
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                        assertThat(text(captured)).as(text(errors)).contains("w-1    | run\n"));

                engine.await(engine.client().containers().restart(w, Optional.of(Duration.ZERO)));
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                        count(text(captured), "w-1    | run\n")).as(text(captured) + text(errors)).isEqualTo(2));

                engine.await(engine.client().containers().stop(w, Optional.of(Duration.ZERO)));
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(text(captured)
                        .lastIndexOf("w-1 exited with code 137\n")).isGreaterThan(text(captured)
                        .lastIndexOf("w-1    | run\n")));
                engine.await(engine.client().containers().stop(keep, Optional.of(Duration.ZERO)));
                follow.join(60_000);
            } finally {
                System.setOut(oldOut);
                System.setErr(oldErr);
            }
        }
        assertThat(follow.isAlive()).as("logs -f still running after its containers stopped").isFalse();
        assertThat(exitCode.get()).isZero();
        assertThat(count(text(captured), "w-1    | run\n")).isEqualTo(2);
        assertThat(text(captured)).endsWith("ccc-1 exited with code 137\n");
    }

    @Test
    void eventsJsonShowsTheProjectsStartAndDie() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        runToEnd(create("a", List.of("sh", "-c", "exit 0")));
        Instant after = Instant.now().plusSeconds(1);

        CliRun events = run("events", "--json", "--since", before.toString(), "--until", after.toString());

        assertThat(events.exitCode()).as(events.err()).isZero();
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> objects = new ArrayList<>();
        for (String line : events.out().split("\n")) {
            objects.add(json.readTree(line));
        }
        assertThat(objects).extracting(o -> o.path("action").asText()).contains("create", "start", "die");
        assertThat(objects).allSatisfy(o -> {
            assertThat(o.path("type").asText()).isEqualTo("container");
            assertThat(o.path("service").asText()).isEqualTo("a");
            assertThat(o.path("attributes").path("name").asText()).isEqualTo(project + "-a-1");
            assertThat(o.path("attributes").has("com.docker.compose.project")).isFalse();
        });
    }

    @Test
    void waitReturnsTheContainersExitCodeAndDownProjectRemovesIt() {
        String a = create("a", List.of("sh", "-c", "sleep 8; exit 7"));
        engine.await(engine.client().containers().start(a));

        CliRun wait = run("wait", "--down-project", "a");

        assertThat(wait.exitCode()).as(wait.err()).isEqualTo(7);
        assertThat(wait.out()).isEqualTo("container \"" + a + "\" exited with status code 7\n");
        assertThat(engine.await(engine.client().containers().listByLabels(true,
                List.of("com.docker.compose.project=" + project)))).isEmpty();
    }

    @Test
    void waitWithoutRunningContainersIsAnError() {
        CliRun wait = run("wait", "a");
        assertThat(wait.exitCode()).isEqualTo(1);
        assertThat(wait.err()).contains("no containers for project \"" + project + "\"");
    }

    private static String text(ByteArrayOutputStream captured) {
        synchronized (captured) {
            return captured.toString(StandardCharsets.UTF_8);
        }
    }

    private static int count(String text, String part) {
        int found = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            found++;
        }
        return found;
    }
}
