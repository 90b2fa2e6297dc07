package io.jcompose.spec.canonical;

import io.jcompose.spec.ComposeException;
import io.jcompose.spec.tree.Mark;
import io.jcompose.spec.tree.YamlPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Turns the merged, interpolated raw tree into canonical form: the tree {@code docker compose config} prints.
 * Long syntax everywhere, compose's defaults inserted (the {@code default} network, resource names, build
 * defaults, implicit dependencies), relative paths made absolute, {@code env_file} folded into
 * {@code environment}. Keys follow compose's print order (see {@link KeyOrder}); the JSON-only quirks
 * ({@code "command": null}, {@code "ipam": {}}) are left to the JSON writer.
 */
public final class Canonicalizer {

    private final CanonicalOptions options;

    private Canonicalizer(CanonicalOptions options) {
        this.options = options;
    }

    public static Map<String, Object> canonicalize(Map<String, Object> merged, CanonicalOptions options) {
        return new Canonicalizer(options).project(merged);
    }

    /**
     * As {@link #canonicalize(Map, CanonicalOptions)}, with errors located: a bad value is reported at the mark
     * {@code marks} gives for its YAML path ({@code compose.yaml:7:9: services.web.ports.0 invalid proto: xyz}).
     */
    public static Map<String, Object> canonicalize(Map<String, Object> merged, CanonicalOptions options,
                                                   Function<YamlPath, Optional<Mark>> marks) {
        try {
            return canonicalize(merged, options);
        } catch (ComposeException e) {
            if (e.mark().isPresent() || e.path().isEmpty()) {
                throw e;
            }
            throw new ComposeException(marks.apply(e.path().get()), e.path(), e.problem(), e);
        }
    }

    private Map<String, Object> project(Map<String, Object> raw) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", options.projectName());
        Map<String, Object> rawServices = Raw.map(raw.get("services"), YamlPath.of("services"));
        Paths paths = new Paths(options);
        ServiceCanonicalizer services = new ServiceCanonicalizer(options, paths);
        Map<String, Object> canonicalServices = new TreeMap<>();
        boolean usesDefaultNetwork = false;
        for (Map.Entry<String, Object> e : rawServices.entrySet()) {
            YamlPath at = YamlPath.of("services", e.getKey());
            Map<String, Object> service = services.canonicalize(Raw.map(e.getValue(), at), at);
            canonicalServices.put(e.getKey(), service);
            @SuppressWarnings("unchecked")
            Map<String, Object> networks = (Map<String, Object>) service.get("networks");
            usesDefaultNetwork |= networks != null && networks.containsKey("default");
        }
        out.put("services", canonicalServices);

        Map<String, Object> networks = new TreeMap<>();
        Raw.map(raw.get("networks"), YamlPath.of("networks")).forEach((key, value) ->
                networks.put(key, network(key, Raw.map(value, YamlPath.of("networks", key)))));
        if (options.normalize() && usesDefaultNetwork && !networks.containsKey("default")) {
            networks.put("default", network("default", new LinkedHashMap<>()));
        }
        putIfNotEmpty(out, "networks", networks);

        Map<String, Object> volumes = new TreeMap<>();
        Raw.map(raw.get("volumes"), YamlPath.of("volumes")).forEach((key, value) ->
                volumes.put(key, volume(key, Raw.map(value, YamlPath.of("volumes", key)))));
        putIfNotEmpty(out, "volumes", volumes);

