package io.jcompose.engine.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Optional;

/**
 * One message of {@code GET /events}: {@code type} ("container", "network", ...), {@code action}
 * ("start", "die", "health_status: healthy"), the actor's id and attributes (a container's labels, its
 * name, and {@code exitCode} on die), and the time in nanoseconds since the epoch.
 */
public record EngineEvent(String type, String action, String actorId, Map<String, String> attributes,
                          String scope, long timeNano) {

    private static final TypeReference<Map<String, String>> ATTRIBUTES = new TypeReference<>() { };

    public EngineEvent {
        attributes = Absent.map(attributes);
    }

    public static EngineEvent parse(ObjectMapper json, JsonNode node) {
        JsonNode actor = node.path("Actor");
        Map<String, String> attributes = actor.path("Attributes").isObject()
                ? json.convertValue(actor.path("Attributes"), ATTRIBUTES) : Map.of();
        long timeNano = node.path("timeNano").asLong(node.path("time").asLong(0) * 1_000_000_000L);
        return new EngineEvent(
                node.path("Type").asText(""),
                node.path("Action").asText(node.path("status").asText("")),
                actor.path("ID").asText(node.path("id").asText("")),
                attributes,
                node.path("scope").asText(""),
                timeNano);
    }

    /** The action without its detail: "health_status: healthy" gives "health_status". */
    public String baseAction() {
        int colon = action.indexOf(':');
        return colon < 0 ? action : action.substring(0, colon);
    }

    /** The detail after the colon: "health_status: healthy" gives "healthy". */
    public String actionDetail() {
        int colon = action.indexOf(':');
        return colon < 0 ? "" : action.substring(colon + 1).trim();
    }

    /** The container's name, from the attributes. */
    public String name() {
        return attributes.getOrDefault("name", "");
    }

    /** The exit code a {@code die} event carries. */
    public Optional<Integer> exitCode() {
        String code = attributes.get("exitCode");
        if (code == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(code));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The {@code since} value that replays events from this one on: seconds.nanoseconds. */
    public String since() {
        return Events.since(timeNano);
    }
}
