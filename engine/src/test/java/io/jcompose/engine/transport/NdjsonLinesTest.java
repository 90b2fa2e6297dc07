package io.jcompose.engine.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NdjsonLinesTest {

    private final List<String> lines = new ArrayList<>();
    private final NdjsonLines ndjson = new NdjsonLines(lines::add);

    @Test
    void linesSplitAcrossBuffersAreJoined() {
        ndjson.handle(Buffer.buffer("{\"status\":\"Pull"));
        ndjson.handle(Buffer.buffer("ing\"}\n{\"id\":\"a\"}\n{\"err"));
        assertThat(lines).containsExactly("{\"status\":\"Pulling\"}", "{\"id\":\"a\"}");

        ndjson.handle(Buffer.buffer("or\":\"x\"}\r\n"));
        assertThat(lines).containsExactly("{\"status\":\"Pulling\"}", "{\"id\":\"a\"}", "{\"error\":\"x\"}");
    }

    @Test
    void blankLinesAreSkippedAndALastLineWithoutNewlineIsFlushed() {
        ndjson.handle(Buffer.buffer("\n\n{\"a\":1}\n\n{\"b\":2}"));
        assertThat(lines).containsExactly("{\"a\":1}");

        ndjson.finish();
        assertThat(lines).containsExactly("{\"a\":1}", "{\"b\":2}");
    }

    @Test
    void multiByteCharactersSplitBetweenBuffersSurvive() {
        byte[] bytes = "{\"stream\":\"héllo\"}\n".getBytes(StandardCharsets.UTF_8);
        int middleOfE = 13;

        ndjson.handle(Buffer.buffer(Arrays.copyOfRange(bytes, 0, middleOfE)));
        ndjson.handle(Buffer.buffer(Arrays.copyOfRange(bytes, middleOfE, bytes.length)));

        assertThat(lines).containsExactly("{\"stream\":\"héllo\"}");
    }

    @Test
    void bytesFedOneAtATimeMakeTheSameLines() {
        byte[] stream = "{\"a\":1}\n{\"b\":\"%s\"}\n".formatted("x".repeat(5000)).getBytes(StandardCharsets.UTF_8);
        for (byte b : stream) {
            ndjson.accept(new byte[] {b});
        }
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("{\"a\":1}");
        assertThat(lines.get(1)).isEqualTo("{\"b\":\"" + "x".repeat(5000) + "\"}");
    }
}
