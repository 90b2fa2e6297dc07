package io.jcompose.engine.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * One line of a pull, push or build progress stream: a layer's {@code status}/{@code progress}, a
 * build's {@code stream} output, an {@code aux} result (the built image's ID), or an {@code error}.
 */
public record ProgressMessage(String id, String status, String progress, long current, long total,
                              String stream, String error, Map<String, Object> aux) {

    private static final TypeReference<Map<String, Object>> AUX = new TypeReference<>() { };

    public ProgressMessage {
        aux = Absent.map(aux);
    }

    /** Parses a line; a line that is not JSON becomes a stream message, so nothing the engine says is lost. */
    public static ProgressMessage parse(ObjectMapper json, String line) {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (IOException e) {
            return new ProgressMessage("", "", "", 0, 0, line, "", Map.of());
        }
        String error = node.path("errorDetail").path("message").asText(node.path("error").asText(""));
        Map<String, Object> aux = node.path("aux").isObject()
                ? json.convertValue(node.path("aux"), AUX)
                : Map.of();
        return new ProgressMessage(
                node.path("id").asText(""),
                node.path("status").asText(""),
                node.path("progress").asText(""),
                node.path("progressDetail").path("current").asLong(0),
                node.path("progressDetail").path("total").asLong(0),
                node.path("stream").asText(""),
                error,
                aux);
    }

    public Optional<String> failure() {
        return error.isEmpty() ? Optional.empty() : Optional.of(error);
    }
}
