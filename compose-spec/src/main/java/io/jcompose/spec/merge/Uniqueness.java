package io.jcompose.spec.merge;

import static io.jcompose.spec.merge.TreeValues.asList;
import static io.jcompose.spec.merge.TreeValues.asMap;

import io.jcompose.spec.ComposeException;
import io.jcompose.spec.tree.YamlPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Removes redefinitions from the sequences compose treats as keyed (environment by name, volumes
 * by target, ports by binding, ...): a later entry with the same key replaces the earlier one in
 * its position. Run after every merge and again on the canonical form, where short and long
 * syntax of the same entry finally look alike.
 */
public final class Uniqueness {

    /** How an entry of a keyed sequence is identified. */
    interface Indexer {
        String key(Object entry, YamlPath path);
    }

    private record Keyed(PathPattern pattern, Indexer indexer) {
    }

    private static final List<Keyed> KEYED = keyed();

    private Uniqueness() {
    }

    private static List<Keyed> keyed() {
        List<Keyed> rules = new ArrayList<>();
        rules.add(keyed("networks.*.labels", Uniqueness::keyValueKey));
        rules.add(keyed("networks.*.ipam.options", Uniqueness::keyValueKey));
        for (String keyValue : List.of("annotations", "build.args", "build.additional_contexts", "build.platforms",
                "build.tags", "build.labels", "cap_add", "cap_drop", "deploy.labels", "dns", "dns_opt", "dns_search",
                "environment", "labels", "links", "networks.*.aliases", "networks.*.link_local_ips", "profiles",
                "sysctls", "tmpfs")) {
            rules.add(keyed("services.*." + keyValue, Uniqueness::keyValueKey));
        }
        rules.add(keyed("services.*.devices", Uniqueness::deviceKey));
        rules.add(keyed("services.*.configs", mountKey("")));
        rules.add(keyed("services.*.secrets", mountKey("/run/secrets")));
        rules.add(keyed("services.*.env_file", Uniqueness::envFileKey));
        rules.add(keyed("services.*.expose", Uniqueness::exposeKey));
        rules.add(keyed("services.*.ports", Uniqueness::portKey));
        rules.add(keyed("services.*.volumes", Uniqueness::volumeKey));
        return List.copyOf(rules);
    }

    private static Keyed keyed(String pattern, Indexer indexer) {
        return new Keyed(PathPattern.of(pattern), indexer);
    }

    /** The tree with redefinitions removed from every keyed sequence; the input is not modified. */
    public static Map<String, Object> enforce(Map<String, Object> tree) {
        return asMap(enforce(tree, YamlPath.ROOT));
    }

