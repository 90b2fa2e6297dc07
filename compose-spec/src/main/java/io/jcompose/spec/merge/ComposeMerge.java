package io.jcompose.spec.merge;

import static io.jcompose.spec.merge.TreeValues.asList;
import static io.jcompose.spec.merge.TreeValues.asMap;

import io.jcompose.spec.ComposeException;
import io.jcompose.spec.tree.Tagged;
import io.jcompose.spec.tree.YamlPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Merges a later Compose tree over an earlier one with compose's per-path rules (reference 2.6):
 * mappings merge recursively, sequences append without exact duplicates, and the listed paths
 * have their own rule. {@code !reset} drops what came before, {@code !override} replaces it.
 * Inputs are not modified.
 */
public final class ComposeMerge {

    private interface Rule {
        Object merge(Object base, Object override, YamlPath path);
    }

    private record Special(PathPattern pattern, Rule rule) {
    }

    private static final Map<String, Object> DEPENDS_ON_DEFAULTS = defaultsForDependsOn();

    private static final List<Special> SPECIALS = specials();

    private ComposeMerge() {
    }

    /** {@code override} merged over {@code base}, both whole Compose documents; tags in {@code base} count as resolved. */
    public static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> override) {
        return mergeMappings(asMap(TreeValues.untag(base)), override, YamlPath.ROOT);
    }

    /** One service merged over another, as {@code extends} does. */
    public static Map<String, Object> extendService(Map<String, Object> base, Map<String, Object> local) {
        Object merged = mergeValue(TreeValues.untag(base), local, YamlPath.of("services", "x"));
        return asMap(merged);
    }

    /** One named resource (service, network, ...) merged over another at {@code path}. */
    public static Object mergeAt(Object base, Object override, YamlPath path) {
        return mergeValue(TreeValues.untag(base), override, path);
    }

    private static List<Special> specials() {
        List<Special> rules = new ArrayList<>();
        rules.add(special("networks.*.ipam.config",
                (base, override, path) -> mergeIpamConfig(base, TreeValues.untag(override), path)));
        for (String resource : List.of("networks", "volumes", "secrets", "configs")) {
            rules.add(special(resource + ".*.labels", ComposeMerge::mergeKeyValueSequence));
        }
        String s = "services.*.";
        for (String keyValue : List.of("annotations", "build.args", "build.additional_contexts", "build.labels",
                "environment", "labels", "volumes.*.volume.labels", "sysctls", "deploy.labels")) {
            rules.add(special(s + keyValue, ComposeMerge::mergeKeyValueSequence));
        }
        for (String sequence : List.of("build.extra_hosts", "dns", "dns_opt", "dns_search", "env_file",
                "label_file", "extra_hosts", "tmpfs")) {
            rules.add(special(s + sequence, ComposeMerge::mergeToSequence));
        }
        for (String replaced : List.of("command", "entrypoint", "healthcheck.test")) {
            rules.add(special(s + replaced, (base, override, path) -> TreeValues.untag(override)));
        }
        rules.add(special(s + "build", ComposeMerge::mergeBuild));
        rules.add(special(s + "depends_on",
                (base, override, path) -> mergeAsMapping(base, override, DEPENDS_ON_DEFAULTS, path)));
        rules.add(special(s + "networks", (base, override, path) -> mergeAsMapping(base, override, null, path)));
        rules.add(special(s + "models", (base, override, path) -> mergeAsMapping(base, override, null, path)));
        rules.add(special(s + "logging", ComposeMerge::mergeLogging));
        rules.add(special(s + "ulimits.*", ComposeMerge::mergeUlimit));
        return List.copyOf(rules);
    }

    private static Special special(String pattern, Rule rule) {
        return new Special(PathPattern.of(pattern), rule);
    }

    private static Map<String, Object> defaultsForDependsOn() {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("condition", "service_started");
        defaults.put("required", Boolean.TRUE);
        return defaults;
    }

    private static Object mergeValue(Object base, Object override, YamlPath path) {
        for (Special special : SPECIALS) {
            if (special.pattern().matches(path)) {
                return special.rule().merge(base, override, path);
            }
        }
        if (override == null) {
            return base;
        }
        if (base instanceof Map<?, ?>) {
            if (!(override instanceof Map<?, ?>)) {
                throw cannotOverride(path);
            }
            return mergeMappings(asMap(base), asMap(override), path);
        }
        Object untagged = TreeValues.untag(override);
        if (base instanceof List<?>) {
            if (!(untagged instanceof List<?>)) {
                throw cannotOverride(path);
            }
            return appendWithoutDuplicates(asList(base), asList(untagged));
        }
        return untagged;
    }

    private static ComposeException cannotOverride(YamlPath path) {
        return new ComposeException(Optional.empty(), Optional.of(path),
                "cannot be overridden: earlier and later files disagree on its type");
    }

    /** Merges into {@code base} (a private copy) and returns it. */
    private static Map<String, Object> mergeMappings(Map<String, Object> base, Map<String, Object> override,
            YamlPath path) {
        for (Map.Entry<String, Object> entry : override.entrySet()) {
            String key = entry.getKey();
            Object value = entry.getValue();
            if (value instanceof Tagged.Reset) {
                base.remove(key);
            } else if (value instanceof Tagged.Override replacement) {
                base.put(key, TreeValues.untag(replacement.value()));
            } else if (!base.containsKey(key)) {
                base.put(key, TreeValues.untag(value));
            } else {
                base.put(key, mergeValue(base.get(key), value, path.key(key)));
            }
        }
        return base;
    }

    private static Object mergeLogging(Object base, Object override, YamlPath path) {
        if (!(base instanceof Map<?, ?>) || !(override instanceof Map<?, ?>)) {
            throw new ComposeException(Optional.empty(), Optional.of(path), "cannot merge logging: expected a mapping");
        }
        Map<String, Object> over = asMap(override);
        Map<String, Object> earlier = asMap(base);
        boolean sameDriver = java.util.Objects.equals(over.get("driver"), earlier.get("driver"));
        if (sameDriver || !over.containsKey("driver") || !earlier.containsKey("driver")) {
            return mergeMappings(earlier, over, path);
        }
        return TreeValues.untag(over);
    }

    private static Object mergeBuild(Object base, Object override, YamlPath path) {
        Map<String, Object> earlier = toBuild(base);
        Map<String, Object> later = toBuild(override);
        if (earlier == null) {
            return TreeValues.untag(later);
        }
        return later == null ? earlier : mergeMappings(earlier, later, path);
    }

    private static Map<String, Object> toBuild(Object value) {
        if (value instanceof String context) {
            Map<String, Object> build = new LinkedHashMap<>();
            build.put("context", context);
            return build;
        }
        return value instanceof Map<?, ?> ? asMap(value) : null;
    }

    private static Object mergeAsMapping(Object base, Object override, Map<String, Object> defaults, YamlPath path) {
        Map<String, Object> earlier = toMapping(base == null ? Map.of() : base, defaults, path);
        Map<String, Object> later = toMapping(override == null ? Map.of() : override, defaults, path);
        return mergeMappings(earlier, later, path);
    }

    private static Map<String, Object> toMapping(Object value, Map<String, Object> defaults, YamlPath path) {
        if (value instanceof Map<?, ?>) {
            return new LinkedHashMap<>(asMap(value));
        }
        Map<String, Object> converted = new LinkedHashMap<>();
        if (value instanceof String key) {
            converted.put(key, defaults == null ? null : new LinkedHashMap<>(defaults));
            return converted;
        }
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Tagged.Reset) {
                    continue;
                }
                if (!(item instanceof String key)) {
                    throw new ComposeException(Optional.empty(), Optional.of(path),
                            "cannot use " + TreeValues.scalarText(item) + " as a mapping key");
                }
                converted.put(key, defaults == null ? null : new LinkedHashMap<>(defaults));
            }
            return converted;
        }
        throw new ComposeException(Optional.empty(), Optional.of(path), "cannot be converted into a mapping");
    }

    private static Object mergeToSequence(Object base, Object override, YamlPath path) {
        return appendWithoutDuplicates(toSequence(base), toSequence(TreeValues.untag(override)));
    }

    /** {@code KEY: !reset} in a later mapping removes that key from the earlier entries. */
    private static Object mergeKeyValueSequence(Object base, Object override, YamlPath path) {
        List<Object> all = new ArrayList<>(toSequence(base));
        if (override instanceof Map<?, ?> later) {
            later.forEach((key, value) -> {
                if (value instanceof Tagged.Reset) {
                    all.removeIf(entry -> key.equals(Uniqueness.keyValueKey(entry, path)));
                }
            });
        }
        all.addAll(toSequence(TreeValues.untag(override)));
        return Uniqueness.uniqueEntries(all, Uniqueness::keyValueKey, path);
    }

    /** Map and scalar forms as a {@code KEY=VALUE} sequence (sorted, as compose does), lists as they are. */
    static List<Object> toSequence(Object value) {
        if (value instanceof Map<?, ?> map) {
            List<String> entries = new ArrayList<>();
            map.forEach((k, v) -> {
                if (v == null) {
                    entries.add(String.valueOf(k));
                } else if (v instanceof List<?> list) {
                    list.forEach(item -> entries.add(k + "=" + TreeValues.scalarText(item)));
                } else {
                    entries.add(k + "=" + TreeValues.scalarText(v));
                }
            });
            entries.sort(null);
            return new ArrayList<>(entries);
        }
        if (value instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        if (value instanceof String string) {
            return new ArrayList<>(List.of(string));
        }
        return new ArrayList<>();
    }

    /** Later entries appended unless an identical one is already there. */
    static List<Object> appendWithoutDuplicates(List<Object> base, List<Object> override) {
        List<Object> merged = new ArrayList<>(base);
        for (Object item : override) {
            if (!merged.contains(item)) {
                merged.add(item);
            }
        }
        return merged;
    }

    private static Object mergeUlimit(Object base, Object override, YamlPath path) {
        if (override instanceof Map<?, ?> later) {
            if (base instanceof Map<?, ?> earlier) {
                return mergeMappings(new LinkedHashMap<>(asMap(earlier)), asMap(later), path);
            }
            if (base instanceof Number limit) {
                Map<String, Object> earlier = new LinkedHashMap<>();
                earlier.put("soft", limit);
                earlier.put("hard", limit);
                return mergeMappings(earlier, asMap(later), path);
            }
        }
        return TreeValues.untag(override);
    }

    /**
     * IPAM pools merge by subnet: each later pool is merged over the earlier pool with the same
     * subnet, or taken as is; earlier pools whose subnet the later file does not name are dropped,
     * as compose-go does.
     */
    private static Object mergeIpamConfig(Object base, Object override, YamlPath path) {
        if (!(base instanceof List<?> earlier) || !(override instanceof List<?> later)) {
            throw new ComposeException(Optional.empty(), Optional.of(path), "must be a list");
        }
        List<Object> merged = new ArrayList<>();
        for (Object pool : later) {
            Map<String, Object> over = requirePool(pool, path);
            Object subnet = over.get("subnet");
            Map<String, Object> match = null;
            for (Object candidate : earlier) {
                Map<String, Object> earlierPool = requirePool(candidate, path);
                if (java.util.Objects.equals(earlierPool.get("subnet"), subnet)) {
                    match = earlierPool;
                }
            }
            Map<String, Object> result = match == null
                    ? new LinkedHashMap<>(over)
                    : mergeMappings(TreeValues.copyMap(match), over, path);
            int existing = indexOfSubnet(merged, subnet);
            if (existing >= 0) {
                merged.set(existing, result);
            } else {
                merged.add(result);
            }
        }
        return merged;
    }

    private static int indexOfSubnet(List<Object> pools, Object subnet) {
        for (int i = 0; i < pools.size(); i++) {
            if (java.util.Objects.equals(asMap(pools.get(i)).get("subnet"), subnet)) {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, Object> requirePool(Object pool, YamlPath path) {
        if (pool instanceof Map<?, ?>) {
            return asMap(pool);
        }
        throw new ComposeException(Optional.empty(), Optional.of(path), "entries must be mappings");
    }
}
