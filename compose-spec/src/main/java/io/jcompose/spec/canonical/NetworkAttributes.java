package io.jcompose.spec.canonical;

import io.jcompose.spec.tree.YamlPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Ports, network attachments and extra hosts in canonical form. */
final class NetworkAttributes {

    private NetworkAttributes() {
    }

    static List<Object> ports(Object v, YamlPath at) {
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

    static Map<String, Object> serviceNetworks(Object v, YamlPath at) {
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

    /** {@code host:ip}, {@code host=ip} or a map, printed as sorted {@code host=ip}. */
    static List<Object> extraHosts(Object v, YamlPath at) {
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

    static String unbracket(String ip) {
        return ip.length() > 2 && ip.startsWith("[") && ip.endsWith("]") ? ip.substring(1, ip.length() - 1) : ip;
    }
}
