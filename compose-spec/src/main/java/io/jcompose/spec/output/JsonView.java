package io.jcompose.spec.output;

import io.jcompose.spec.canonical.KeyOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The canonical tree as compose's JSON encoder sees it: top-level keys sorted (the project is marshalled as a
 * Go map), extensions dropped below the top level ({@code json:"-"}), {@code command}/{@code entrypoint} always
 * present, and struct-typed attributes that JSON cannot omit ({@code ipam}, {@code resources},
 * {@code placement}) present even when empty.
 */
final class JsonView {

    /** Attributes whose values are Go maps: their keys are data, never extensions. */
    private static final Set<String> MAPS = Set.of("labels", "annotations", "environment", "args", "driver_opts",
            "options", "sysctls", "storage_opt", "log_opt", "aux_addresses", "additional_contexts", "depends_on",
            "networks", "ulimits", "models", "services", "volumes", "secrets", "configs");

    private JsonView() {
    }

    static Map<String, Object> of(Map<String, Object> tree) {
        Map<String, Object> out = new TreeMap<>();
        tree.forEach((key, value) -> {
            switch (key) {
                case "services" -> out.put(key, services(value));
                case "networks" -> out.put(key, networks(value));
                default -> out.put(key, key.startsWith("x-") ? value : strip(value, true));
            }
        });
        return out;
    }

    private static Object services(Object value) {
        if (!(value instanceof Map<?, ?> services)) {
            return value;
        }
        Map<String, Object> out = new TreeMap<>();
        services.forEach((name, service) -> {
            if (!(service instanceof Map<?, ?>)) {
                out.put(String.valueOf(name), service);
                return;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> s = new LinkedHashMap<>((Map<String, Object>) strip(service, false));
            s.putIfAbsent("command", null);
            s.putIfAbsent("entrypoint", null);
            for (String hooks : new String[] {"post_start", "pre_stop"}) {
                if (s.get(hooks) instanceof List<?> list) {
                    List<Object> withCommand = new ArrayList<>();
                    for (Object hook : list) {
                        withCommand.add(hook instanceof Map<?, ?> h ? withNullCommand(h) : hook);
                    }
                    s.put(hooks, withCommand);
                }
            }
            if (s.get("develop") instanceof Map<?, ?> develop && develop.get("watch") instanceof List<?> watch) {
                Map<String, Object> d = new LinkedHashMap<>();
                develop.forEach((k, v) -> d.put(String.valueOf(k), v));
                List<Object> rules = new ArrayList<>();
                for (Object rule : watch) {
                    if (rule instanceof Map<?, ?> r) {
                        Map<String, Object> withExec = new LinkedHashMap<>();
                        r.forEach((k, v) -> withExec.put(String.valueOf(k), v));
                        // the exec hook is embedded by value: JSON prints it even when unset
                        withExec.put("exec", withNullCommand(r.get("exec") instanceof Map<?, ?> e ? e : Map.of()));
                        rules.add(KeyOrder.apply(withExec, KeyOrder.WATCH));
                    } else {
                        rules.add(rule);
                    }
                }
                d.put("watch", rules);
                s.put("develop", d);
            }
            if (s.get("blkio_config") instanceof Map<?, ?> blkio) {
                s.put("blkio_config", jsonBlkio(blkio));
            }
            if (s.get("ulimits") instanceof Map<?, ?> ulimits) {
                s.put("ulimits", jsonUlimits(ulimits));
            }
            if (s.get("deploy") instanceof Map<?, ?> deploy) {
                @SuppressWarnings("unchecked")
                Map<String, Object> d = new LinkedHashMap<>((Map<String, Object>) deploy);
                d.putIfAbsent("resources", new LinkedHashMap<>());
                d.putIfAbsent("placement", new LinkedHashMap<>());
                s.put("deploy", KeyOrder.apply(d, KeyOrder.DEPLOY));
            }
            out.put(String.valueOf(name), KeyOrder.apply(s, KeyOrder.SERVICE));
        });
        return out;
    }

    /** {@code json:"command"} has no omitempty in hooks either. */
    private static Map<String, Object> withNullCommand(Map<?, ?> hook) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("command", null);
        hook.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    /** Weight and throttle devices have no JSON tags in compose-go: Go prints their field names. */
    private static Map<String, Object> jsonBlkio(Map<?, ?> blkio) {
        Map<String, Object> out = new LinkedHashMap<>();
        blkio.forEach((k, v) -> {
            if (v instanceof List<?> devices) {
                List<Object> renamed = new ArrayList<>();
                for (Object device : devices) {
                    Map<String, Object> d = new LinkedHashMap<>();
                    if (device instanceof Map<?, ?> m) {
                        m.forEach((dk, dv) -> {
                            String name = String.valueOf(dk);
                            d.put(name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1),
                                    dv);
                        });
                    }
                    renamed.add(d);
                }
                out.put(String.valueOf(k), renamed);
            } else {
                out.put(String.valueOf(k), v);
            }
        });
        return out;
    }

    /** A soft/hard pair goes through the struct's JSON encoding, which omits zero values. */
    private static Map<String, Object> jsonUlimits(Map<?, ?> ulimits) {
        Map<String, Object> out = new TreeMap<>();
        ulimits.forEach((name, limit) -> {
            if (limit instanceof Map<?, ?> pair) {
                Map<String, Object> p = new LinkedHashMap<>();
                pair.forEach((k, v) -> {
                    if (!(v instanceof Number n && n.longValue() == 0)) {
                        p.put(String.valueOf(k), v);
                    }
                });
                out.put(String.valueOf(name), p);
            } else {
                out.put(String.valueOf(name), limit);
            }
        });
        return out;
    }

    private static Object networks(Object value) {
        if (!(value instanceof Map<?, ?> networks)) {
            return value;
        }
        Map<String, Object> out = new TreeMap<>();
        networks.forEach((name, network) -> {
            if (!(network instanceof Map<?, ?>)) {
                out.put(String.valueOf(name), network);
                return;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> n = new LinkedHashMap<>((Map<String, Object>) strip(network, false));
            n.putIfAbsent("ipam", new LinkedHashMap<>());
            out.put(String.valueOf(name), KeyOrder.apply(n, KeyOrder.NETWORK));
        });
        return out;
    }

    /** Drops {@code x-*} keys of struct-typed objects, recursively; {@code isMap} marks Go maps. */
    private static Object strip(Object value, boolean isMap) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> {
                String key = String.valueOf(k);
                if (!isMap && key.startsWith("x-")) {
                    return;
                }
                out.put(key, strip(v, !isMap && MAPS.contains(key)));
            });
            return out;
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(v -> out.add(strip(v, false)));
            return out;
        }
        return value;
    }
}
