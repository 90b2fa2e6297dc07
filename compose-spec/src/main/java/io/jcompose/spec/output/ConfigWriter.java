package io.jcompose.spec.output;

import io.jcompose.spec.model.Project;
import io.jcompose.spec.model.ProjectTree;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The text of {@code docker compose config}: YAML (default) or {@code --format json}, with every {@code $}
 * written as {@code $$} so the output reads back to the same values (compose skips that with
 * {@code --no-interpolate}).
 */
public final class ConfigWriter {

    private ConfigWriter() {
    }

    public static String yaml(Project project) {
        return yaml(ProjectTree.of(project));
    }

    public static String json(Project project) {
        return json(ProjectTree.of(project));
    }

    public static String yaml(Map<String, Object> tree) {
        return yaml(tree, true);
    }

    public static String json(Map<String, Object> tree) {
        return json(tree, true);
    }

    /** @param escapeDollars false for {@code --no-interpolate}, where {@code $} is left as written */
    public static String yaml(Map<String, Object> tree, boolean escapeDollars) {
        return escape(YamlEmitter.write(yamlView(printable(tree))), escapeDollars);
    }

    /** Without a trailing newline, as compose prints it. */
    public static String json(Map<String, Object> tree, boolean escapeDollars) {
        return escape(JsonEmitter.write(JsonView.of(printable(tree))), escapeDollars);
    }

    /** An empty {@code command}/{@code entrypoint} (which clears the image's) is omitted from YAML only. */
    private static Map<String, Object> yamlView(Map<String, Object> tree) {
        if (!(tree.get("services") instanceof Map<?, ?> services)) {
            return tree;
        }
        Map<String, Object> out = new LinkedHashMap<>(tree);
        Map<String, Object> cleaned = new TreeMap<>();
        services.forEach((name, service) -> {
            if (service instanceof Map<?, ?> s && (isEmptyList(s.get("command")) || isEmptyList(s.get("entrypoint")))) {
                Map<String, Object> copy = new LinkedHashMap<>();
                s.forEach((k, v) -> {
                    if (!(("command".equals(k) || "entrypoint".equals(k)) && isEmptyList(v))) {
                        copy.put(String.valueOf(k), v);
                    }
                });
                cleaned.put(String.valueOf(name), copy);
            } else {
                cleaned.put(String.valueOf(name), service);
            }
        });
        out.put("services", cleaned);
        return out;
    }

    private static boolean isEmptyList(Object value) {
        return value instanceof java.util.List<?> l && l.isEmpty();
    }

    /** Secret contents are never printed (they may come from the environment). */
    private static Map<String, Object> printable(Map<String, Object> tree) {
        if (!(tree.get("secrets") instanceof Map<?, ?> secrets)) {
            return tree;
        }
        Map<String, Object> out = new LinkedHashMap<>(tree);
        Map<String, Object> cleaned = new TreeMap<>();
        secrets.forEach((name, secret) -> {
            if (secret instanceof Map<?, ?> s && s.containsKey("content")) {
                Map<String, Object> copy = new LinkedHashMap<>();
                s.forEach((k, v) -> copy.put(String.valueOf(k), v));
                copy.remove("content");
                cleaned.put(String.valueOf(name), copy);
            } else {
                cleaned.put(String.valueOf(name), secret);
            }
        });
        out.put("secrets", cleaned);
        return out;
    }

    private static String escape(String text, boolean escapeDollars) {
        return escapeDollars ? text.replace("$", "$$") : text;
    }

    /**
     * The raw model as {@code config --no-interpolate} prints it: compose marshals a plain map there, so every
     * mapping's keys come out sorted and nothing is escaped.
     */
    public static String modelYaml(Map<String, Object> tree) {
        return YamlEmitter.write(sortedDeep(tree));
    }

    public static String modelJson(Map<String, Object> tree) {
        return JsonEmitter.write(sortedDeep(tree));
    }

    @SuppressWarnings("unchecked")
    private static <T> T sortedDeep(T value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new TreeMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), sortedDeep(v)));
            return (T) out;
        }
        if (value instanceof java.util.List<?> l) {
            java.util.List<Object> out = new java.util.ArrayList<>();
            l.forEach(v -> out.add(sortedDeep(v)));
            return (T) out;
        }
        return value;
    }
}
