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

    Map<String, Object> canonicalize(Map<String, Object> raw, YamlPath at) {
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
        if (v == null) {
            return;
        }
        switch (key) {
            case "environment", "env_file" -> {
                // folded together once all attributes are read
            }
            case "annotations", "labels", "sysctls", "storage_opt", "log_opt" -> Values.putMapping(out, key, v, p);
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
                 "external_links", "group_add", "links", "security_opt", "tmpfs", "volumes_from", "expose" ->
                    Values.putStrings(out, key, v, p);
            case "devices" -> Values.putIfNotEmpty(out, key, DeployAttributes.devices(v, p));
            case "label_file" -> {
                List<Object> files = new ArrayList<>();
                Raw.stringList(v, p).forEach(f -> files.add(paths.resolve(f)));
                if (!files.isEmpty()) {
                    out.put(key, files);
                }
            }
            case "build" -> out.put(key, build(v, p));
            case "configs" -> Values.putIfNotEmpty(out, key, fileReferences(v, p, false));
            case "secrets" -> Values.putIfNotEmpty(out, key, fileReferences(v, p, true));
            case "depends_on" -> Values.putIfNotEmpty(out, key, dependsOn(v, p));
            case "deploy" -> out.put(key, DeployAttributes.deploy(Raw.map(v, p), p));
            case "extra_hosts" -> Values.putIfNotEmpty(out, key, NetworkAttributes.extraHosts(v, p));
            case "healthcheck" -> out.put(key, healthcheck(Raw.map(v, p), p));
            case "logging" -> out.put(key, logging(Raw.map(v, p), p));
            case "networks" -> Values.putIfNotEmpty(out, key, NetworkAttributes.serviceNetworks(v, p));
            case "ports" -> Values.putIfNotEmpty(out, key, NetworkAttributes.ports(v, p));
            case "volumes" -> Values.putIfNotEmpty(out, key, MountAttributes.volumes(v, p, paths));
            case "ulimits" -> Values.putIfNotEmpty(out, key, ulimits(v, p));
            case "pull_policy" -> Values.putString(out, key,
                    "if_not_present".equals(v) && options.normalize() ? "missing" : v, p);
            case "develop" -> out.put(key, develop(Raw.map(v, p), p));
            case "post_start", "pre_stop" -> Values.putIfNotEmpty(out, key, hooks(v, p));
            case "gpus" -> Values.putIfNotEmpty(out, key, DeployAttributes.deviceRequests(v, p));
            case "blkio_config" -> out.put(key, DeployAttributes.blkio(Raw.map(v, p), p));
            case "provider" -> out.put(key, KeyOrder.apply(Raw.map(Values.sortedCopy(v), p), KeyOrder.PROVIDER));
            case "models" -> {
                // a list of model names is a map of names to default settings
                Map<String, Object> models = new TreeMap<>();
                if (v instanceof List) {
                    Raw.stringList(v, p).forEach(m -> models.put(m, null));
                } else {
                    Raw.map(v, p).forEach((m, config) -> models.put(m, Values.sortedCopy(config)));
                }
                Values.putIfNotEmpty(out, key, models);
            }
            case "credential_spec", "extends" -> out.put(key, Values.sortedCopy(v));
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
                    case "args" -> Values.putIfNotEmpty(out, key, resolveMissing(Values.mapping(value, p, true), false));
                    case "labels" -> Values.putMapping(out, key, value, p);
                    case "additional_contexts" -> {
                        Map<String, Object> contexts = Values.mapping(value, p, false);
                        contexts.replaceAll((k, c) -> paths.resolveContext((String) c));
                        Values.putIfNotEmpty(out, key, contexts);
                    }
                    case "ssh" -> Values.putIfNotEmpty(out, key, ssh(value, p));
                    case "cache_from", "cache_to", "no_cache_filter", "tags", "platforms", "entitlements" ->
                            Values.putStrings(out, key, value, p);
                    case "no_cache", "pull", "privileged" -> {
                        if (Raw.bool(value, p)) {
                            out.put(key, true);
                        }
                    }
                    case "extra_hosts" -> Values.putIfNotEmpty(out, key, NetworkAttributes.extraHosts(value, p));
                    case "secrets" -> Values.putIfNotEmpty(out, key, fileReferences(value, p, true));
                    case "shm_size" -> {
                        long n = Raw.bytes(value, p);
                        if (n != 0) {
                            out.put(key, Long.toString(n));
                        }
                    }
                    case "ulimits" -> Values.putIfNotEmpty(out, key, ulimits(value, p));
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
            List<String> keys = Raw.stringList(v, p);
            for (int i = 0; i < keys.size(); i++) {
                if (!keys.get(i).contains("=") && !keys.get(i).equals("default")) {
                    throw Raw.error(p.index(i), "invalid ssh key \"" + keys.get(i) + "\"");
                }
                out.add(keys.get(i));
            }
        }
        return out;
    }

    /**
     * Part of normalization: {@code KEY}-only entries take their value from the environment. Unresolved ones
     * stay null in {@code environment} and are dropped from build args ({@code keepUnresolved} false).
     */
    private Map<String, Object> resolveMissing(Map<String, Object> mapping, boolean keepUnresolved) {
        // environment resolution (env files) also resolves the service environment, even without normalizing
        if (options.normalize() || keepUnresolved && options.resolveEnvironment()) {
            mapping.replaceAll((k, v) -> v != null ? v : options.environment().apply(k).orElse(null));
            if (!keepUnresolved) {
                mapping.values().removeIf(java.util.Objects::isNull);
            }
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
                        ref.put("mode", Values.fileMode(e.getValue(), q));
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
            Values.putIfNotEmpty(out, "watch", watch);
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
                case "environment" -> Values.putIfNotEmpty(out, k, Values.mapping(v, p, true));
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
        Map<String, Object> declared = Values.mapping(raw.get("environment"), at.key("environment"), true);
        Map<String, Object> environment = new TreeMap<>();
        if (options.resolveEnvironment()) {
            // as compose-go: the project environment first (then, for an included service, its
            // include's), the service's own environment, then what earlier env files defined
            Map<String, Object> own = resolveMissing(new TreeMap<>(declared), true);
            Map<String, String> included = options.includedEnvironments().getOrDefault(at.last(), Map.of());
            for (Map<String, Object> file : files) {
                Map<String, Object> earlier = new TreeMap<>(environment);
                environment.putAll(readEnvFile(file, key -> options.environment().apply(key)
                        .or(() -> Optional.ofNullable(included.get(key)))
                        .or(() -> Optional.ofNullable(own.get(key)).map(String::valueOf))
                        .or(() -> Optional.ofNullable(earlier.get(key)).map(String::valueOf)), "env file"));
            }
        }
        environment.putAll(declared);
        resolveMissing(environment, true);
        Values.putIfNotEmpty(out, "environment", environment);
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
            // templates in a label file see only the labels read before it, as compose-go resolves them
            Map<String, Object> earlier = new TreeMap<>(labels);
            labels.putAll(readEnvFile(entry, key -> Optional.ofNullable(earlier.get(key)).map(String::valueOf),
                    "label file"));
        }
        if (out.get("labels") instanceof Map<?, ?> declared) {
            declared.forEach((k, v) -> labels.put(String.valueOf(k), v));
        }
        out.remove("label_file");
        Values.putIfNotEmpty(out, "labels", labels);
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
                throw Raw.error(at, "can't set distinct values on 'scale' and 'deploy.replicas': invalid compose project");
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
