package io.jcompose.engine.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** The answer of {@code POST /containers/{id}/wait}: the exit code, and an error when waiting failed. */
public record WaitResult(@JsonProperty("StatusCode") int statusCode, @JsonProperty("Error") Map<String, Object> error) {

    public WaitResult {
        error = Absent.map(error);
    }

    public String errorMessage() {
        Object message = error.get("Message");
        return message == null ? "" : message.toString();
    }
}
