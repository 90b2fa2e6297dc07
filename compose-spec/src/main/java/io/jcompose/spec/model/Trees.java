package io.jcompose.spec.model;

import io.jcompose.spec.ComposeException;
import io.jcompose.spec.canonical.GoDuration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/** Typed reads of canonical trees, for binding them to records. */
final class Trees {

    private Trees() {
    }

    static <V> Map<String, V> sorted(Map<String, V> map) {
        return Collections.unmodifiableMap(new TreeMap<>(map));
    }

    static Optional<String> str(Map<String, Object> tree, String key) {
        Object v = tree.get(key);
        return v == null ? Optional.empty() : Optional.of(v.toString());
    }

    static boolean bool(Map<String, Object> tree, String key) {
        return Boolean.TRUE.equals(tree.get(key));
    }

    /** A boolean that is true unless written false. */
    static boolean optOut(Map<String, Object> tree, String key) {
        return !Boolean.FALSE.equals(tree.get(key));
    }

    static Optional<Boolean> boolp(Map<String, Object> tree, String key) {
        Object v = tree.get(key);
        return v instanceof Boolean b ? Optional.of(b) : Optional.empty();
    }

    static Optional<Long> lng(Map<String, Object> tree, String key) {
        Object v = tree.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (v instanceof Number n) {
            return Optional.of(n.longValue());
        }
        try {
            return Optional.of(Long.parseLong(v.toString()));
        } catch (NumberFormatException e) {
            throw new ComposeException(key + " must be an integer, got \"" + v + "\"");
        }
    }

    static Optional<Double> dbl(Map<String, Object> tree, String key) {
        Object v = tree.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (v instanceof Number n) {
            return Optional.of(n.doubleValue());
        }
        try {
            return Optional.of(Double.parseDouble(v.toString()));
        } catch (NumberFormatException e) {
            throw new ComposeException(key + " must be a number, got \"" + v + "\"");
        }
    }

    /** Byte sizes are printed as decimal strings in canonical form. */
    static Optional<Long> bytes(Map<String, Object> tree, String key) {
        return lng(tree, key);
    }

    static Optional<Duration> dur(Map<String, Object> tree, String key) {
        Object v = tree.get(key);
        if (v == null) {
            return Optional.empty();
        }
        return Optional.of(GoDuration.parse(v.toString())
                .orElseThrow(() -> new ComposeException(key + ": invalid duration \"" + v + "\"")));
    }

    static List<String> strs(Map<String, Object> tree, String key) {
        Object v = tree.get(key);
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> list) {
            list.forEach(x -> out.add(String.valueOf(x)));
        } else if (v != null) {
            out.add(v.toString());
        }
        return out;
    }

    static Map<String, String> map(Map<String, Object> tree, String key) {
        Map<String, String> out = new TreeMap<>();
        if (tree.get(key) instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.put(String.valueOf(k), v == null ? "" : v.toString()));
        }
        return out;
    }

    static Map<String, Optional<String>> envmap(Map<String, Object> tree, String key) {
        Map<String, Optional<String>> out = new TreeMap<>();
        if (tree.get(key) instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.put(String.valueOf(k), v == null ? Optional.empty() : Optional.of(v.toString())));
        }
        return out;
    }

    /** {@code command}/{@code entrypoint}: absent, or a list (possibly empty, which clears the image's). */
    static Optional<List<String>> cmd(Map<String, Object> tree, String key) {
        return tree.containsKey(key) && tree.get(key) != null ? Optional.of(strs(tree, key)) : Optional.empty();
    }

    static Optional<Object> raw(Map<String, Object> tree, String key) {
        return Optional.ofNullable(tree.get(key));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value, String key) {
        if (value instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new ComposeException(key + " must be a mapping");
    }

    static <R> Optional<R> obj(Map<String, Object> tree, String key, Function<Map<String, Object>, R> bind) {
        Object v = tree.get(key);
        return v == null ? Optional.empty() : Optional.of(bind.apply(asMap(v, key)));
    }

    /** A struct compose embeds by value: an empty one (as JSON prints it) is no value at all. */
    static <R> Optional<R> objNonEmpty(Map<String, Object> tree, String key, Function<Map<String, Object>, R> bind) {
        Object v = tree.get(key);
        return v instanceof Map<?, ?> m && m.isEmpty() ? Optional.empty() : obj(tree, key, bind);
    }

    static <R> List<R> objs(Map<String, Object> tree, String key, Function<Map<String, Object>, R> bind) {
        List<R> out = new ArrayList<>();
        if (tree.get(key) instanceof List<?> list) {
            list.forEach(x -> out.add(bind.apply(asMap(x, key))));
        }
        return out;
    }

    /** A map of objects; a scalar value (a ulimit's single number) is handed over as {@code {single: v}}. */
    static <R> Map<String, R> objmap(Map<String, Object> tree, String key, Function<Map<String, Object>, R> bind) {
        Map<String, R> out = new TreeMap<>();
        if (tree.get(key) instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.put(String.valueOf(k),
                    bind.apply(v instanceof Map ? asMap(v, key) : Map.of("single", v))));
        }
        return out;
    }

    static <R> Map<String, Optional<R>> objmapNullable(Map<String, Object> tree, String key,
                                                      Function<Map<String, Object>, R> bind) {
        Map<String, Optional<R>> out = new TreeMap<>();
        if (tree.get(key) instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.put(String.valueOf(k),
                    v == null ? Optional.empty() : Optional.of(bind.apply(asMap(v, key)))));
        }
        return out;
    }

    static List<EnvFile> envFiles(Map<String, Object> tree, String key) {
        List<EnvFile> out = new ArrayList<>();
        if (tree.get(key) instanceof List<?> list) {
            for (Object entry : list) {
                if (entry instanceof Map<?, ?>) {
                    Map<String, Object> m = asMap(entry, key);
                    out.add(new EnvFile(String.valueOf(m.get("path")), optOut(m, "required"), str(m, "format")));
                } else {
                    out.add(new EnvFile(String.valueOf(entry), true, Optional.empty()));
                }
            }
        }
        return out;
    }

    static Map<String, Object> extensions(Map<String, Object> tree) {
        Map<String, Object> out = new TreeMap<>();
        tree.forEach((k, v) -> {
            if (k.startsWith("x-")) {
                out.put(k, v);
            }
        });
        return out;
    }
}
