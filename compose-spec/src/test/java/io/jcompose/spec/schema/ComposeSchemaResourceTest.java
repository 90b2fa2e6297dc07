package io.jcompose.spec.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The vendored schema is the upstream file recorded in its README, byte for byte. */
class ComposeSchemaResourceTest {

    private static byte[] resource() throws IOException {
        try (InputStream in = ComposeSchema.class.getResourceAsStream("compose-spec.json")) {
            assertThat(in).isNotNull();
            return in.readAllBytes();
        }
    }

    @Test
    void matchesTheRecordedUpstreamChecksum() throws IOException, NoSuchAlgorithmException {
        byte[] bytes = resource();
        assertThat(bytes).hasSize(74_784);
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)))
                .isEqualTo("e86a092a74e06280f01b00f47ee60e5b13f2437daa140930d89ff35b02693287");
    }

    @Test
    void isDraft07WithTheDefinitionsComposeFilesUse() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(resource());
        assertThat(schema.path("$schema").asText()).contains("draft-07");
        assertThat(schema.path("$id").asText()).isEqualTo("compose_spec.json");
        assertThat(schema.path("definitions").fieldNames()).toIterable().contains(
                "service", "network", "volume", "secret", "config", "healthcheck", "deployment",
                "development", "list_or_dict", "list_of_strings", "string_or_list", "command", "ulimits");
        assertThat(schema.path("definitions").path("service").path("properties").size()).isGreaterThan(80);
    }
}
