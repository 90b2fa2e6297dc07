package io.jcompose.tests.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.jcompose.tests.support.RequiresEngine;
import io.jcompose.tests.support.TestEngine;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code exec} against a service container made here ({@code web-1} running {@code sleep 3600}). */
@RequiresEngine
class ExecCommandIT {

    private TestEngine engine;
    private String project;
    private ServiceContainers containers;

    @BeforeEach
    void createProject(TestEngine shared, @TempDir Path dir) throws IOException {
        engine = shared;
        project = engine.uniqueName("exec");
        containers = new ServiceContainers(engine, project, dir, List.of("web", "idle"));
        containers.start("web", 1, List.of("sleep", "3600"), body -> body);
    }

    @AfterEach
    void removeProject() {
        containers.removeAll();
    }

    private CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of("-p", project));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    @Test
    void exitCodeIsTheCommandsAndStreamsStayApart() throws Exception {
        Process exec = ChildJcompose.process("-p", project, "exec", "web", "sh", "-c", "echo out; echo err >&2; exit 3")
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();

        assertThat(exec.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(exec.exitValue()).isEqualTo(3);
        assertThat(new String(exec.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("out\n");
        assertThat(new String(exec.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("err\n");
    }

    @Test
    void stdinIsForwardedAndItsEndEndsTheCommand() throws Exception {
        Process exec = ChildJcompose.process("-p", project, "exec", "web", "cat").start();
        try (OutputStream stdin = exec.getOutputStream()) {
            stdin.write("hello\nfrom a pipe\n".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(exec.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(new String(exec.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).isEmpty();
        assertThat(exec.exitValue()).isZero();
        assertThat(new String(exec.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo("hello\nfrom a pipe\n");
    }

    @Test
    void environmentWorkdirAndUser() {
        CliRun exec = run("exec", "-T", "-e", "GREETING=hi there", "-w", "/tmp", "-u", "nobody", "web",
                "sh", "-c", "echo \"$GREETING\"; pwd; id -un");

        assertThat(exec.exitCode()).as(exec.err()).isZero();
        assertThat(exec.out()).isEqualTo("hi there\n/tmp\nnobody\n");
    }

    @Test
    void detachedCommandRunsInTheBackground() {
        CliRun detached = run("exec", "-d", "web", "sh", "-c", "echo done > /tmp/marker");
        assertThat(detached.exitCode()).as(detached.err()).isZero();
        assertThat(detached.out()).isEmpty();

        await().atMost(Duration.ofSeconds(60))
                .until(() -> run("exec", "-T", "web", "cat", "/tmp/marker").out().equals("done\n"));
    }

    @Test
    void composesMessagesWhenNoContainerRuns() {
        CliRun idle = run("exec", "-T", "idle", "true");
        assertThat(idle.exitCode()).isEqualTo(1);
        assertThat(idle.err()).isEqualTo("service \"idle\" is not running\n");

        CliRun second = run("exec", "-T", "--index", "2", "web", "true");
        assertThat(second.exitCode()).isEqualTo(1);
        assertThat(second.err()).isEqualTo("service \"web\" is not running container #2\n");
    }
}
