package io.jcompose.spec.canonical;

import io.jcompose.spec.ComposeException;
import io.jcompose.spec.dotenv.DotEnv;
import io.jcompose.spec.tree.YamlPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/** One service in canonical form, attribute by attribute. */
final class ServiceCanonicalizer {

    private final CanonicalOptions options;
    private final Paths paths;

    ServiceCanonicalizer(CanonicalOptions options, Paths paths) {
        this.options = options;
        this.paths = paths;
    }

    Map<String, Object> canonicalize(String name, Map<String, Object> raw, YamlPath at) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : raw.entrySet()) {
            attribute(out, e.getKey(), e.getValue(), at.key(e.getKey()));
        }
        environment(out, raw, at);
        labelFiles(out);
        scaleIntoReplicas(out, at);
        if (options.normalize()) {
            normalize(out);
        }
        return KeyOrder.apply(out, KeyOrder.SERVICE);
    }

    private void attribute(Map<String, Object> out, String key, Object v, YamlPath p) {
        if (v == null && !key.equals("networks")) {
            return;
        }
        switch (key) {
            case "environment", "env_file" -> {
                // folded together once all attributes are read
            }
            case "annotations", "sysctls", "storage_opt", "log_opt" -> Values.putMapping(out, key, v, p);
            case "labels" -> Values.putMapping(out, key, v, p);
            case "attach", "init" -> out.put(key, Raw.bool(v, p));
            case "oom_kill_disable", "privileged", "read_only", "stdin_open", "tty", "use_api_socket" -> {
                if (Raw.bool(v, p)) {
                    out.put(key, true);
                }
            }
            case "cpu_count", "cpu_period", "cpu_quota", "cpu_rt_period", "cpu_rt_runtime", "cpu_shares",
                 "oom_score_adj", "pids_limit" -> {
                long n = Raw.integer(v, p);
                if (n != 0) {
                    out.put(key, n);
                }
            }
            case "scale" -> out.put(key, Raw.integer(v, p));
            case "cpus", "cpu_percent" -> {
                double n = Raw.number(v, p);
                if (n != 0) {
                    out.put(key, n);
                }
            }
            case "mem_limit", "mem_reservation", "memswap_limit", "mem_swappiness", "shm_size" -> {
                long n = Raw.bytes(v, p);
                if (n != 0) {
                    out.put(key, Long.toString(n));
                }
            }
            case "stop_grace_period" -> out.put(key, GoDuration.format(Raw.duration(v, p)));
            case "command", "entrypoint" -> out.put(key, command(v, p));
            case "profiles", "cap_add", "cap_drop", "device_cgroup_rules", "dns", "dns_opt", "dns_search",
                 "external_links", "group_add", "links", "security_opt", "tmpfs", "volumes_from", "expose",
                 "devices" -> Values.putStrings(out, key, v, p);
            case "label_file" -> {
                List<Object> files = new ArrayList<>();
                Raw.stringList(v, p).forEach(f -> files.add(paths.resolve(f)));
                if (!files.isEmpty()) {
                    out.put(key, files);
                }
            }
            case "build" -> out.put(key, build(v, p));
            case "configs" -> putIfNotEmpty(out, key, fileReferences(v, p, false));
            case "secrets" -> putIfNotEmpty(out, key, fileReferences(v, p, true));
            case "depends_on" -> putIfNotEmpty(out, key, dependsOn(v, p));
            case "deploy" -> out.put(key, deploy(Raw.map(v, p), p));
            case "extra_hosts" -> putIfNotEmpty(out, key, extraHosts(v, p));
            case "healthcheck" -> out.put(key, healthcheck(Raw.map(v, p), p));
            case "logging" -> out.put(key, logging(Raw.map(v, p), p));
            case "networks" -> {
                if (v != null) {
                    putIfNotEmpty(out, key, serviceNetworks(v, p));
                }
            }
            case "ports" -> putIfNotEmpty(out, key, ports(v, p));
            case "volumes" -> putIfNotEmpty(out, key, volumes(v, p));
            case "ulimits" -> putIfNotEmpty(out, key, ulimits(v, p));
            case "pull_policy" -> Values.putString(out, key,
                    "if_not_present".equals(v) && options.normalize() ? "missing" : v, p);
            case "develop" -> out.put(key, develop(Raw.map(v, p), p));
            case "post_start", "pre_stop" -> putIfNotEmpty(out, key, hooks(v, p));
            case "gpus" -> putIfNotEmpty(out, key, deviceRequests(v, p));
            case "blkio_config", "credential_spec", "extends", "provider", "models" ->
                    out.put(key, Values.sortedCopy(v));
            default -> {
                if (key.startsWith("x-")) {
                    out.put(key, Values.sortedCopy(v));
                } else if (v instanceof Map || v instanceof List) {
                    out.put(key, Values.plainCopy(v));
                } else {
                    Values.putString(out, key, v, p);
                }
            }
        }
    }

    private static void putIfNotEmpty(Map<String, Object> out, String key, Object value) {
        if (value instanceof Map<?, ?> m && m.isEmpty() || value instanceof List<?> l && l.isEmpty()) {
            return;
        }
        out.put(key, value);
    }

    private static List<Object> command(Object v, YamlPath p) {
        if (v instanceof List<?>) {
            return new ArrayList<>(Raw.stringList(v, p));
        }
        String line = Raw.scalar(v, p);
        return new ArrayList<>(ShellWords.split(line)
                .orElseThrow(() -> Raw.error(p, "invalid command line, unclosed quote: " + line)));
    }

    private Map<String, Object> build(Object v, YamlPath at) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (!(v instanceof Map)) {
            out.put("context", paths.resolveContext(Raw.scalar(v, at)));
        } else {
            for (Map.Entry<String, Object> e : Raw.map(v, at).entrySet()) {
                String key = e.getKey();
                Object value = e.getValue();
                YamlPath p = at.key(key);
                if (value == null) {
                    continue;
                }
                switch (key) {
                    case "context" -> out.put(key, paths.resolveContext(Raw.scalar(value, p)));
                    case "args" -> putIfNotEmpty(out, key, resolveMissing(Values.mapping(value, p, true)));
                    case "labels" -> Values.putMapping(out, key, value, p);
                    case "additional_contexts" -> {
                        Map<String, Object> contexts = Values.mapping(value, p, false);
                        contexts.replaceAll((k, c) -> paths.resolveContext((String) c));
                        putIfNotEmpty(out, key, contexts);
                    }
                    case "ssh" -> putIfNotEmpty(out, key, ssh(value, p));
                    case "cache_from", "cache_to", "no_cache_filter", "tags", "platforms", "entitlements" ->
                            Values.putStrings(out, key, value, p);
                    case "no_cache", "pull", "privileged" -> {
                        if (Raw.bool(value, p)) {
                            out.put(key, true);
                        }
                    }
                    case "extra_hosts" -> putIfNotEmpty(out, key, extraHosts(value, p));
                    case "secrets" -> putIfNotEmpty(out, key, fileReferences(value, p, true));
                    case "shm_size" -> {
                        long n = Raw.bytes(value, p);
                        if (n != 0) {
                            out.put(key, Long.toString(n));
                        }
                    }
                    case "ulimits" -> putIfNotEmpty(out, key, ulimits(value, p));
                    default -> {
                        if (key.startsWith("x-")) {
                            out.put(key, Values.sortedCopy(value));
                        } else {
                            Values.putString(out, key, value, p);
                        }
                    }
                }
            }
        }
        out.putIfAbsent("context", paths.resolveContext("."));
        if (options.normalize()) {
            if (!out.containsKey("dockerfile") && !out.containsKey("dockerfile_inline")) {
                out.put("dockerfile", "Dockerfile");
            }
        }
        return KeyOrder.apply(out, KeyOrder.BUILD);
    }

    private static List<Object> ssh(Object v, YamlPath p) {
        List<Object> out = new ArrayList<>();
        if (v instanceof Map) {
            Values.mapping(v, p, false).forEach((id, path) ->
                    out.add(((String) path).isEmpty() ? id : id + "=" + path));
        } else {
            out.addAll(Raw.stringList(v, p));
        }
        return out;
    }

    /** {@code KEY}-only entries take their value from the environment when it has one. */
    private Map<String, Object> resolveMissing(Map<String, Object> mapping) {
        if (options.resolveEnvironment()) {
            mapping.replaceAll((k, v) -> v != null ? v : options.environment().apply(k).orElse(null));
        }
        return mapping;
    }

    private static List<Object> fileReferences(Object v, YamlPath at, boolean secrets) {
        List<Object> out = new ArrayList<>();
        List<Object> list = Raw.list(v, at);
        for (int i = 0; i < list.size(); i++) {
            YamlPath p = at.index(i);
            Object item = list.get(i);
            Map<String, Object> ref = new LinkedHashMap<>();
            if (item instanceof Map) {
                for (Map.Entry<String, Object> e : Raw.map(item, p).entrySet()) {
                    YamlPath q = p.key(e.getKey());
                    if (e.getValue() == null) {
                        continue;
                    }
                    if (e.getKey().equals("mode")) {
                        ref.put("mode", fileMode(e.getValue(), q));
                    } else if (e.getKey().startsWith("x-")) {
                        ref.put(e.getKey(), Values.sortedCopy(e.getValue()));
                    } else {
                        Values.putString(ref, e.getKey(), e.getValue(), q);
                    }
                }
            } else {
                ref.put("source", Raw.scalar(item, p));
            }
            if (secrets && !ref.containsKey("target") && ref.containsKey("source")) {
                ref.put("target", "/run/secrets/" + ref.get("source"));
            }
            out.add(KeyOrder.apply(ref, KeyOrder.FILE_REFERENCE));
        }
        return out;
    }

    /** File modes are numbers; a string is read as octal ({@code "0440"}). */
    private static long fileMode(Object v, YamlPath p) {
        if (v instanceof String s) {
            try {
                return Long.parseLong(s.trim(), 8);
            } catch (NumberFormatException e) {
                throw Raw.error(p, "invalid file mode \"" + s + "\"");
            }
        }
        return Raw.integer(v, p);
    }

    private static Map<String, Object> dependsOn(Object v, YamlPath at) {
        Map<String, Object> out = new TreeMap<>();
        if (v instanceof List<?>) {
            for (String service : Raw.stringList(v, at)) {
                out.put(service, dependency("service_started", false, true));
            }
            return out;
        }
        for (Map.Entry<String, Object> e : Raw.map(v, at).entrySet()) {
            YamlPath p = at.key(e.getKey());
            Map<String, Object> raw = Raw.map(e.getValue(), p);
            String condition = raw.get("condition") == null ? "service_started"
                    : Raw.scalar(raw.get("condition"), p.key("condition"));
            boolean restart = raw.get("restart") != null && Raw.bool(raw.get("restart"), p.key("restart"));
            boolean required = raw.get("required") == null || Raw.bool(raw.get("required"), p.key("required"));
            Map<String, Object> dep = dependency(condition, restart, required);
            raw.forEach((k, x) -> {
                if (k.startsWith("x-")) {
                    dep.put(k, Values.sortedCopy(x));
                }
            });
            out.put(e.getKey(), KeyOrder.apply(dep, KeyOrder.DEPENDENCY));
        }
        return out;
    }

    static Map<String, Object> dependency(String condition, boolean restart, boolean required) {
        Map<String, Object> dep = new LinkedHashMap<>();
        dep.put("condition", condition);
        if (restart) {
            dep.put("restart", true);
        }
        dep.put("required", required);
        return dep;
    }

    private Map<String, Object> deploy(Map<String, Object> raw, YamlPath at) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : raw.entrySet()) {
            String key = e.getKey();
            Object v = e.getValue();
            YamlPath p = at.key(key);
            if (v == null) {
                continue;
            }
            switch (key) {
                case "replicas" -> out.put(key, Raw.integer(v, p));
                case "labels" -> Values.putMapping(out, key, v, p);
                case "update_config", "rollback_config" -> out.put(key, updateConfig(Raw.map(v, p), p));
                case "resources" -> {
                    Map<String, Object> resources = new LinkedHashMap<>();
                    Raw.map(v, p).forEach((k, r) -> {
                        if (r == null) {
                            return;
                        }
                        if (k.equals("limits") || k.equals("reservations")) {
                            resources.put(k, resource(Raw.map(r, p.key(k)), p.key(k)));
                        } else {
                            resources.put(k, Values.sortedCopy(r));
                        }
                    });
                    putIfNotEmpty(out, key, KeyOrder.apply(resources, KeyOrder.RESOURCES));
                }
                case "restart_policy" -> {
                    Map<String, Object> policy = new LinkedHashMap<>();
                    Raw.map(v, p).forEach((k, r) -> {
                        if (r == null) {
                            return;
                        }
                        switch (k) {
                            case "delay", "window" -> policy.put(k, GoDuration.format(Raw.duration(r, p.key(k))));
                            case "max_attempts" -> policy.put(k, Raw.integer(r, p.key(k)));
                            default -> policy.put(k, k.startsWith("x-") ? Values.sortedCopy(r)
                                    : Raw.scalar(r, p.key(k)));
                        }
                    });
                    out.put(key, KeyOrder.apply(policy, KeyOrder.RESTART_POLICY));
                }
                case "placement" -> {
                    Map<String, Object> placement = new LinkedHashMap<>();
                    Raw.map(v, p).forEach((k, r) -> {
                        if (r == null) {
                            return;
                        }
                        switch (k) {
                            case "constraints" -> Values.putStrings(placement, k, r, p.key(k));
                            case "max_replicas_per_node" -> {
                                long n = Raw.integer(r, p.key(k));
                                if (n != 0) {
                                    placement.put(k, n);
                                }
                            }
                            default -> placement.put(k, Values.sortedCopy(r));
                        }
                    });
                    putIfNotEmpty(out, key, KeyOrder.apply(placement, KeyOrder.PLACEMENT));
                }
                default -> {
                    if (key.startsWith("x-")) {
                        out.put(key, Values.sortedCopy(v));
                    } else {
                        Values.putString(out, key, v, p);
                    }
                }
            }
        }
        return KeyOrder.apply(out, KeyOrder.DEPLOY);
    }

    private static Map<String, Object> updateConfig(Map<String, Object> raw, YamlPath at) {
        Map<String, Object> out = new LinkedHashMap<>();
        raw.forEach((k, v) -> {
            YamlPath p = at.key(k);
            if (v == null) {
                return;
            }
            switch (k) {
                case "parallelism" -> out.put(k, Raw.integer(v, p));
                case "delay", "monitor" -> {
                    java.time.Duration d = Raw.duration(v, p);
                    if (!d.isZero()) {
                        out.put(k, GoDuration.format(d));
                    }
                }
                case "max_failure_ratio" -> {
                    double n = Raw.number(v, p);
                    if (n != 0) {
                        out.put(k, n);
                    }
                }
                default -> out.put(k, k.startsWith("x-") ? Values.sortedCopy(v) : Raw.scalar(v, p));
            }
        });
        return KeyOrder.apply(out, KeyOrder.UPDATE_CONFIG);
    }

    private static Map<String, Object> resource(Map<String, Object> raw, YamlPath at) {
        Map<String, Object> out = new LinkedHashMap<>();
        raw.forEach((k, v) -> {
            YamlPath p = at.key(k);
            if (v == null) {
                return;
            }
            switch (k) {
                case "cpus" -> {
                    double n = Raw.number(v, p);
                    if (n != 0) {
                        out.put(k, n);
                    }
                }
                case "memory" -> {
                    long n = Raw.bytes(v, p);
                    if (n != 0) {
                        out.put(k, Long.toString(n));
                    }
                }
                case "pids" -> {
                    long n = Raw.integer(v, p);
                    if (n != 0) {
                        out.put(k, n);
                    }
                }
                case "devices" -> putIfNotEmpty(out, k, deviceRequests(v, p));
                default -> out.put(k, Values.sortedCopy(v));
            }
        });
        return KeyOrder.apply(out, KeyOrder.RESOURCE);
    }

    private static List<Object> deviceRequests(Object v, YamlPath at) {
        List<Object> out = new ArrayList<>();
        if (!(v instanceof List)) {
            // `gpus: all`
            Map<String, Object> all = new LinkedHashMap<>();
            all.put("count", -1L);
            out.add(all);
            return out;
        }
        List<Object> list = Raw.list(v, at);
        for (int i = 0; i < list.size(); i++) {
            YamlPath p = at.index(i);
            Map<String, Object> request = new LinkedHashMap<>();
            Raw.map(list.get(i), p).forEach((k, x) -> {
                if (x == null) {
                    return;
                }
                switch (k) {
                    case "capabilities", "device_ids" -> Values.putStrings(request, k, x, p.key(k));
                    case "count" -> request.put(k, "all".equals(x) ? -1L : Raw.integer(x, p.key(k)));
                    case "options" -> Values.putMapping(request, k, x, p.key(k));
                    default -> Values.putString(request, k, x, p.key(k));
                }
            });
            out.add(KeyOrder.apply(request, KeyOrder.DEVICE_REQUEST));
        }
        return out;
    }

    /** {@code host:ip}, {@code host=ip} or a map, printed as sorted {@code host=ip}. */
    private static List<Object> extraHosts(Object v, YamlPath at) {
        List<String> entries = new ArrayList<>();
        if (v instanceof Map) {
            Raw.map(v, at).forEach((host, ips) -> {
                for (String ip : ips == null ? List.of("") : Raw.stringList(ips, at.key(host))) {
                    entries.add(host + "=" + unbracket(ip));
                }
            });
        } else {
            List<String> list = Raw.stringList(v, at);
            for (int i = 0; i < list.size(); i++) {
                String entry = list.get(i);
                int sep = entry.indexOf('=');
                if (sep < 0) {
                    sep = entry.indexOf(':');
                }
                if (sep <= 0) {
                    throw Raw.error(at.index(i), "invalid additional host, missing IP: " + entry);
                }
                String host = entry.substring(0, sep);
                for (String ip : entry.substring(sep + 1).split(",", -1)) {
                    entries.add(host + "=" + unbracket(ip));
                }
            }
        }
        entries.sort(null);
        return new ArrayList<>(entries);
    }

    private static String unbracket(String ip) {
        return ip.length() > 2 && ip.startsWith("[") && ip.endsWith("]") ? ip.substring(1, ip.length() - 1) : ip;
    }

    private static Map<String, Object> healthcheck(Map<String, Object> raw, YamlPath at) {
        Map<String, Object> out = new LinkedHashMap<>();
        raw.forEach((k, v) -> {
            YamlPath p = at.key(k);
            if (v == null) {
                return;
            }
            switch (k) {
                case "test" -> {
                    if (v instanceof List) {
                        out.put(k, new ArrayList<Object>(Raw.stringList(v, p)));
                    } else {
                        out.put(k, new ArrayList<Object>(List.of("CMD-SHELL", Raw.scalar(v, p))));
                    }
                }
                case "timeout", "interval", "start_period", "start_interval" ->
                        out.put(k, GoDuration.format(Raw.duration(v, p)));
                case "retries" -> out.put(k, Raw.integer(v, p));
                case "disable" -> {
                    if (Raw.bool(v, p)) {
                        out.put(k, true);
                    }
                }
                default -> out.put(k, Values.sortedCopy(v));
            }
        });
        return KeyOrder.apply(out, KeyOrder.HEALTHCHECK);
    }

    private static Map<String, Object> logging(Map<String, Object> raw, YamlPath at) {
        Map<String, Object> out = new LinkedHashMap<>();
        raw.forEach((k, v) -> {
            if (v == null) {
                return;
            }
            switch (k) {
                case "driver" -> Values.putString(out, k, v, at.key(k));
                case "options" -> Values.putMapping(out, k, v, at.key(k));
                default -> out.put(k, Values.sortedCopy(v));
            }
        });
        return KeyOrder.apply(out, KeyOrder.LOGGING);
    }

    private static Map<String, Object> serviceNetworks(Object v, YamlPath at) {
        Map<String, Object> out = new TreeMap<>();
        if (v instanceof List) {
            Raw.stringList(v, at).forEach(n -> out.put(n, null));
            return out;
        }
        Raw.map(v, at).forEach((name, config) -> {
            YamlPath p = at.key(name);
            if (config == null) {
                out.put(name, null);
                return;
            }
            Map<String, Object> attachment = new LinkedHashMap<>();
            Raw.map(config, p).forEach((k, x) -> {
                YamlPath q = p.key(k);
                if (x == null) {
                    return;
                }
                switch (k) {
                    case "aliases", "link_local_ips" -> Values.putStrings(attachment, k, x, q);
                    case "driver_opts" -> Values.putMapping(attachment, k, x, q);
                    case "priority", "gw_priority" -> {
                        long n = Raw.integer(x, q);
                        if (n != 0) {
                            attachment.put(k, n);
                        }
                    }
                    default -> {
                        if (k.startsWith("x-")) {
                            attachment.put(k, Values.sortedCopy(x));
                        } else {
                            Values.putString(attachment, k, x, q);
                        }
                    }
                }
            });
            out.put(name, KeyOrder.apply(attachment, KeyOrder.SERVICE_NETWORK));
        });
        return out;
    }

    private static List<Object> ports(Object v, YamlPath at) {
        List<Object> out = new ArrayList<>();
        List<Object> list = Raw.list(v, at);
        for (int i = 0; i < list.size(); i++) {
            YamlPath p = at.index(i);
            Object item = list.get(i);
            if (item instanceof Map) {
                Map<String, Object> port = new LinkedHashMap<>();
                Raw.map(item, p).forEach((k, x) -> {
                    YamlPath q = p.key(k);
                    if (x == null) {
                        return;
                    }
                    switch (k) {
                        case "target" -> port.put(k, Raw.integer(x, q));
                        case "published" -> Values.putString(port, k, x, q);
                        default -> {
                            if (k.startsWith("x-")) {
                                port.put(k, Values.sortedCopy(x));
                            } else {
                                Values.putString(port, k, x, q);
                            }
                        }
                    }
                });
                port.putIfAbsent("mode", "ingress");
                port.putIfAbsent("protocol", "tcp");
                out.add(KeyOrder.apply(port, KeyOrder.PORT));
            } else {
                String spec = Raw.scalar(item, p);
                try {
                    out.addAll(PortSpec.parse(spec));
                } catch (IllegalArgumentException e) {
                    throw Raw.error(p, e.getMessage());
                }
            }
        }
        return out;
    }

    private List<Object> volumes(Object v, YamlPath at) {
        List<Object> out = new ArrayList<>();
        List<Object> list = Raw.list(v, at);
        for (int i = 0; i < list.size(); i++) {
            YamlPath p = at.index(i);
            Object item = list.get(i);
            Map<String, Object> volume;
            if (item instanceof Map) {
                volume = longVolume(Raw.map(item, p), p);
            } else {
                try {
                    volume = VolumeSpec.parse(Raw.scalar(item, p));
                } catch (IllegalArgumentException e) {
                    throw Raw.error(p, e.getMessage());
                }
            }
            if ("bind".equals(volume.get("type")) && volume.get("source") instanceof String source) {
                volume.put("source", paths.resolve(source));
            }
            out.add(KeyOrder.apply(volume, KeyOrder.SERVICE_VOLUME));
        }
        return out;
    }

    private static Map<String, Object> longVolume(Map<String, Object> raw, YamlPath at) {
        Map<String, Object> out = new LinkedHashMap<>();
        raw.forEach((k, x) -> {
            YamlPath q = at.key(k);
            if (x == null) {
                return;
            }
            switch (k) {
                case "read_only" -> {
                    if (Raw.bool(x, q)) {
                        out.put(k, true);
                    }
                }
                case "bind" -> {
                    Map<String, Object> bind = new LinkedHashMap<>();
                    Raw.map(x, q).forEach((bk, bv) -> {
                        if (bv == null) {
                            return;
                        }
                        if (bk.equals("create_host_path")) {
                            // true is the default, which compose does not print
                            if (!Raw.bool(bv, q.key(bk))) {
                                bind.put(bk, false);
                            }
                        } else if (bk.startsWith("x-")) {
                            bind.put(bk, Values.sortedCopy(bv));
                        } else {
                            Values.putString(bind, bk, bv, q.key(bk));
                        }
                    });
                    out.put(k, KeyOrder.apply(bind, KeyOrder.VOLUME_BIND));
                }
                case "volume" -> {
                    Map<String, Object> volume = new LinkedHashMap<>();
                    Raw.map(x, q).forEach((vk, vv) -> {
                        if (vv == null) {
                            return;
                        }
                        switch (vk) {
                            case "nocopy" -> {
                                if (Raw.bool(vv, q.key(vk))) {
                                    volume.put(vk, true);
                                }
                            }
                            case "labels" -> Values.putMapping(volume, vk, vv, q.key(vk));
                            default -> volume.put(vk, vk.startsWith("x-") ? Values.sortedCopy(vv)
                                    : Raw.scalar(vv, q.key(vk)));
                        }
                    });
                    out.put(k, KeyOrder.apply(volume, KeyOrder.VOLUME_VOLUME));
                }
                case "tmpfs" -> {
                    Map<String, Object> tmpfs = new LinkedHashMap<>();
                    Raw.map(x, q).forEach((tk, tv) -> {
                        if (tv == null) {
                            return;
                        }
                        switch (tk) {
                            case "size" -> {
                                long n = Raw.bytes(tv, q.key(tk));
                                if (n != 0) {
                                    tmpfs.put(tk, Long.toString(n));
                                }
                            }
                            case "mode" -> tmpfs.put(tk, fileMode(tv, q.key(tk)));
                            default -> tmpfs.put(tk, Values.sortedCopy(tv));
                        }
                    });
                    out.put(k, KeyOrder.apply(tmpfs, KeyOrder.VOLUME_TMPFS));
                }
                case "image" -> out.put(k, KeyOrder.apply(Raw.map(Values.plainCopy(x), q), KeyOrder.VOLUME_IMAGE));
                default -> {
                    if (k.startsWith("x-")) {
                        out.put(k, Values.sortedCopy(x));
                    } else {
                        Values.putString(out, k, x, q);
                    }
                }
            }
        });
        return out;
    }

    private static Map<String, Object> ulimits(Object v, YamlPath at) {
        Map<String, Object> out = new TreeMap<>();
        Raw.map(v, at).forEach((name, limit) -> {
            YamlPath p = at.key(name);
            if (limit instanceof Map) {
                Map<String, Object> raw = Raw.map(limit, p);
                Map<String, Object> pair = new LinkedHashMap<>();
                pair.put("soft", raw.get("soft") == null ? 0L : Raw.integer(raw.get("soft"), p.key("soft")));
                pair.put("hard", raw.get("hard") == null ? 0L : Raw.integer(raw.get("hard"), p.key("hard")));
                out.put(name, pair);
            } else if (limit != null) {
                out.put(name, Raw.integer(limit, p));
            }
        });
        return out;
    }

    private Map<String, Object> develop(Map<String, Object> raw, YamlPath at) {
        Map<String, Object> out = new LinkedHashMap<>();
        raw.forEach((k, v) -> {
            YamlPath p = at.key(k);
            if (!k.equals("watch")) {
                out.put(k, Values.sortedCopy(v));
                return;
            }
            List<Object> watch = new ArrayList<>();
            List<Object> rules = Raw.list(v, p);
            for (int i = 0; i < rules.size(); i++) {
                YamlPath q = p.index(i);
                Map<String, Object> rule = new LinkedHashMap<>();
                Raw.map(rules.get(i), q).forEach((rk, rv) -> {
                    if (rv == null) {
                        return;
                    }
                    switch (rk) {
                        case "path" -> rule.put(rk, paths.resolve(Raw.scalar(rv, q.key(rk))));
                        case "ignore", "include" -> Values.putStrings(rule, rk, rv, q.key(rk));
                        case "initial_sync" -> {
                            if (Raw.bool(rv, q.key(rk))) {
                                rule.put(rk, true);
                            }
                        }
                        case "exec" -> rule.put(rk, hook(Raw.map(rv, q.key(rk)), q.key(rk)));
                        default -> rule.put(rk, rk.startsWith("x-") ? Values.sortedCopy(rv)
                                : Raw.scalar(rv, q.key(rk)));
                    }
                });
                watch.add(KeyOrder.apply(rule, KeyOrder.WATCH));
            }
            putIfNotEmpty(out, "watch", watch);
        });
        return KeyOrder.apply(out, KeyOrder.DEVELOP);
    }

    private static List<Object> hooks(Object v, YamlPath at) {
        List<Object> out = new ArrayList<>();
        List<Object> list = Raw.list(v, at);
        for (int i = 0; i < list.size(); i++) {
            out.add(hook(Raw.map(list.get(i), at.index(i)), at.index(i)));
        }
        return out;
    }

    private static Map<String, Object> hook(Map<String, Object> raw, YamlPath at) {
        Map<String, Object> out = new LinkedHashMap<>();
        raw.forEach((k, v) -> {
            YamlPath p = at.key(k);
            if (v == null) {
                return;
            }
            switch (k) {
                case "command" -> out.put(k, command(v, p));
                case "privileged" -> {
                    if (Raw.bool(v, p)) {
                        out.put(k, true);
                    }
                }
                case "environment" -> putIfNotEmpty(out, k, Values.mapping(v, p, true));
                default -> out.put(k, k.startsWith("x-") ? Values.sortedCopy(v) : Raw.scalar(v, p));
            }
        });
        return KeyOrder.apply(out, KeyOrder.HOOK);
    }

    /** {@code env_file} entries in long form, their variables under {@code environment}, which wins. */
    private void environment(Map<String, Object> out, Map<String, Object> raw, YamlPath at) {
        List<Map<String, Object>> files = new ArrayList<>();
        if (raw.get("env_file") != null) {
            YamlPath p = at.key("env_file");
            Object v = raw.get("env_file");
            List<Object> list = v instanceof List ? Raw.list(v, p) : List.of(v);
            for (int i = 0; i < list.size(); i++) {
                YamlPath q = v instanceof List ? p.index(i) : p;
                Map<String, Object> file = new LinkedHashMap<>();
                if (list.get(i) instanceof Map) {
                    Map<String, Object> entry = Raw.map(list.get(i), q);
                    file.put("path", paths.resolve(Raw.scalar(entry.get("path"), q.key("path"))));
                    file.put("required", entry.get("required") == null
                            || Raw.bool(entry.get("required"), q.key("required")));
                    if (entry.get("format") != null) {
                        Values.putString(file, "format", entry.get("format"), q.key("format"));
                    }
                } else {
                    file.put("path", paths.resolve(Raw.scalar(list.get(i), q)));
                    file.put("required", true);
                }
                files.add(file);
            }
        }
        Map<String, Object> environment = new TreeMap<>();
        if (options.resolveEnvironment()) {
            for (Map<String, Object> file : files) {
                // variables of earlier env files first, then the interpolation environment
                Map<String, Object> earlier = new TreeMap<>(environment);
                environment.putAll(readEnvFile(file, key -> Optional.ofNullable((String) earlier.get(key))
                        .or(() -> options.environment().apply(key)), "env file"));
            }
        }
        environment.putAll(Values.mapping(raw.get("environment"), at.key("environment"), true));
        resolveMissing(environment);
        putIfNotEmpty(out, "environment", environment);
        // once resolved, compose drops env_file from the model (the variables live in environment)
        if (!files.isEmpty() && !options.resolveEnvironment()) {
            List<Object> printed = new ArrayList<>();
            for (Map<String, Object> file : files) {
                // compose prints a required, format-less env file as its bare path
                if (Boolean.TRUE.equals(file.get("required")) && !file.containsKey("format")) {
                    printed.add(file.get("path"));
                } else {
                    printed.add(KeyOrder.apply(file, KeyOrder.ENV_FILE));
                }
            }
            out.put("env_file", printed);
        }
    }

    /**
     * {@code label_file} entries read into {@code labels} (which win), then dropped as compose does.
     * Unlike env files, compose-go resolves them even when environment resolution is skipped.
     */
    private void labelFiles(Map<String, Object> out) {
        if (!(out.get("label_file") instanceof List<?> files)) {
            return;
        }
        Map<String, Object> labels = new TreeMap<>();
        for (Object file : files) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("path", file);
            entry.put("required", true);
            labels.putAll(readEnvFile(entry, key -> Optional.empty(), "label file"));
        }
        if (out.get("labels") instanceof Map<?, ?> declared) {
            declared.forEach((k, v) -> labels.put(String.valueOf(k), v));
        }
        out.remove("label_file");
        putIfNotEmpty(out, "labels", labels);
    }

    private Map<String, String> readEnvFile(Map<String, Object> file, Function<String, Optional<String>> lookup,
                                            String kind) {
        String path = (String) file.get("path");
        Path resolved = options.projectDirectory().resolve(path);
        if (!Files.exists(resolved)) {
            if (Boolean.TRUE.equals(file.get("required"))) {
                throw new ComposeException(kind + " " + resolved + " not found: stat " + resolved
                        + ": no such file or directory");
            }
            return Map.of();
        }
        try {
            String text = Files.readString(resolved, StandardCharsets.UTF_8);
            if ("raw".equals(file.get("format"))) {
                return DotEnv.parseRaw(resolved.toString(), text, lookup);
            }
            return DotEnv.parse(resolved.toString(), text, lookup);
        } catch (IOException e) {
            throw new ComposeException("reading " + kind + " " + resolved + ": " + e.getMessage(), e);
        }
    }

    /** A service with both {@code scale} and {@code deploy} carries the scale as {@code deploy.replicas}. */
    private static void scaleIntoReplicas(Map<String, Object> out, YamlPath at) {
        if (out.get("scale") instanceof Long scale && out.get("deploy") instanceof Map<?, ?> deploy) {
            Object replicas = deploy.get("replicas");
            if (replicas != null && !replicas.equals(scale)) {
                throw Raw.error(at, "can't set distinct values on 'scale' and 'deploy.replicas'");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> d = (Map<String, Object>) deploy;
            d.put("replicas", scale);
            out.put("deploy", KeyOrder.apply(d, KeyOrder.DEPLOY));
        }
    }

    /** Defaults compose adds: the default network and the dependencies implied by links and shared namespaces. */
    private void normalize(Map<String, Object> out) {
        if (!out.containsKey("networks") && !out.containsKey("network_mode")) {
            Map<String, Object> networks = new TreeMap<>();
            networks.put("default", null);
            out.put("networks", networks);
        }
        Map<String, Object> implied = new TreeMap<>();
        if (out.get("links") instanceof List<?> links) {
            links.forEach(l -> implied.put(((String) l).split(":", 2)[0], dependency("service_started", true, true)));
        }
        for (String namespace : List.of("network_mode", "ipc", "pid", "uts", "cgroup")) {
            if (out.get(namespace) instanceof String ref && ref.startsWith("service:")) {
                implied.put(ref.substring("service:".length()), dependency("service_started", true, true));
            }
        }
        if (out.get("volumes_from") instanceof List<?> from) {
            for (Object f : from) {
                String ref = (String) f;
                if (!ref.startsWith("container:")) {
                    implied.putIfAbsent(ref.split(":", 2)[0], dependency("service_started", false, true));
                }
            }
        }
        if (!implied.isEmpty()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> dependsOn = out.get("depends_on") instanceof Map<?, ?> m
                    ? (Map<String, Object>) m : new TreeMap<>();
            implied.forEach(dependsOn::putIfAbsent);
            out.put("depends_on", dependsOn);
        }
    }

}
