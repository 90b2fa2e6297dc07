package io.jcompose.tests.support;

import io.jcompose.engine.Engine;
import io.jcompose.engine.EngineClient;
import io.jcompose.engine.EngineException;
import io.jcompose.engine.EngineOptions;
import io.jcompose.engine.EngineUnreachableException;
import io.jcompose.engine.api.BuildOptions;
import io.jcompose.engine.api.ContainerCreateBody;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * The engine the integration tests share: a connected client, names unique to this run, the label
 * that marks what the run created, and the {@code busybox:latest} image the tests run.
 */
public final class TestEngine implements AutoCloseable {

    public static final String BUSYBOX = "busybox:latest";
    /** Every resource a test creates carries this label, valued with the run id. */
    public static final String RUN_LABEL = "io.jcompose.test.run";

    private final Optional<EngineClient> client;
    private final String unreachableReason;
    private final String runId = UUID.randomUUID().toString().substring(0, 8);
    private boolean busyboxChecked;

    private TestEngine(Optional<EngineClient> client, String unreachableReason) {
        this.client = client;
        this.unreachableReason = unreachableReason;
    }

    static TestEngine connect() {
        try {
            return new TestEngine(Optional.of(Engine.connect(EngineOptions.fromEnvironment())), "");
        } catch (EngineUnreachableException e) {
            return new TestEngine(Optional.empty(), e.getMessage());
        }
    }

    boolean reachable() {
        return client.isPresent();
    }

    String unreachableReason() {
        return unreachableReason;
    }

    public EngineClient client() {
        return client.orElseThrow(() -> new IllegalStateException(unreachableReason));
    }

    public <T> T await(Future<T> future) {
        return client().await(future);
    }

    /** A name no other test, run or helper uses: {@code jcit-<what>-<run>-<random>}. */
    public String uniqueName(String what) {
        return "jcit-" + what + "-" + runId + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    /** The labels every created resource carries, plus {@code extra}. */
    public Map<String, String> labels(Map<String, String> extra) {
        Map<String, String> labels = new HashMap<>(extra);
        labels.put(RUN_LABEL, runId);
        return Map.copyOf(labels);
    }

    public String runLabelFilter() {
        return RUN_LABEL + "=" + runId;
    }

    /** A busybox container body running {@code cmd}, labelled for this run. */
    public ContainerCreateBody busybox(List<String> cmd) {
        ensureBusybox();
        return ContainerCreateBody.image(BUSYBOX).cmd(cmd).labels(labels(Map.of()));
    }

    /**
     * Makes sure {@code busybox:latest} exists; when absent (no registry is reachable here) it is
     * built FROM scratch around the host's static busybox, as scripts/seed-images does.
     */
    public synchronized void ensureBusybox() {
        if (busyboxChecked) {
            return;
        }
        try {
            await(client().images().inspect(BUSYBOX));
        } catch (EngineException e) {
            if (!e.isNotFound()) {
                throw e;
            }
            await(client().images().build(busyboxContext(),
                    BuildOptions.tagged(BUSYBOX).withLabels(Map.of("io.jcompose.seeded", "true")), progress -> { }));
        }
        busyboxChecked = true;
    }

    private static Buffer busyboxContext() {
        Path binary = Files.isRegularFile(Path.of("/bin/busybox")) ? Path.of("/bin/busybox") : Path.of("/usr/bin/busybox");
        String dockerfile = """
                FROM scratch
                COPY busybox /bin/busybox
                RUN ["/bin/busybox", "--install", "-s", "/bin"]
                """;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            byte[] dockerfileBytes = dockerfile.getBytes(StandardCharsets.UTF_8);
            TarArchiveEntry entry = new TarArchiveEntry("Dockerfile");
            entry.setSize(dockerfileBytes.length);
            tar.putArchiveEntry(entry);
            tar.write(dockerfileBytes);
            tar.closeArchiveEntry();
            byte[] busybox = Files.readAllBytes(binary);
            TarArchiveEntry binaryEntry = new TarArchiveEntry("busybox");
            binaryEntry.setSize(busybox.length);
            binaryEntry.setMode(0100755);
            tar.putArchiveEntry(binaryEntry);
            tar.write(busybox);
            tar.closeArchiveEntry();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot pack the busybox build context from " + binary, e);
        }
        return Buffer.buffer(bytes.toByteArray());
    }

    @Override
    public void close() {
        client.ifPresent(EngineClient::close);
    }
}
