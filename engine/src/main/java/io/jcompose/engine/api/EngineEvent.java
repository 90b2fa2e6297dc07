package io.jcompose.engine.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.jcompose.engine.transport.EngineJson;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * One message of {@code GET /events}: {@code type} ("container", "network", ...), {@code action}
 * ("start", "die", "health_status: healthy"), the actor's id and attributes (a container's labels, its
 * name, and {@code exitCode} on die), and the time in nanoseconds since the epoch.
 */
public record EngineEvent(String type, String action, String actorId, Map<String, String> attributes,
                          String scope, long timeNano) {

    public EngineEvent {
        attributes = Absent.map(attributes);
    }

    /**
     * One line of the stream. Older engines name the action {@code status} and the actor {@code id}, and
     * give whole seconds only ({@code time}): those stand in when the newer fields are missing.
     */
    public static EngineEvent parse(String line) throws IOException {
        String type = null;
        String action = null;
        String status = null;
        String actorId = null;
        String id = null;
        Map<String, String> attributes = null;
        String scope = null;
        Long time = null;
        Long timeNano = null;
        try (JsonParser parser = EngineJson.FACTORY.createParser(line)) {
            parser.nextToken();
            for (String field = AnswerReader.firstField(parser); field != null; field = AnswerReader.nextField(parser)) {
                switch (field) {
                    case "Type" -> type = scalar(parser);
                    case "Action" -> action = scalar(parser);
                    case "status" -> status = scalar(parser);
                    case "id" -> id = scalar(parser);
                    case "scope" -> scope = scalar(parser);
                    case "time" -> time = number(parser);
                    case "timeNano" -> timeNano = number(parser);
                    case "Actor" -> {
                        if (parser.currentToken() != JsonToken.START_OBJECT) {
                            parser.skipChildren();
                            continue;
                        }
                        for (String inner = AnswerReader.firstField(parser); inner != null;
                                inner = AnswerReader.nextField(parser)) {
                            switch (inner) {
                                case "ID" -> actorId = scalar(parser);
                                case "Attributes" -> attributes = parser.currentToken() == JsonToken.START_OBJECT
                                        ? AnswerReader.textMap(parser) : skipped(parser);
                                default -> parser.skipChildren();
                            }
                        }
                    }
                    default -> parser.skipChildren();
                }
            }
        }
        long seconds = time == null ? 0 : time;
        return new EngineEvent(
                type == null ? "" : type,
                action != null ? action : status != null ? status : "",
                actorId != null ? actorId : id != null ? id : "",
                attributes,
                scope == null ? "" : scope,
                timeNano != null ? timeNano : seconds * 1_000_000_000L);
    }

    /** A field's text as a tree's {@code asText} gives it: null when null, empty for an object or array. */
    private static String scalar(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token.isStructStart()) {
            parser.skipChildren();
            return "";
        }
        return parser.getText();
    }

    /** A number, or null when the field holds none (a tree's {@code asLong} falls back to its default). */
    private static Long number(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token.isNumeric()) {
            return parser.getValueAsLong();
        }
        if (token == JsonToken.VALUE_STRING) {
            try {
                return Long.parseLong(parser.getText().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        parser.skipChildren();
        return null;
    }

    private static Map<String, String> skipped(JsonParser parser) throws IOException {
        parser.skipChildren();
        return null;
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
