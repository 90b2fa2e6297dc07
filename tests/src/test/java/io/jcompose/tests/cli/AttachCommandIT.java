package io.jcompose.tests.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.tests.support.RequiresEngine;
import io.jcompose.tests.support.TestEngine;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code attach} to a service container that ticks until /tmp/stop exists, then exits with 4. */
@RequiresEngine
class AttachCommandIT {

    private static final List<String> TICKER = List.of("sh", "-c",
            "while [ ! -f /tmp/stop ]; do echo tick; sleep 0.3; done; echo bye; exit 4");

    private TestEngine engine;
    private String project;
    private ServiceContainers containers;
    private String ticker;

    @BeforeEach
    void createProject(TestEngine shared, @TempDir Path dir) throws IOException {
        engine = shared;
        project = engine.uniqueName("attach");
        containers = new ServiceContainers(engine, project, dir, List.of("ticker"));
        ticker = containers.start("ticker", 1, TICKER, body -> body.openStdin(true, false));
    }

    @AfterEach
    void removeProject() {
        containers.removeAll();
    }

    @Test
    void detachKeysLeaveTheContainerRunning() throws Exception {
        Process attach = ChildJcompose.process("-p", project, "attach", "ticker").start();
        BufferedReader output = new BufferedReader(new InputStreamReader(attach.getInputStream(), StandardCharsets.UTF_8));
        assertThat(output.readLine()).isEqualTo("tick");

        OutputStream stdin = attach.getOutputStream();
        stdin.write(new byte[] {0x10, 0x11});
        stdin.flush();

        assertThat(attach.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(attach.exitValue()).isZero();
        assertThat(engine.await(engine.client().containers().inspect(ticker)).state().running()).isTrue();
    }

    @Test
    void endsWithTheContainerAndItsExitCode() throws Exception {
        Process attach = ChildJcompose.process("-p", project, "attach", "--no-stdin", "ticker")
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        BufferedReader output = new BufferedReader(new InputStreamReader(attach.getInputStream(), StandardCharsets.UTF_8));
        assertThat(output.readLine()).isEqualTo("tick");

        CliRun stop = CliRun.of("-p", project, "exec", "-T", "ticker", "touch", "/tmp/stop");
        assertThat(stop.exitCode()).as(stop.err()).isZero();

        List<String> rest = new ArrayList<>();
        String line;
        while ((line = output.readLine()) != null) {
            rest.add(line);
        }
        assertThat(attach.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(rest).last().isEqualTo("bye");
        assertThat(attach.exitValue()).isEqualTo(4);
    }
}
