package io.jcompose.engine.api;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** An Engine API JSON object under construction: fields the service leaves unset are not sent. */
public final class JsonFields {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    public JsonFields put(String name, Object value) {
        fields.put(name, value);
        return this;
    }

    public JsonFields optional(String name, Optional<?> value) {
        value.ifPresent(v -> fields.put(name, v));
        return this;
    }

    public JsonFields nonEmpty(String name, String value) {
        if (!value.isEmpty()) {
            fields.put(name, value);
        }
        return this;
    }

    public JsonFields nonEmpty(String name, Collection<?> value) {
        if (!value.isEmpty()) {
            fields.put(name, value);
        }
        return this;
    }

    public JsonFields nonEmpty(String name, Map<?, ?> value) {
        if (!value.isEmpty()) {
            fields.put(name, value);
        }
        return this;
    }

    public JsonFields flag(String name, boolean value) {
        if (value) {
            fields.put(name, true);
        }
        return this;
    }

    public JsonFields putAll(Map<String, Object> other) {
        fields.putAll(other);
        return this;
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    public Map<String, Object> toMap() {
        return new LinkedHashMap<>(fields);
    }
}
