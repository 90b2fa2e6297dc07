package io.jcompose.engine.container;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** An Engine API JSON object under construction: fields the service leaves unset are not sent. */
final class JsonFields {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    JsonFields put(String name, Object value) {
        fields.put(name, value);
        return this;
    }

    JsonFields optional(String name, Optional<?> value) {
        value.ifPresent(v -> fields.put(name, v));
        return this;
    }

    JsonFields nonEmpty(String name, Collection<?> value) {
        if (!value.isEmpty()) {
            fields.put(name, value);
        }
        return this;
    }

    JsonFields nonEmpty(String name, Map<?, ?> value) {
        if (!value.isEmpty()) {
            fields.put(name, value);
        }
        return this;
    }

    JsonFields flag(String name, boolean value) {
        if (value) {
            fields.put(name, true);
        }
        return this;
    }

    JsonFields putAll(Map<String, Object> other) {
        fields.putAll(other);
        return this;
    }

    boolean isEmpty() {
        return fields.isEmpty();
    }

    Map<String, Object> toMap() {
        return new LinkedHashMap<>(fields);
    }
}
