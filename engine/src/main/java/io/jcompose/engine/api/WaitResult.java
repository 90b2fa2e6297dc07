package io.jcompose.engine.api;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.Map;

/** The answer of {@code POST /containers/{id}/wait}: the exit code, and an error when waiting failed. */
public record WaitResult(int statusCode, Map<String, Object> error) {

    public WaitResult {
        error = Absent.map(error);
    }

    static WaitResult read(JsonParser parser) throws IOException {
        int statusCode = 0;
        Map<String, Object> error = null;
        for (String field = AnswerReader.firstField(parser); field != null;
                field = AnswerReader.nextField(parser)) {
            switch (field) {
                case "StatusCode" -> statusCode = AnswerReader.integer(parser);
                case "Error" -> error = AnswerReader.untypedMap(parser);
                default -> parser.skipChildren();
            }
        }
        return new WaitResult(statusCode, error);
    }

    public String errorMessage() {
        Object message = error.get("Message");
        return message == null ? "" : message.toString();
    }
}
