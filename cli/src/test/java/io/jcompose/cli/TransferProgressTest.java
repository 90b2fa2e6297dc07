package io.jcompose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jcompose.engine.api.ProgressMessage;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TransferProgressTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ProgressMessage line(String json) {
        return ProgressMessage.parse(JSON, json);
    }

    @Test
    void pullLinesAreLayerEventsOnly() {
        assertThat(TransferProgress.pullLine(line("""
                {"status":"Downloading","progressDetail":{"current":1,"total":2},"progress":"[=>  ] 1B/2B","id":"a3ed95caeb02"}""")))
                .contains(" a3ed95caeb02 Downloading [=>  ] 1B/2B");
        assertThat(TransferProgress.pullLine(line("""
                {"status":"Pull complete","progressDetail":{},"id":"a3ed95caeb02"}""")))
                .contains(" a3ed95caeb02 Pull complete");
        assertThat(TransferProgress.pullLine(line("{\"status\":\"Pulling from library/busybox\",\"id\":\"latest\"}"))).isEmpty();
        assertThat(TransferProgress.pullLine(line("{\"status\":\"Digest: sha256:abc\"}"))).isEmpty();
        assertThat(TransferProgress.pullLine(line("{\"status\":\"Status: Downloaded newer image for busybox:latest\"}")))
                .isEmpty();
    }

    @Test
    void pushLinesNameTheImageAndLayer() {
        assertThat(TransferProgress.pushLine("r:5000/a:1", line("""
                {"status":"Pushed","progressDetail":{},"id":"0b8ee6e5b1a2"}""")))
                .contains(" Pushing r:5000/a:1: 0b8ee6e5b1a2 Pushed");
        assertThat(TransferProgress.pushLine("r:5000/a:1", line("{\"status\":\"The push refers to repository [r:5000/a]\"}")))
                .isEmpty();
        assertThat(TransferProgress.pushLine("r:5000/a:1", line("{\"status\":\"1: digest: sha256:abc size: 527\"}")))
                .isEmpty();
    }

    @Test
    void eventsArePlainLinesQuietPrintsNoneDryRunIsPrefixed() {
        StringWriter text = new StringWriter();
        new TransferProgress(new PrintWriter(text), false, false).event("web", "Pulling");
        new TransferProgress(new PrintWriter(text), true, false).event("web", "Pulled");
        new TransferProgress(new PrintWriter(text), true, false).message("WARNING: shown even when quiet");
        new TransferProgress(new PrintWriter(text), false, true).event("db", "Pulled");

        assertThat(text.toString().lines()).containsExactly(
                " web Pulling", "WARNING: shown even when quiet", "DRY-RUN MODE -  db Pulled");
    }
}
