package io.jcompose.tests.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.engine.EngineException;
import io.jcompose.engine.api.BuildOptions;
import io.jcompose.engine.api.ImageInspect;
import io.jcompose.engine.api.ImageSummary;
import io.jcompose.engine.api.ProgressMessage;
import io.jcompose.tests.support.Cleanup;
import io.jcompose.tests.support.RequiresEngine;
import io.jcompose.tests.support.TestEngine;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.OpenOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@RequiresEngine
class ImagesIT {

    private TestEngine engine;
    private Cleanup cleanup;

    @BeforeEach
    void setUp(TestEngine shared) {
        engine = shared;
        cleanup = new Cleanup(shared);
        engine.ensureBusybox();
    }

    @AfterEach
    void tearDown() {
        cleanup.close();
    }

    @Test
    void buildStreamsProgressTagsInspectsListsAndRemoves() throws IOException {
        String repository = engine.uniqueName("img");
        String tag = cleanup.image(repository + ":1");
        String extraTag = cleanup.image(repository + ":extra");
        List<ProgressMessage> progress = new CopyOnWriteArrayList<>();

        String id = engine.await(engine.client().images().build(context("""
                        FROM busybox:latest
                        RUN echo built > /built.txt
                        """), new BuildOptions(List.of(tag, extraTag), "", Map.of(), engine.labels(Map.of("jcit.kind", "build")),
                        "", false, false), progress::add));

        assertThat(id).startsWith("sha256:");
        assertThat(progress).extracting(ProgressMessage::stream).anySatisfy(line -> assertThat(line).startsWith("Step 2/"));
        ImageInspect inspected = engine.await(engine.client().images().inspect(tag));
        assertThat(inspected.id()).isEqualTo(id);
        assertThat(inspected.repoTags()).contains(tag, extraTag);
        assertThat(inspected.config().labels()).containsEntry("jcit.kind", "build");

        String retagged = cleanup.image(repository + ":retagged");
        engine.await(engine.client().images().tag(tag, retagged));
        assertThat(engine.await(engine.client().images().list(Map.of("reference", List.of(repository)))))
                .flatExtracting(ImageSummary::repoTags).contains(tag, extraTag, retagged);

        engine.await(engine.client().images().remove(retagged, false, false));
        assertThat(engine.await(engine.client().images().inspect(tag)).repoTags()).doesNotContain(retagged);
    }

    @Test
    void buildStreamsTheContextFromAFile(@TempDir Path dir) throws IOException {
        String tag = cleanup.image(engine.uniqueName("streamed") + ":1");
        Path tar = dir.resolve("context.tar");
        Files.write(tar, context("""
                FROM busybox:latest
                LABEL jcit.context=streamed
                """).getBytes());
        AsyncFile file = engine.await(engine.client().vertx().fileSystem().open(tar.toString(), new OpenOptions().setRead(true)));

        String id = engine.await(engine.client().images().build(file, BuildOptions.tagged(tag), progress -> { }));

        assertThat(engine.await(engine.client().images().inspect(tag)).config().labels()).containsEntry("jcit.context", "streamed");
        assertThat(id).startsWith("sha256:");
    }

    @Test
    void aFailingBuildStepFailsWithTheEngineMessage() throws IOException {
        String tag = cleanup.image(engine.uniqueName("broken") + ":1");

        assertThatThrownBy(() -> engine.await(engine.client().images().build(context("""
                        FROM busybox:latest
                        RUN exit 3
                        """), BuildOptions.tagged(tag), progress -> { })))
                .isInstanceOf(EngineException.class)
                .hasMessage("building image " + tag + ": The command '/bin/sh -c exit 3' returned a non-zero code: 3");
    }

    @Test
    void pullAndPushErrorsAreSurfaced() {
        String unreachable = "127.0.0.1:1/" + engine.uniqueName("nowhere") + ":1";

        assertThatThrownBy(() -> engine.await(engine.client().images().pull(unreachable, "", progress -> { })))
                .isInstanceOf(EngineException.class)
                .hasMessageStartingWith("pulling image " + unreachable + ": ")
                .hasMessageContaining("127.0.0.1:1");

        cleanup.image(unreachable);
        engine.await(engine.client().images().tag(TestEngine.BUSYBOX, unreachable));
        List<ProgressMessage> progress = new CopyOnWriteArrayList<>();
        assertThatThrownBy(() -> engine.await(engine.client().images().push(unreachable, "", progress::add)))
                .isInstanceOf(EngineException.class)
                .hasMessageStartingWith("pushing image " + unreachable + ": ")
                .hasMessageContaining("connection refused");
        assertThat(progress).anySatisfy(message -> assertThat(message.failure()).isPresent());
    }

    private static Buffer context(String dockerfile) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            byte[] data = dockerfile.getBytes(StandardCharsets.UTF_8);
            TarArchiveEntry entry = new TarArchiveEntry("Dockerfile");
            entry.setSize(data.length);
            tar.putArchiveEntry(entry);
            tar.write(data);
            tar.closeArchiveEntry();
        }
        return Buffer.buffer(bytes.toByteArray());
    }
}
