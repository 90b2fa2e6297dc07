package io.jcompose.engine.transport;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** The status and header fields of an engine answer; field names are looked up case-insensitively. */
public record ResponseHead(int status, Map<String, String> headers) {

    public ResponseHead {
        TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(headers);
        headers = Collections.unmodifiableMap(copy);
    }

    /** The field's value, or "" when the engine did not send it. */
    public String value(String name) {
        return headers.getOrDefault(name, "");
    }

    static Builder builder(int status) {
        return new Builder(status);
    }

    /** Collects fields as they are read; a repeated field keeps its values comma-joined, as HTTP allows. */
    static final class Builder {

        private final int status;
        private final TreeMap<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

        private Builder(int status) {
            this.status = status;
        }

        Builder header(String name, String value) {
            headers.merge(name, value, (first, next) -> first + ", " + next);
            return this;
        }

        ResponseHead build() {
            return new ResponseHead(status, headers);
        }
    }
}
