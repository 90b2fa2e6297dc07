package io.jcompose.spec.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Records back to the canonical tree, in compose's print order (enabled services only). */
public final class ProjectTree {

    private ProjectTree() {
    }

    public static Map<String, Object> of(Project project) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", project.name());
        Map<String, Object> services = new TreeMap<>();
        project.services().forEach((name, service) -> services.put(name, service.toTree()));
        out.put("services", services);
        putNamed(out, "networks", project.networks(), NetworkConfig::toTree);
        putNamed(out, "volumes", project.volumes(), VolumeConfig::toTree);
        putNamed(out, "secrets", project.secrets(), FileObjectConfig::toTree);
        putNamed(out, "configs", project.configs(), FileObjectConfig::toTree);
        project.models().ifPresent(m -> out.put("models", m));
        out.putAll(new TreeMap<>(project.extensions()));
        return out;
    }

    public static Map<String, Object> of(ServiceConfig service) {
        return service.toTree();
    }

    private static <R> void putNamed(Map<String, Object> out, String key, Map<String, R> values,
                                     java.util.function.Function<R, Map<String, Object>> write) {
        if (!values.isEmpty()) {
            Map<String, Object> m = new TreeMap<>();
            values.forEach((name, value) -> m.put(name, write.apply(value)));
            out.put(key, m);
        }
    }
}
