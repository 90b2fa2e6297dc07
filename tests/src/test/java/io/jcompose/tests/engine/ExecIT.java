package io.jcompose.tests.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.engine.EngineException;
import io.jcompose.engine.api.ExecCreateBody;
import io.jcompose.engine.api.ExecInspect;
import io.jcompose.engine.transport.HijackedStream;
import io.jcompose.engine.transport.OutputFrame;
import io.jcompose.tests.support.Cleanup;
import io.jcompose.tests.support.RequiresEngine;
import io.jcompose.tests.support.TestEngine;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@RequiresEngine
class ExecIT {

    private TestEngine engine;
    private Cleanup cleanup;
    private String container;

    @BeforeEach
    void setUp(TestEngine shared) {
        engine = shared;
        cleanup = new Cleanup(shared);
        container = cleanup.container(engine.await(engine.client().containers().create(engine.uniqueName("exec"),
                engine.busybox(List.of("sleep", "120")).stopSignal("SIGKILL"))));
        engine.await(engine.client().containers().start(container));
    }

    @AfterEach
    void tearDown() {
        cleanup.close();
    }

    @Test
    void catEchoesStdinAndExitsWhenStdinCloses() {
        String exec = engine.await(engine.client().execs().create(container,
                ExecCreateBody.command(List.of("cat"), true, false)));
        Map<OutputFrame.Stream, StringBuilder> output = new ConcurrentHashMap<>();

        HijackedStream stream = engine.await(engine.client().execs().start(exec, false,
                frame -> output.computeIfAbsent(frame.stream(), s -> new StringBuilder()).append(frame.text())));
        engine.await(stream.write("hello\n"));
        engine.await(stream.write("from jcompose\n"));
        engine.await(stream.closeStdin());
        engine.await(stream.ended());

        assertThat(output.get(OutputFrame.Stream.STDOUT)).hasToString("hello\nfrom jcompose\n");
        assertThat(output).doesNotContainKey(OutputFrame.Stream.STDERR);
        ExecInspect inspected = engine.await(engine.client().execs().inspect(exec));
        assertThat(inspected.running()).isFalse();
        assertThat(inspected.exitCode()).isZero();
    }

    @Test
    void exitCodeAndStderrOfAFailingCommand() {
        String exec = engine.await(engine.client().execs().create(container,
                ExecCreateBody.command(List.of("sh", "-c", "echo broken >&2; exit 3"), false, false)));
        StringBuilder stderr = new StringBuilder();

        HijackedStream stream = engine.await(engine.client().execs().start(exec, false, frame -> {
            if (frame.stream() == OutputFrame.Stream.STDERR) {
                stderr.append(frame.text());
            }
        }));
        engine.await(stream.ended());

        assertThat(stderr).hasToString("broken\n");
        assertThat(engine.await(engine.client().execs().inspect(exec)).exitCode()).isEqualTo(3);
    }

    @Test
    void startingAMissingExecFailsWithTheEngineMessage() {
        assertThatThrownBy(() -> engine.await(engine.client().execs().start("jcit-no-such-exec", false, frame -> { })))
                .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.isNotFound()).isTrue())
                .hasMessageStartingWith("starting exec jcit-no-such-exec: No such exec instance");
    }

    @Test
    void attachWritesToTheContainersStdinAndReadsItsOutput() {
        String cat = cleanup.container(engine.await(engine.client().containers().create(engine.uniqueName("attach"),
                engine.busybox(List.of("cat")).openStdin(true, true))));
        StringBuilder stdout = new StringBuilder();

        HijackedStream stream = engine.await(engine.client().containers().attach(cat, true, false, frame -> {
            if (frame.stream() == OutputFrame.Stream.STDOUT) {
                stdout.append(frame.text());
            }
        }));
        engine.await(engine.client().containers().start(cat));
        engine.await(stream.write("attached\n"));
        engine.await(stream.closeStdin());
        engine.await(stream.ended());

        assertThat(stdout).hasToString("attached\n");
        assertThat(engine.await(engine.client().containers().waitFor(cat, "")).statusCode()).isZero();
    }

    @Test
    void ttyExecIsRawAndResizable() {
        String exec = engine.await(engine.client().execs().create(container,
                ExecCreateBody.command(List.of("sh", "-c", "read go; stty size"), true, true)));
        StringBuilder output = new StringBuilder();

        HijackedStream stream = engine.await(engine.client().execs().start(exec, true, frame -> output.append(frame.text())));
        engine.await(engine.client().execs().resize(exec, 33, 101));
        engine.await(stream.write("\n"));
        engine.await(stream.ended());

        assertThat(output.toString()).endsWith("33 101\r\n");
    }
}
