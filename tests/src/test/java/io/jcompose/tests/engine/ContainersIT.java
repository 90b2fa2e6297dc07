package io.jcompose.tests.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.engine.EngineException;
import io.jcompose.engine.api.ContainerCreateBody;
import io.jcompose.engine.api.ContainerInspect;
import io.jcompose.engine.api.ContainerSummary;
import io.jcompose.engine.api.TopResult;
import io.jcompose.engine.api.WaitResult;
import io.jcompose.tests.support.Cleanup;
import io.jcompose.tests.support.RequiresEngine;
import io.jcompose.tests.support.TestEngine;
import io.vertx.core.buffer.Buffer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@RequiresEngine
class ContainersIT {

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
    void lifecycleFromCreateToRemove() {
        String name = engine.uniqueName("life");
        String id = cleanup.container(engine.await(engine.client().containers().create(name,
                engine.busybox(List.of("sleep", "60")).labels(engine.labels(Map.of("com.docker.compose.service", "web")))
                        .stopSignal("SIGKILL"))));

        ContainerInspect created = engine.await(engine.client().containers().inspect(name));
        assertThat(created.id()).isEqualTo(id);
        assertThat(created.name()).isEqualTo(name);
        assertThat(created.state().status()).isEqualTo("created");
        assertThat(created.config().labels()).containsEntry("com.docker.compose.service", "web");

        engine.await(engine.client().containers().start(id));
        engine.await(engine.client().containers().start(id));
        assertThat(engine.await(engine.client().containers().inspect(id)).state().running()).isTrue();
        assertThat(engine.await(engine.client().containers().listByLabels(false,
                List.of(engine.runLabelFilter(), "com.docker.compose.service=web"))))
                .extracting(ContainerSummary::id).containsExactly(id);

        TopResult top = engine.await(engine.client().containers().top(id, ""));
        assertThat(top.titles()).contains("PID");
        assertThat(top.processes()).anySatisfy(row -> assertThat(String.join(" ", row)).contains("sleep 60"));

        engine.await(engine.client().containers().pause(id));
        assertThat(engine.await(engine.client().containers().inspect(id)).state().paused()).isTrue();
        engine.await(engine.client().containers().unpause(id));

        String renamed = engine.uniqueName("renamed");
        engine.await(engine.client().containers().rename(id, renamed));
        assertThat(engine.await(engine.client().containers().inspect(id)).name()).isEqualTo(renamed);

        engine.await(engine.client().containers().stop(id, Optional.of(Duration.ofSeconds(1))));
        ContainerInspect stopped = engine.await(engine.client().containers().inspect(id));
        assertThat(stopped.state().running()).isFalse();
        assertThat(stopped.state().exitCode()).isEqualTo(137);

        engine.await(engine.client().containers().remove(id, false, true));
        assertThatThrownBy(() -> engine.await(engine.client().containers().inspect(id)))
                .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.isNotFound()).isTrue())
                .hasMessageStartingWith("inspecting container " + id + ": No such container");
    }

    @Test
    void waitReturnsTheExitCodeAndKillRestartWork() {
        String id = cleanup.container(engine.await(engine.client().containers().create(engine.uniqueName("wait"),
                engine.busybox(List.of("sh", "-c", "exit 42")))));

        engine.await(engine.client().containers().start(id));
        WaitResult result = engine.await(engine.client().containers().waitFor(id, "not-running"));
        assertThat(result.statusCode()).isEqualTo(42);

        String sleeper = cleanup.container(engine.await(engine.client().containers().create(engine.uniqueName("kill"),
                engine.busybox(List.of("sleep", "60")))));
        engine.await(engine.client().containers().start(sleeper));
        engine.await(engine.client().containers().restart(sleeper, Optional.of(Duration.ZERO)));
        assertThat(engine.await(engine.client().containers().inspect(sleeper)).state().running()).isTrue();
        engine.await(engine.client().containers().kill(sleeper, "SIGKILL"));
        assertThat(engine.await(engine.client().containers().waitFor(sleeper, "")).statusCode()).isEqualTo(137);
    }

    @Test
    void aMissingImageFailsCreateWithTheContainerName() {
        String name = engine.uniqueName("noimage");

        assertThatThrownBy(() -> engine.await(engine.client().containers().create(name,
                ContainerCreateBody.image("jcompose-no-such-image:never"))))
                .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.isNotFound()).isTrue())
                .hasMessageStartingWith("creating container " + name + ": No such image: jcompose-no-such-image:never");
    }

    @Test
    void archiveRoundTrip() throws IOException {
        String id = cleanup.container(engine.await(engine.client().containers().create(engine.uniqueName("archive"),
                engine.busybox(List.of("true")))));

        engine.await(engine.client().containers().putArchive(id, "/", tarOf("greeting.txt", "hello from the host\n")));
        Buffer tar = engine.await(engine.client().containers().getArchive(id, "/greeting.txt"));

        try (TarArchiveInputStream in = new TarArchiveInputStream(new ByteArrayInputStream(tar.getBytes()))) {
            TarArchiveEntry entry = in.getNextEntry();
            assertThat(entry.getName()).isEqualTo("greeting.txt");
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("hello from the host\n");
        }
    }

    private static Buffer tarOf(String name, String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            byte[] data = content.getBytes(StandardCharsets.UTF_8);
            TarArchiveEntry entry = new TarArchiveEntry(name);
            entry.setSize(data.length);
            tar.putArchiveEntry(entry);
            tar.write(data);
            tar.closeArchiveEntry();
        }
        return Buffer.buffer(bytes.toByteArray());
    }
}
