package io.jcompose.spec.model;

import io.jcompose.spec.canonical.GoDuration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/** Writes records back to canonical trees, leaving out what compose leaves out ({@code omitempty}). */
final class TreeBuilder {

    private final Map<String, Object> out = new LinkedHashMap<>();

    TreeBuilder str(String key, Optional<String> value) {
        value.filter(s -> !s.isEmpty()).ifPresent(s -> out.put(key, s));
        return this;
    }

    TreeBuilder bool(String key, boolean value) {
        if (value) {
            out.put(key, true);
        }
        return this;
    }

    TreeBuilder boolAlways(String key, boolean value) {
        out.put(key, value);
        return this;
    }

    /** Printed only when false, its non-default value. */
    TreeBuilder optOut(String key, boolean value) {
        if (!value) {
            out.put(key, false);
        }
        return this;
    }

    TreeBuilder boolp(String key, Optional<Boolean> value) {
        value.ifPresent(b -> out.put(key, b));
        return this;
    }

    TreeBuilder lng(String key, Optional<Long> value) {
        value.ifPresent(n -> out.put(key, n));
        return this;
    }

    TreeBuilder dbl(String key, Optional<Double> value) {
        value.ifPresent(n -> out.put(key, n));
        return this;
    }

    TreeBuilder bytes(String key, Optional<Long> value) {
        value.ifPresent(n -> out.put(key, Long.toString(n)));
        return this;
    }

    TreeBuilder dur(String key, Optional<Duration> value) {
        value.ifPresent(d -> out.put(key, GoDuration.format(d)));
        return this;
    }

    TreeBuilder strs(String key, List<String> value) {
        if (!value.isEmpty()) {
            out.put(key, new ArrayList<Object>(value));
        }
        return this;
    }

    TreeBuilder map(String key, Map<String, String> value) {
        if (!value.isEmpty()) {
            out.put(key, new TreeMap<String, Object>(value));
        }
        return this;
    }

    TreeBuilder envmap(String key, Map<String, Optional<String>> value) {
        if (!value.isEmpty()) {
            Map<String, Object> m = new TreeMap<>();
            value.forEach((k, v) -> m.put(k, v.orElse(null)));
            out.put(key, m);
        }
        return this;
    }

    TreeBuilder cmd(String key, Optional<List<String>> value) {
        value.ifPresent(l -> out.put(key, new ArrayList<Object>(l)));
        return this;
    }

    TreeBuilder raw(String key, Optional<Object> value) {
        value.ifPresent(v -> out.put(key, v));
        return this;
    }

    <R> TreeBuilder obj(String key, Optional<R> value, Function<R, Object> write) {
        value.ifPresent(v -> out.put(key, write.apply(v)));
        return this;
    }

    <R> TreeBuilder objs(String key, List<R> value, Function<R, Object> write) {
        if (!value.isEmpty()) {
            List<Object> list = new ArrayList<>();
            value.forEach(v -> list.add(write.apply(v)));
            out.put(key, list);
        }
        return this;
    }

    <R> TreeBuilder objmap(String key, Map<String, R> value, Function<R, Object> write) {
        if (!value.isEmpty()) {
            Map<String, Object> m = new TreeMap<>();
            value.forEach((k, v) -> m.put(k, write.apply(v)));
            out.put(key, m);
        }
        return this;
    }

    <R> TreeBuilder objmapNullable(String key, Map<String, Optional<R>> value, Function<R, Object> write) {
        if (!value.isEmpty()) {
            Map<String, Object> m = new TreeMap<>();
            value.forEach((k, v) -> m.put(k, v.map(write).orElse(null)));
            out.put(key, m);
        }
        return this;
    }

    /** A required, format-less env file prints as its bare path, as compose prints it. */
    TreeBuilder envFiles(String key, List<EnvFile> value) {
        if (!value.isEmpty()) {
            List<Object> list = new ArrayList<>();
            for (EnvFile f : value) {
                if (f.required() && f.format().isEmpty()) {
                    list.add(f.path());
                } else {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("path", f.path());
                    m.put("required", f.required());
                    f.format().ifPresent(x -> m.put("format", x));
                    list.add(m);
                }
            }
            out.put(key, list);
        }
        return this;
    }

    TreeBuilder extensions(Map<String, Object> extensions) {
        out.putAll(new TreeMap<>(extensions));
        return this;
    }

    Map<String, Object> build() {
        return out;
    }
}
