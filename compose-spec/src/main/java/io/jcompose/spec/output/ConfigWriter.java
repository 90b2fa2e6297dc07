package io.jcompose.spec.output;

import io.jcompose.spec.model.Project;
import io.jcompose.spec.model.ProjectTree;
import java.util.Map;

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
        return escape(YamlEmitter.write(tree), escapeDollars);
    }

    /** Without a trailing newline, as compose prints it. */
    public static String json(Map<String, Object> tree, boolean escapeDollars) {
        return escape(JsonEmitter.write(JsonView.of(tree)), escapeDollars);
    }

    private static String escape(String text, boolean escapeDollars) {
        return escapeDollars ? text.replace("$", "$$") : text;
    }
}
