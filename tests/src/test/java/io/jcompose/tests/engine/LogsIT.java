package io.jcompose.tests.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.engine.api.LogOptions;
import io.jcompose.engine.transport.OutputFrame;
import io.jcompose.engine.transport.ResponseStream;
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
class LogsIT {

    private static final String INTERLEAVED =
            "for i in 1 2 3 4 5; do echo out$i; echo err$i >&2; done";

    private TestEngine engine;
    private Cleanup cleanup;

    @BeforeEach
    void setUp(TestEngine shared) {
        engine = shared;
        cleanup = new Cleanup(shared);
    }

    @AfterEach
    void tearDown() {
        cleanup.close();
    }

    @Test
    void nonTtyLogsAreSplitIntoStdoutAndStderr() {
        String id = cleanup.container(engine.await(engine.client().containers().create(engine.uniqueName("logs"),
                engine.busybox(List.of("sh", "-c", INTERLEAVED)))));
        engine.await(engine.client().containers().start(id));
        engine.await(engine.client().containers().waitFor(id, ""));

        Map<OutputFrame.Stream, StringBuilder> streams = new ConcurrentHashMap<>();
        ResponseStream logs = engine.client().containers().logs(id, LogOptions.all(), false,
                frame -> streams.computeIfAbsent(frame.stream(), s -> new StringBuilder()).append(frame.text()));
        engine.await(logs.ended());

        assertThat(streams.get(OutputFrame.Stream.STDOUT)).hasToString("out1\nout2\nout3\nout4\nout5\n");
        assertThat(streams.get(OutputFrame.Stream.STDERR)).hasToString("err1\nerr2\nerr3\nerr4\nerr5\n");
    }

    @Test
    void followingLogsEndsWhenTheContainerStops() {
        String id = cleanup.container(engine.await(engine.client().containers().create(engine.uniqueName("follow"),
                engine.busybox(List.of("sh", "-c", "sleep 1; " + INTERLEAVED)))));
        engine.await(engine.client().containers().start(id));

        StringBuilder stderr = new StringBuilder();
        ResponseStream logs = engine.client().containers().logs(id, LogOptions.all().follow(true), false, frame -> {
            if (frame.stream() == OutputFrame.Stream.STDERR) {
                stderr.append(frame.text());
            }
        });
        engine.await(logs.ended());

        assertThat(stderr).hasToString("err1\nerr2\nerr3\nerr4\nerr5\n");
    }

    @Test
    void ttyLogsAreOneRawStream() {
        String id = cleanup.container(engine.await(engine.client().containers().create(engine.uniqueName("tty"),
                engine.busybox(List.of("sh", "-c", "echo out; echo err >&2")).tty(true))));
        engine.await(engine.client().containers().start(id));
        engine.await(engine.client().containers().waitFor(id, ""));

        StringBuilder all = new StringBuilder();
        engine.await(engine.client().containers().logs(id, LogOptions.all(), true, frame -> {
            assertThat(frame.stream()).isEqualTo(OutputFrame.Stream.STDOUT);
            all.append(frame.text());
        }).ended());

        assertThat(all).hasToString("out\r\nerr\r\n");
    }
}
