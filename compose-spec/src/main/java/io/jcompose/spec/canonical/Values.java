package io.jcompose.spec.canonical;

import io.jcompose.spec.tree.YamlPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Building blocks of canonical values: compose's string, list and mapping types. */
final class Values {

    private Values() {
    }

    /** A string attribute; empty strings are left out as compose's {@code omitempty} does. */
    static void putString(Map<String, Object> out, String key, Object value, YamlPath at) {
        if (value == null) {
            return;
        }
        String s = Raw.scalar(value, at);
        if (!s.isEmpty()) {
            out.put(key, s);
        }
    }

    static void putStrings(Map<String, Object> out, String key, Object value, YamlPath at) {
        List<String> list = Raw.stringList(value, at);
        if (!list.isEmpty()) {
            out.put(key, new ArrayList<Object>(list));
        }
    }

    /** compose's {@code Mapping}: a map or a {@code KEY=VALUE} list, sorted, values as strings. */
    static void putMapping(Map<String, Object> out, String key, Object value, YamlPath at) {
        Map<String, Object> mapping = mapping(value, at, false);
        if (!mapping.isEmpty()) {
            out.put(key, mapping);
        }
    }

    /**
     * A map or {@code KEY=VALUE} list as a sorted map of strings. With {@code keepNull}
     * ({@code MappingWithEquals}) a bare {@code KEY} or a null value stays null; otherwise it becomes "".
     */
    static Map<String, Object> mapping(Object value, YamlPath at, boolean keepNull) {
        Map<String, Object> out = new TreeMap<>();
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                String entry = Raw.scalar(list.get(i), at.index(i));
                int eq = entry.indexOf('=');
                if (eq < 0) {
                    out.put(entry, keepNull ? null : "");
                } else {
                    out.put(entry.substring(0, eq), entry.substring(eq + 1));
                }
            }
        } else if (value != null) {
            Raw.map(value, at).forEach((k, v) -> {
                if (v == null) {
                    out.put(k, keepNull ? null : "");
                } else {
                    out.put(k, Raw.scalar(v, at.key(k)));
                }
            });
        }
        return out;
    }

    /** Leaves out empty maps and lists, as compose's {@code omitempty} does. */
    static void putIfNotEmpty(Map<String, Object> out, String key, Object value) {
        if (value instanceof Map<?, ?> m && m.isEmpty() || value instanceof List<?> l && l.isEmpty()) {
            return;
        }
        out.put(key, value);
    }

    /** File modes are numbers; a string is read as octal ({@code "0440"}). */
    static long fileMode(Object v, YamlPath p) {
        if (v instanceof String s) {
            try {
                return Long.parseLong(s.trim(), 8);
            } catch (NumberFormatException e) {
                throw Raw.error(p, "invalid file mode \"" + s + "\"");
            }
        }
        return Raw.integer(v, p);
    }

    /** A deep copy keeping key order. */
    static Object plainCopy(Object value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), plainCopy(v)));
            return out;
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(v -> out.add(plainCopy(v)));
            return out;
        }
        return value;
    }

    /** A deep copy with maps sorted by key, as Go prints {@code map[string]any} (extension values). */
    static Object sortedCopy(Object value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new TreeMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), sortedCopy(v)));
            return out;
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(v -> out.add(sortedCopy(v)));
            return out;
        }
        return value;
    }
}
