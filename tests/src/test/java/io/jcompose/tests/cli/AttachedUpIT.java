package io.jcompose.tests.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.jcompose.engine.api.ContainerInspect;
import io.jcompose.engine.api.ContainerSummary;
import io.jcompose.spec.labels.ComposeLabels;
import io.jcompose.tests.support.Jcompose;
import io.jcompose.tests.support.Jcompose.Result;
import io.jcompose.tests.support.ProjectCleanup;
import io.jcompose.tests.support.RequiresEngine;
import io.jcompose.tests.support.TestEngine;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code up} without {@code -d}: the output of the attached containers behind their prefixes (stdout to
 * stdout, stderr to stderr), the exit lines, the exit cascade options, restarts, and Ctrl-C. A run that never
 * ends fails its test instead of holding the build.
 */
@RequiresEngine
@Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class AttachedUpIT {

    /** Runs until stopped; as PID 1 without a trap, sh ignores SIGTERM, so a stop kills it after the timeout. */
    private static final String FOREVER = "[\"sh\", \"-c\", \"echo up; while true; do sleep 0.2; done\"]";

    @TempDir
    Path dir;

    private TestEngine engine;
    private String project;

    @BeforeEach
    void setUp(TestEngine shared) {
        engine = shared;
        engine.ensureBusybox();
        project = engine.uniqueName("attachup");
    }

    @AfterEach
    void removeProject() {
        ProjectCleanup.remove(engine, project);
    }

    private void write(String services) throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), "services:\n" + services);
    }

    private String[] args(String... args) {
        List<String> all = new ArrayList<>(List.of("--ansi", "never"));
        all.addAll(List.of(args));
        return Jcompose.projectArguments(dir.resolve("compose.yaml"), project, all.toArray(String[]::new));
    }

    private Result jcompose(String... args) {
        return Jcompose.run(args(args));
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\n")).filter(l -> !l.isEmpty()).toList();
    }

    private Map<String, ContainerInspect> containers() {
        return engine.await(engine.client().containers().listByLabels(true,
                        List.of(ComposeLabels.PROJECT + "=" + project))).stream()
                .map(ContainerSummary::id)
                .map(id -> engine.await(engine.client().containers().inspect(id)))
                .collect(Collectors.toMap(ContainerInspect::name, c -> c, (a, b) -> a, TreeMap::new));
    }

    private ContainerInspect.State state(String service) {
        return containers().get(project + "-" + service + "-1").state();
    }

    @Test
    void printsEachContainersLinesToItsStreamAndEndsWhenAllHaveExited() throws IOException {
        write("""
                  a:
                    image: busybox:latest
                    command: ["sh", "-c", "seq 1 300; echo oops >&2; exit 2"]
                  bb:
                    image: busybox:latest
                    command: ["sh", "-c", "echo hello; echo warn >&2"]
                  quiet:
                    image: busybox:latest
                    attach: false
                    command: ["sh", "-c", "echo hidden"]
                """);

        Result up = jcompose("up");

        assertThat(up.exitCode()).as(up.toString()).isZero();
        List<String> out = lines(up.out());
        // every line of a container that prints at once, in order: it was attached before it started
        assertThat(out.stream().filter(l -> l.startsWith("a-1   | ")).map(l -> l.substring(8)))
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 300).mapToObj(Integer::toString).toList());
        assertThat(out).contains("bb-1  | hello", "a-1 exited with code 2", "bb-1 exited with code 0");
        assertThat(out.indexOf("a-1 exited with code 2")).isGreaterThan(out.indexOf("a-1   | 300"));
        assertThat(out).noneMatch(l -> l.contains("hidden") || l.contains("oops") || l.contains("warn"));
        List<String> err = lines(up.err());
        assertThat(err).contains("Attaching to a-1, bb-1", "a-1   | oops", "bb-1  | warn");
        assertThat(state("quiet").exitCode()).isZero();
    }

    @Test
    void exitCodeFromReturnsThatServicesCodeAndStopsTheOthers() throws IOException {
        write("""
                  job:
                    image: busybox:latest
                    command: ["sh", "-c", "echo working; sleep 1; exit 3"]
                  server:
                    image: busybox:latest
                    command: %s
                """.formatted(FOREVER));

        Result up = jcompose("up", "--exit-code-from", "job", "-t", "1");

        assertThat(up.exitCode()).as(up.toString()).isEqualTo(3);
        assertThat(lines(up.out())).contains("job-1     | working", "job-1 exited with code 3");
        assertThat(lines(up.err())).contains("Aborting on container exit...");
        assertThat(state("server").running()).isFalse();
    }

    @Test
    void exitCodeFromAServiceComposeStoppedIsItsKilledCode() throws IOException {
        write("""
                  job:
                    image: busybox:latest
                    command: ["sh", "-c", "sleep 1; exit 3"]
                  server:
                    image: busybox:latest
                    command: %s
                """.formatted(FOREVER));

        Result up = jcompose("up", "--exit-code-from", "server", "-t", "1");

        assertThat(up.exitCode()).as(up.toString()).isEqualTo(137);
        assertThat(state("server").running()).isFalse();
        assertThat(state("server").exitCode()).isEqualTo(137);
    }

    @Test
    void abortOnContainerExitReturnsTheFirstExitCode() throws IOException {
        write("""
                  first:
                    image: busybox:latest
                    command: ["sh", "-c", "exit 4"]
                  server:
                    image: busybox:latest
                    command: %s
                """.formatted(FOREVER));

        Result up = jcompose("up", "--abort-on-container-exit", "-t", "1");

        assertThat(up.exitCode()).as(up.toString()).isEqualTo(4);
        assertThat(state("server").running()).isFalse();
    }

    @Test
    void abortOnContainerFailureWaitsForANonZeroExit() throws IOException {
        write("""
                  fine:
                    image: busybox:latest
                    command: ["sh", "-c", "exit 0"]
                  failing:
                    image: busybox:latest
                    command: ["sh", "-c", "sleep 1; exit 5"]
                    depends_on:
                      fine:
                        condition: service_completed_successfully
                  server:
                    image: busybox:latest
                    command: %s
                """.formatted(FOREVER));

        Result up = jcompose("up", "--abort-on-container-failure", "-t", "1");

        assertThat(up.exitCode()).as(up.toString()).isEqualTo(5);
        assertThat(lines(up.out())).contains("fine-1 exited with code 0", "failing-1 exited with code 5");
        assertThat(state("server").running()).isFalse();
    }

    @Test
    void aRestartedContainerIsFollowedAgainWithoutLosingItsFirstLines() throws IOException {
        write("""
                  flaky:
                    image: busybox:latest
                    restart: on-failure:2
                    command: ["sh", "-c", "echo run; exit 2"]
                  term:
                    image: busybox:latest
                    tty: true
                    command: ["sh", "-c", "echo on-a-tty"]
                """);

        Result up = jcompose("up", "--no-log-prefix");

        assertThat(up.exitCode()).as(up.toString()).isZero();
        List<String> out = lines(up.out());
        assertThat(out).containsSubsequence("run", "flaky-1 exited with code 2 (restarting)",
                "run", "flaky-1 exited with code 2 (restarting)", "run", "flaky-1 exited with code 2");
        assertThat(out.stream().filter(l -> l.equals("run"))).hasSize(3);
        // a TTY's lines end with \r\n, as the engine sends them
        assertThat(out).contains("on-a-tty\r", "term-1 exited with code 0");
    }

    @Test
    void attachSelectsTheServicesShown() throws IOException {
        write("""
                  db:
                    image: busybox:latest
                    command: ["sh", "-c", "echo from-db"]
                  web:
                    image: busybox:latest
                    command: ["sh", "-c", "echo from-web"]
                    depends_on: [db]
                """);

        Result web = jcompose("up", "--timestamps", "web");
        assertThat(web.exitCode()).as(web.toString()).isZero();
        assertThat(lines(web.err())).contains("Attaching to web-1");
        assertThat(lines(web.out())).anyMatch(l -> l.matches(
                "web-1  \\| \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{9}Z from-web"));
        assertThat(web.out()).doesNotContain("from-db");

        Result both = jcompose("up", "--attach-dependencies", "--no-attach", "web", "web");
        assertThat(both.exitCode()).as(both.toString()).isZero();
        assertThat(both.out()).contains("from-db").doesNotContain("from-web");
    }

    @Test
    void ctrlCStopsTheProjectGracefullyAndExitsWith130() throws Exception {
        write("""
                  server:
                    image: busybox:latest
                    command: ["sh", "-c", "trap 'echo bye; exit 0' TERM; echo up; while true; do sleep 0.2; done"]
                  other:
                    image: busybox:latest
                    stop_grace_period: 1s
                    command: %s
                """.formatted(FOREVER));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process up = ChildJcompose.process(args("--progress", "plain", "up")).redirectOutput(out.toFile())
                .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        try {
            await().atMost(Duration.ofSeconds(90)).until(() -> Files.readString(out).contains("server-1  | up")
                    && Files.readString(out).contains("other-1   | up"));

            Process interrupt = new ProcessBuilder("kill", "-INT", Long.toString(up.pid())).start();
            assertThat(interrupt.waitFor(60, TimeUnit.SECONDS)).isTrue();

            assertThat(up.waitFor(60, TimeUnit.SECONDS)).as(Files.readString(err)).isTrue();
            assertThat(up.exitValue()).as(Files.readString(err)).isEqualTo(130);
            assertThat(Files.readString(err)).contains("Gracefully Stopping... press Ctrl+C again to force");
            assertThat(containers().values()).hasSize(2).allSatisfy(c -> assertThat(c.state().running()).isFalse());
            assertThat(state("server").exitCode()).isZero();
        } finally {
            up.destroyForcibly();
        }
    }

    @Test
    void aContainerAlreadyRunningAndKeptIsAttachedToo() throws Exception {
        write("""
                  ticker:
                    image: busybox:latest
                    command: ["sh", "-c", "while [ ! -f /tmp/stop ]; do echo tick; sleep 0.2; done; echo bye"]
                """);
        Result detached = jcompose("up", "-d");
        assertThat(detached.exitCode()).as(detached.toString()).isZero();
        String before = containers().get(project + "-ticker-1").id();
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process up = ChildJcompose.process(args("--progress", "plain", "up")).redirectOutput(out.toFile())
                .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        try {
            await().atMost(Duration.ofSeconds(90)).until(() -> Files.readString(out).contains("ticker-1  | tick"));

            CliRun stop = CliRun.of("-p", project, "exec", "-T", "ticker", "touch", "/tmp/stop");
            assertThat(stop.exitCode()).as(stop.err()).isZero();

            assertThat(up.waitFor(60, TimeUnit.SECONDS)).as(Files.readString(err)).isTrue();
            assertThat(up.exitValue()).as(Files.readString(err)).isZero();
            assertThat(lines(Files.readString(out))).endsWith("ticker-1  | bye", "ticker-1 exited with code 0");
            assertThat(Files.readString(err)).contains("Attaching to ticker-1");
            assertThat(containers().get(project + "-ticker-1").id()).isEqualTo(before);
        } finally {
            up.destroyForcibly();
        }
    }
}
