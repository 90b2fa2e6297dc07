package io.jcompose.engine.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ProgressMessageTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void layerProgress() {
        ProgressMessage message = ProgressMessage.parse(json, """
                {"status":"Downloading","progressDetail":{"current":1024,"total":4096},"progress":"[==>   ]","id":"a1b2"}""");

        assertThat(message.id()).isEqualTo("a1b2");
        assertThat(message.status()).isEqualTo("Downloading");
        assertThat(message.current()).isEqualTo(1024);
        assertThat(message.total()).isEqualTo(4096);
        assertThat(message.failure()).isEmpty();
    }

    @Test
    void errorDetailIsPreferredOverError() {
        ProgressMessage message = ProgressMessage.parse(json, """
                {"errorDetail":{"message":"pull access denied for nope"},"error":"pull access denied"}""");

        assertThat(message.failure()).contains("pull access denied for nope");
    }

    @Test
    void buildOutputAndAuxResult() {
        assertThat(ProgressMessage.parse(json, """
                {"stream":"Step 1/2 : FROM scratch\\n"}""").stream()).isEqualTo("Step 1/2 : FROM scratch\n");
        assertThat(ProgressMessage.parse(json, """
                {"aux":{"ID":"sha256:0123"}}""").aux()).containsEntry("ID", "sha256:0123");
    }

    @Test
    void aLineThatIsNotJsonIsKeptAsOutput() {
        assertThat(ProgressMessage.parse(json, "plain text").stream()).isEqualTo("plain text");
    }
}
