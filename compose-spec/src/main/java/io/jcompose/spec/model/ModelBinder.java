package io.jcompose.spec.model;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Binds a canonical tree (as {@code Canonicalizer} produces it, or as {@code config} prints it) to records. */
public final class ModelBinder {

    private ModelBinder() {
    }

    public static Project bind(Map<String, Object> canonical) {
        Map<String, ServiceConfig> services = new TreeMap<>();
        if (canonical.get("services") instanceof Map<?, ?> m) {
            m.forEach((name, service) -> services.put(String.valueOf(name),
                    ServiceConfig.fromTree(String.valueOf(name), Trees.asMap(service, "services." + name))));
        }
        return new Project(
                String.valueOf(canonical.getOrDefault("name", "")),
                services,
                Map.of(),
                named(canonical, "networks", NetworkConfig::fromTree),
                named(canonical, "volumes", VolumeConfig::fromTree),
                named(canonical, "secrets", FileObjectConfig::fromTree),
                named(canonical, "configs", FileObjectConfig::fromTree),
                Trees.raw(canonical, "models"),
                Trees.extensions(canonical));
    }

    /** Also a ServiceConfig alone, e.g. for hashing a service read from elsewhere. */
    public static ServiceConfig bindService(String name, Map<String, Object> canonical) {
        return ServiceConfig.fromTree(name, canonical);
    }

    private static <R> Map<String, R> named(Map<String, Object> canonical, String key,
                                            Function<Map<String, Object>, R> bind) {
        Map<String, R> out = new TreeMap<>();
        if (canonical.get(key) instanceof Map<?, ?> m) {
            // `volumes: {data: }` leaves a null entry: an empty definition
            m.forEach((name, value) -> out.put(String.valueOf(name),
                    bind.apply(value == null ? Map.of() : Trees.asMap(value, key + "." + name))));
        }
        return out;
    }
}