    private static Object enforce(Object value, YamlPath path) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            asMap(map).forEach((k, v) -> out.put(k, enforce(v, path.key(k))));
            return out;
        }
        if (value instanceof List<?> list) {
            for (Keyed rule : KEYED) {
                if (rule.pattern().matches(path)) {
                    return uniqueEntries(asList(list), rule.indexer(), path);
                }
            }
            List<Object> out = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                out.add(enforce(list.get(i), path.index(i)));
            }
            return out;
        }
        return value;
    }

    /** Entries in first-seen order of their key, each holding the last entry seen for that key. */
    static List<Object> uniqueEntries(List<Object> entries, Indexer indexer, YamlPath path) {
        List<Object> out = new ArrayList<>();
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Object entry = entries.get(i);
            String key = indexer.key(entry, path.index(i));
            Integer at = positions.get(key);
            if (at != null) {
                out.set(at, entry);
            } else {
                positions.put(key, out.size());
                out.add(entry);
            }
        }
        return out;
    }

    static String keyValueKey(Object entry, YamlPath path) {
        if (!(entry instanceof String text)) {
            throw new ComposeException(Optional.empty(), Optional.of(path),
                    "unexpected type: expected a string, got " + TreeValues.scalarText(entry));
        }
        int equals = text.indexOf('=');
        return equals < 0 ? text : text.substring(0, equals);
    }

    private static String volumeKey(Object entry, YamlPath path) {
        if (entry instanceof Map<?, ?> volume) {
            if (!(volume.get("target") instanceof String target)) {
                throw new ComposeException(Optional.empty(), Optional.of(path), "service volume is missing a mount target");
            }
            return target;
        }
        if (entry instanceof String spec) {
            return shortVolumeTarget(spec);
        }
        return "";
    }

    /** The container path of a short volume spec {@code [SOURCE:]TARGET[:MODE]}. */
    static String shortVolumeTarget(String spec) {
        String[] parts = splitVolume(spec);
        return parts.length == 1 ? parts[0] : parts[1];
    }

    /** Splits on ':' but keeps a Windows drive letter ({@code C:\...}) with its path. */
    static String[] splitVolume(String spec) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < spec.length(); i++) {
            if (spec.charAt(i) == ':') {
                boolean driveLetter = i - start == 1 && Character.isLetter(spec.charAt(start))
                        && i + 1 < spec.length() && (spec.charAt(i + 1) == '\\' || spec.charAt(i + 1) == '/');
                if (!driveLetter) {
                    parts.add(spec.substring(start, i));
                    start = i + 1;
                }
            }
        }
        parts.add(spec.substring(start));
        return parts.toArray(String[]::new);
    }

    private static String deviceKey(Object entry, YamlPath path) {
        if (entry instanceof Map<?, ?> device) {
            if (!(device.get("target") instanceof String target)) {
                throw new ComposeException(Optional.empty(), Optional.of(path), "service device is missing a mount target");
            }
            return target;
        }
        if (entry instanceof String spec) {
            String[] parts = spec.split(":", -1);
            return parts.length == 1 ? parts[0] : parts[1];
        }
        return "";
    }

    private static Indexer mountKey(String defaultDirectory) {
        return (entry, path) -> {
            if (entry instanceof String source) {
                return defaultDirectory + "/" + source;
            }
            if (entry instanceof Map<?, ?> mount) {
                Object target = mount.get("target");
                if (target != null) {
                    return String.valueOf(target);
                }
                return defaultDirectory + "/" + TreeValues.scalarText(mount.get("source"));
            }
            throw new ComposeException(Optional.empty(), Optional.of(path), "unsupported value " + TreeValues.scalarText(entry));
        };
    }

    private static String envFileKey(Object entry, YamlPath path) {
        if (entry instanceof String file) {
            return file;
        }
        if (entry instanceof Map<?, ?> file) {
            if (!file.containsKey("path")) {
                throw new ComposeException(Optional.empty(), Optional.of(path), "env_file entry is missing its path");
            }
            return String.valueOf(file.get("path"));
        }
        return "";
    }

    private static String exposeKey(Object entry, YamlPath path) {
        if (entry instanceof String || entry instanceof Long || entry instanceof Integer) {
            return String.valueOf(entry);
        }
        throw new ComposeException(Optional.empty(), Optional.of(path), "unsupported expose value " + TreeValues.scalarText(entry));
    }

    /** Short syntax by its text; long syntax as {@code host_ip:published:target/protocol}. */
    private static String portKey(Object entry, YamlPath path) {
        if (entry instanceof Map<?, ?> port) {
            if (!port.containsKey("target")) {
                throw new ComposeException(Optional.empty(), Optional.of(path), "service port is missing a target port");
            }
            Object host = port.containsKey("host_ip") ? port.get("host_ip") : "0.0.0.0";
            Object protocol = port.containsKey("protocol") ? port.get("protocol") : "tcp";
            return TreeValues.scalarText(host) + ":" + TreeValues.scalarText(port.get("published")) + ":"
                    + TreeValues.scalarText(port.get("target")) + "/" + TreeValues.scalarText(protocol);
        }
        return TreeValues.scalarText(entry);
    }
}
