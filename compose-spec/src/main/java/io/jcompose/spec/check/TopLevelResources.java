package io.jcompose.spec.check;

import io.jcompose.spec.tree.YamlPath;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Checks of the project name and the top-level networks, volumes, secrets and configs. */
final class TopLevelResources {

    private static final Pattern PROJECT_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    private static final List<String> SECRET_SOURCES = List.of("file", "environment");
    private static final List<String> CONFIG_SOURCES = List.of("file", "environment", "content");

    private TopLevelResources() {
    }

    static void check(Map<String, Object> project, Problems problems) {
        checkProjectName(project, problems);
        checkSources(project, "secrets", SECRET_SOURCES, problems);
        checkSources(project, "configs", CONFIG_SOURCES, problems);
    }

    private static void checkProjectName(Map<String, Object> project, Problems problems) {
        Attributes.string(project, "name").ifPresent(name -> {
            if (!PROJECT_NAME.matcher(name).matches()) {
                throw problems.at(YamlPath.of("name"), "invalid project name \"" + name + "\": must consist only of "
                        + "lowercase alphanumeric characters, hyphens, and underscores as well as start with a letter "
                        + "or number");
            }
        });
    }

    /**
     * An external volume is only looked up by name: any other setting would be ignored. compose-go
     * checks volumes only (an external network may carry other settings), on the merged tree as
     * written, so a key is refused even when empty ({@code driver_opts: {}}).
     */
    static void checkExternalVolumes(Map<String, Object> mergedTree, Problems problems) {
        new TreeMap<>(Attributes.map(mergedTree, "volumes")).forEach((name, definition) -> {
            Map<String, Object> resource = Attributes.map(definition);
            Object external = resource.get("external");
            if (!Attributes.isTrue(external) && !(external instanceof Map<?, ?>)) {
                return;
            }
            resource.keySet().forEach(key -> {
                if (key.equals("name") || key.equals("external") || key.startsWith("x-")) {
                    return;
                }
                throw problems.atPath(YamlPath.of("volumes", name),
                        "conflicting parameters \"external\" and \"" + key + "\" specified");
            });
        });
    }

    /** A secret or config takes its content from exactly one source, unless external or driver-provided. */
    private static void checkSources(Map<String, Object> project, String kind, List<String> sources,
            Problems problems) {
        new TreeMap<>(Attributes.map(project, kind)).forEach((name, definition) -> {
            Map<String, Object> resource = Attributes.map(definition);
            long declared = sources.stream().filter(resource::containsKey).count();
            YamlPath path = YamlPath.of(kind, name);
            if (declared > 1) {
                throw problems.atPath(path, String.join("|", sources) + " attributes are mutually exclusive");
            }
            if (declared == 0 && !Attributes.isTrue(resource.get("external"))
                    && !(resource.get("external") instanceof Map<?, ?>) && !Attributes.isSet(resource.get("driver"))) {
                throw problems.atPath(path, "one of " + String.join("|", sources) + " must be set");
            }
        });
    }
}
