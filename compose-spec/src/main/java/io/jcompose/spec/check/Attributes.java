package io.jcompose.spec.check;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Typed, forgiving reads from the canonical project tree ({@code Map}/{@code List}/scalars):
 * a missing or differently-typed value reads as absent, because shape errors were the schema's
 * job and these checks only look for inconsistencies between well-formed parts.
 */
final class Attributes {

    private Attributes() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    static Map<String, Object> map(Map<String, Object> parent, String key) {
        return map(parent.get(key));
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value instanceof List<?> list ? (List<Object>) list : List.of();
    }

    static List<Object> list(Map<String, Object> parent, String key) {
        return list(parent.get(key));
    }

    static Optional<String> string(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        if (value instanceof String text && !text.isEmpty()) {
            return Optional.of(text);
        }
        if (value instanceof Number || value instanceof Boolean) {
            return Optional.of(value.toString());
        }
        return Optional.empty();
    }

    /** An integer, also from its decimal string form (interpolated values stay strings). */
    static OptionalLong integer(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        if (value instanceof Long || value instanceof Integer) {
            return OptionalLong.of(((Number) value).longValue());
        }
        if (value instanceof Double d && d == Math.rint(d)) {
            return OptionalLong.of(d.longValue());
        }
        if (value instanceof String text && text.matches("[+-]?\\d{1,18}")) {
            return OptionalLong.of(Long.parseLong(text));
        }
        return OptionalLong.empty();
    }

    /** {@code true}, {@code "true"} (any case): compose's reading of a boolean attribute. */
    static boolean isTrue(Object value) {
        return Boolean.TRUE.equals(value) || value instanceof String text && text.equalsIgnoreCase("true");
    }

    /** Whether an attribute carries a setting: not null, empty, false or zero-length. */
    static boolean isSet(Object value) {
        if (value == null || Boolean.FALSE.equals(value)) {
            return false;
        }
        if (value instanceof String text) {
            return !text.isEmpty();
        }
        if (value instanceof Map<?, ?> map) {
            return !map.isEmpty();
        }
        if (value instanceof List<?> list) {
            return !list.isEmpty();
        }
        return true;
    }
}
