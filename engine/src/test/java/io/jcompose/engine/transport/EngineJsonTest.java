package io.jcompose.engine.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EngineJsonTest {

    @Test
    void writesTreesAsDatabindWroteThem() throws Exception {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("Image", "busybox \"quoted\" \u00e9\n");
        tree.put("Cmd", List.of("sh", "-c", "echo </>"));
        tree.put("Tty", false);
        tree.put("StopTimeout", 10);
        tree.put("Memory", 3_000_000_000L);
        tree.put("NanoCpus", new BigInteger("123456789012345678901234567890"));
        tree.put("Cpus", 1.5);
        tree.put("Ratio", new BigDecimal("0.25"));
        tree.put("Nothing", null);
        tree.put("Healthcheck", Map.of("Test", List.of("CMD", "true"), "Retries", 3));
        tree.put("Filters", Map.of("label", Set.of("a=b")));
        tree.put("Nulls", Arrays.asList(null, Map.of()));

        assertThat(new String(EngineJson.write(tree), StandardCharsets.UTF_8))
                .isEqualTo(new ObjectMapper().writeValueAsString(tree));
    }

    @Test
    void anythingButATreeIsRefused() {
        assertThatThrownBy(() -> EngineJson.write(Map.of("Timeout", Duration.ofSeconds(1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.time.Duration");
    }

    @Test
    void theEngineMessageIsTakenFromItsErrorBody() {
        assertThat(EngineTransport.errorMessage(404, bytes("{\"message\":\"No such container: x\"}\n")))
                .isEqualTo("No such container: x");
        assertThat(EngineTransport.errorMessage(500, bytes("{\"message\":{\"odd\":1},\"x\":[1]}")))
                .isEqualTo("{\"message\":{\"odd\":1},\"x\":[1]}");
        assertThat(EngineTransport.errorMessage(502, bytes("Bad Gateway"))).isEqualTo("Bad Gateway");
        assertThat(EngineTransport.errorMessage(500, bytes("{\"message\":\"cut"))).isEqualTo("{\"message\":\"cut");
        assertThat(EngineTransport.errorMessage(503, bytes(""))).isEqualTo("HTTP status 503");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
