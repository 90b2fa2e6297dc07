package io.jcompose.engine.container;

import io.jcompose.spec.model.ServiceConfig;
import io.jcompose.spec.model.ServicePort;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Config.ExposedPorts (from {@code expose} and {@code ports}) and HostConfig.PortBindings. The loader has
 * already expanded short-syntax ranges into one entry per container port; a host range against a single
 * container port stays a range in HostPort, which the engine allocates from.
 */
final class PortMapping {

    private PortMapping() {
    }

    static Map<String, Object> exposed(ServiceConfig service) {
        Map<String, Object> exposed = new LinkedHashMap<>();
        for (String entry : service.expose()) {
            for (String port : expandExpose(service, entry)) {
                exposed.put(port, Map.of());
            }
        }
        for (ServicePort port : service.ports()) {
            exposed.put(key(service, port), Map.of());
        }
        return exposed;
    }

    /** Published or not, every port gets a binding: an empty HostPort lets the engine pick one. */
    static Map<String, Object> bindings(ServiceConfig service) {
        Map<String, List<Map<String, String>>> bindings = new LinkedHashMap<>();
        for (ServicePort port : service.ports()) {
            Map<String, String> binding = new LinkedHashMap<>();
            binding.put("HostIp", port.hostIp().orElse(""));
            binding.put("HostPort", port.published().orElse(""));
            bindings.computeIfAbsent(key(service, port), k -> new ArrayList<>()).add(binding);
        }
        return new LinkedHashMap<>(bindings);
    }

    private static String key(ServiceConfig service, ServicePort port) {
        long target = port.target().orElseThrow(() -> new ContainerCreateException(service.name(),
                "ports: an entry has no target (container) port"));
        return target + "/" + port.protocol().orElse("tcp");
    }

    /** {@code 3000}, {@code 3000/udp} or {@code 3000-3005[/proto]}, one {@code port/proto} key per port. */
    private static List<String> expandExpose(ServiceConfig service, String entry) {
        int slash = entry.indexOf('/');
        String ports = slash < 0 ? entry : entry.substring(0, slash);
        String protocol = slash < 0 ? "tcp" : entry.substring(slash + 1);
        int dash = ports.indexOf('-');
        try {
            int start = Integer.parseInt(dash < 0 ? ports : ports.substring(0, dash));
            int end = dash < 0 ? start : Integer.parseInt(ports.substring(dash + 1));
            if (start < 1 || end > 65535 || end < start) {
                throw new NumberFormatException(entry);
            }
            List<String> out = new ArrayList<>();
            for (int port = start; port <= end; port++) {
                out.add(port + "/" + protocol);
            }
            return out;
        } catch (NumberFormatException e) {
            throw new ContainerCreateException(service.name(), "expose: invalid port '" + entry
                    + "' (expected PORT, PORT/PROTOCOL or a range START-END)", e);
        }
    }
}
