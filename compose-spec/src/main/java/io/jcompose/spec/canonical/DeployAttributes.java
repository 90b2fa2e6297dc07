package io.jcompose.spec.canonical;

import io.jcompose.spec.tree.YamlPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code deploy}, {@code gpus} and {@code blkio_config} in canonical form. */
final class DeployAttributes {

    private DeployAttributes() {
    }

    static Map<String, Object> deploy(Map<String, Object> raw, YamlPath at) {
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
                    Values.putIfNotEmpty(out, key, KeyOrder.apply(resources, KeyOrder.RESOURCES));
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
                    Values.putIfNotEmpty(out, key, KeyOrder.apply(placement, KeyOrder.PLACEMENT));
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

    static Map<String, Object> updateConfig(Map<String, Object> raw, YamlPath at) {
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

    static Map<String, Object> resource(Map<String, Object> raw, YamlPath at) {
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
                case "devices" -> Values.putIfNotEmpty(out, k, deviceRequests(v, p));
                default -> out.put(k, Values.sortedCopy(v));
            }
        });
        return KeyOrder.apply(out, KeyOrder.RESOURCE);
    }

    static List<Object> deviceRequests(Object v, YamlPath at) {
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
                    case "count" -> request.put(k, deviceCount(x, p.key(k)));
                    case "options" -> Values.putMapping(request, k, x, p.key(k));
                    default -> Values.putString(request, k, x, p.key(k));
                }
            });
            // a request naming neither a count nor devices asks for all of them
            if (!request.containsKey("count") && !request.containsKey("device_ids")) {
                request.put("count", -1L);
            }
            out.add(KeyOrder.apply(request, KeyOrder.DEVICE_REQUEST));
        }
        return out;
    }

    /** compose-go's DeviceCount: a number, or "all" in any case for every device. */
    private static long deviceCount(Object value, YamlPath at) {
        if (value instanceof String text) {
            if (text.equalsIgnoreCase("all")) {
                return -1L;
            }
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw Raw.error(at, "invalid value \"" + text + "\", the only value allowed is 'all' or a number");
            }
        }
        return Raw.integer(value, at);
    }

    /** {@code blkio_config}: device weights and throttles, rates as byte counts. */
    static Map<String, Object> blkio(Map<String, Object> raw, YamlPath at) {
        Map<String, Object> out = new LinkedHashMap<>();
        raw.forEach((k, v) -> {
            YamlPath p = at.key(k);
            if (v == null) {
                return;
            }
            if (k.equals("weight")) {
                out.put(k, Raw.integer(v, p));
            } else if (v instanceof List) {
                List<Object> devices = new ArrayList<>();
                List<Object> list = Raw.list(v, p);
                for (int i = 0; i < list.size(); i++) {
                    Map<String, Object> device = Raw.map(list.get(i), p.index(i));
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("path", Raw.scalar(device.get("path"), p.index(i).key("path")));
                    if (k.equals("weight_device")) {
                        entry.put("weight", Raw.integer(device.get("weight"), p.index(i).key("weight")));
                    } else {
                        entry.put("rate", Long.toString(Raw.bytes(device.get("rate"), p.index(i).key("rate"))));
                    }
                    devices.add(entry);
                }
                out.put(k, devices);
            } else {
                out.put(k, Values.sortedCopy(v));
            }
        });
        return KeyOrder.apply(out, KeyOrder.BLKIO);
    }

    /** {@code devices}: {@code host[:container[:permissions]]} or the long form. */
    static List<Object> devices(Object v, YamlPath at) {
        List<Object> out = new ArrayList<>();
        List<Object> list = Raw.list(v, at);
        for (int i = 0; i < list.size(); i++) {
            YamlPath p = at.index(i);
            Map<String, Object> device = new LinkedHashMap<>();
            if (list.get(i) instanceof Map) {
                Raw.map(list.get(i), p).forEach((k, x) -> {
                    if (x != null) {
                        device.put(k, k.startsWith("x-") ? Values.sortedCopy(x) : Raw.scalar(x, p.key(k)));
                    }
                });
            } else {
                String spec = Raw.scalar(list.get(i), p);
                String[] parts = spec.split(":", -1);
                if (parts.length > 3) {
                    throw Raw.error(p, "confusing device mapping, please use long syntax: " + spec);
                }
                device.put("source", parts[0]);
                device.put("target", parts.length > 1 && !parts[1].isEmpty() ? parts[1] : parts[0]);
                device.put("permissions", parts.length > 2 ? parts[2] : "rwm");
            }
            out.add(KeyOrder.apply(device, KeyOrder.DEVICE));
        }
        return out;
    }
}
