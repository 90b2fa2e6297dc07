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
        return escape(YamlEmitter.write(printable(tree)), escapeDollars);
    }

    /** Without a trailing newline, as compose prints it. */
    public static String json(Map<String, Object> tree, boolean escapeDollars) {
        return escape(JsonEmitter.write(JsonView.of(printable(tree))), escapeDollars);
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
}