        for (String kind : List.of("secrets", "configs")) {
            Map<String, Object> objects = new TreeMap<>();
            Raw.map(raw.get(kind), YamlPath.of(kind)).forEach((key, value) ->
                    objects.put(key, fileObject(YamlPath.of(kind, key), Raw.map(value, YamlPath.of(kind, key)), paths)));
            putIfNotEmpty(out, kind, objects);
        }
        if (raw.get("models") instanceof Map<?, ?> models && !models.isEmpty()) {
            Map<String, Object> ordered = new TreeMap<>();
            models.forEach((key, value) -> ordered.put(String.valueOf(key), value instanceof Map<?, ?> model
                    ? KeyOrder.apply(Raw.map(Values.sortedCopy(model), YamlPath.of("models", String.valueOf(key))),
                            KeyOrder.MODEL)
                    : Values.sortedCopy(value)));
            out.put("models", ordered);
        }
        raw.forEach((key, value) -> {
            if (key.startsWith("x-")) {
                out.put(key, Values.sortedCopy(value));
            }
        });
        return KeyOrder.apply(out, KeyOrder.PROJECT);
    }

    private Map<String, Object> network(String key, Map<String, Object> raw) {
        YamlPath at = YamlPath.of("networks", key);
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : raw.entrySet()) {
            YamlPath p = at.key(e.getKey());
            Object v = e.getValue();
            switch (e.getKey()) {
                case "name", "driver" -> Values.putString(out, e.getKey(), v, p);
                case "driver_opts", "labels" -> Values.putMapping(out, e.getKey(), v, p);
                case "external" -> external(out, v, p);
                case "internal", "attachable" -> {
                    if (v != null && Raw.bool(v, p)) {
                        out.put(e.getKey(), true);
                    }
                }
                case "enable_ipv4", "enable_ipv6" -> {
                    if (v != null) {
                        out.put(e.getKey(), Raw.bool(v, p));
                    }
                }
                case "ipam" -> {
                    Map<String, Object> ipam = ipam(Raw.map(v, p), p);
                    if (!ipam.isEmpty()) {
                        out.put("ipam", ipam);
                    }
                }
                default -> out.put(e.getKey(), Values.sortedCopy(v));
            }
        }
        resourceName(out, key);
        return KeyOrder.apply(out, KeyOrder.NETWORK);
    }

    private static Map<String, Object> ipam(Map<String, Object> raw, YamlPath at) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : raw.entrySet()) {
            YamlPath p = at.key(e.getKey());
            switch (e.getKey()) {
                case "driver" -> Values.putString(out, "driver", e.getValue(), p);
                case "options" -> Values.putMapping(out, "options", e.getValue(), p);
                case "config" -> {
                    List<Object> pools = new java.util.ArrayList<>();
                    List<Object> rawPools = Raw.list(e.getValue(), p);
                    for (int i = 0; i < rawPools.size(); i++) {
                        Map<String, Object> pool = new LinkedHashMap<>();
                        YamlPath pp = p.index(i);
                        Raw.map(rawPools.get(i), pp).forEach((k, v) -> {
                            if (k.equals("aux_addresses")) {
                                Values.putMapping(pool, k, v, pp.key(k));
                            } else if (k.startsWith("x-")) {
                                pool.put(k, Values.sortedCopy(v));
                            } else {
                                Values.putString(pool, k, v, pp.key(k));
                            }
                        });
                        pools.add(KeyOrder.apply(pool, KeyOrder.IPAM_POOL));
                    }
                    if (!pools.isEmpty()) {
                        out.put("config", pools);
                    }
                }
                default -> out.put(e.getKey(), Values.sortedCopy(e.getValue()));
            }
        }
        return KeyOrder.apply(out, KeyOrder.IPAM);
    }

    private Map<String, Object> volume(String key, Map<String, Object> raw) {
        YamlPath at = YamlPath.of("volumes", key);
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : raw.entrySet()) {
            YamlPath p = at.key(e.getKey());
            switch (e.getKey()) {
                case "name", "driver" -> Values.putString(out, e.getKey(), e.getValue(), p);
                case "driver_opts", "labels" -> Values.putMapping(out, e.getKey(), e.getValue(), p);
                case "external" -> external(out, e.getValue(), p);
                default -> out.put(e.getKey(), Values.sortedCopy(e.getValue()));
            }
        }
        bindDevice(out);
        resourceName(out, key);
        return KeyOrder.apply(out, KeyOrder.VOLUME);
    }

    private Map<String, Object> fileObject(YamlPath at, Map<String, Object> raw, Paths paths) {
        Map<String, Object> out = new LinkedHashMap<>();
        String key = at.last();
        for (Map.Entry<String, Object> e : raw.entrySet()) {
            YamlPath p = at.key(e.getKey());
            switch (e.getKey()) {
                case "file" -> out.put("file", paths.resolve(Raw.scalar(e.getValue(), p)));
                case "name", "environment", "content", "driver", "template_driver" ->
                        Values.putString(out, e.getKey(), e.getValue(), p);
                case "labels", "driver_opts" -> Values.putMapping(out, e.getKey(), e.getValue(), p);
                case "external" -> external(out, e.getValue(), p);
                default -> out.put(e.getKey(), Values.sortedCopy(e.getValue()));
            }
        }
        resourceName(out, key);
        return KeyOrder.apply(out, KeyOrder.FILE_OBJECT);
    }

    /** {@code external: true}, or the legacy {@code external: {name: x}} which also names the resource. */
    private static void external(Map<String, Object> out, Object value, YamlPath at) {
        if (value instanceof Map<?, ?> legacy) {
            out.put("external", true);
            if (legacy.get("name") != null && !out.containsKey("name")) {
                out.put("name", Raw.scalar(legacy.get("name"), at.key("name")));
            }
        } else if (value != null && Raw.bool(value, at)) {
            out.put("external", true);
        }
    }

    /** A local volume that is a bind mount in disguise ({@code o: bind}) has its device made absolute. */
    private void bindDevice(Map<String, Object> volume) {
        if ("local".equals(volume.get("driver")) && volume.get("driver_opts") instanceof Map<?, ?> opts
                && "bind".equals(opts.get("o")) && opts.get("device") instanceof String device) {
            @SuppressWarnings("unchecked")
            Map<String, Object> o = (Map<String, Object>) opts;
            o.put("device", new Paths(options).resolve(device));
        }
    }

    /** Unnamed resources are named {@code <project>_<key>}; external ones keep their key. */
    private void resourceName(Map<String, Object> out, String key) {
        if (!options.normalize() || out.containsKey("name")) {
            return;
        }
        out.put("name", Boolean.TRUE.equals(out.get("external")) ? key : options.projectName() + "_" + key);
    }

    private static void putIfNotEmpty(Map<String, Object> out, String key, Map<String, Object> value) {
        if (!value.isEmpty()) {
            out.put(key, value);
        }
    }
}
