package io.jcompose.spec.canonical;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The short port syntax {@code [[IP:]HOST:]CONTAINER[/PROTOCOL]} expanded into long-syntax entries, with the
 * rules of docker's port parser: ranges expand pairwise, a host range against a single container port stays a
 * range, IPv6 addresses sit in brackets.
 */
final class PortSpec {

    private PortSpec() {
    }

    /** The long-syntax entries (ordered as compose orders them); throws IllegalArgumentException on bad input. */
    static List<Map<String, Object>> parse(String spec) {
        String rawIp;
        String hostPort;
        String containerPort;
        String[] parts = spec.split(":", -1);
        int n = parts.length;
        containerPort = parts[n - 1];
        switch (n) {
            case 1 -> {
                rawIp = "";
                hostPort = "";
            }
            case 2 -> {
                rawIp = "";
                hostPort = parts[0];
            }
            case 3 -> {
                rawIp = parts[0];
                hostPort = parts[1];
            }
            default -> {
                rawIp = String.join(":", java.util.Arrays.copyOfRange(parts, 0, n - 2));
                hostPort = parts[n - 2];
            }
        }
        String protocol = "tcp";
        int slash = containerPort.indexOf('/');
        if (slash >= 0) {
            protocol = containerPort.substring(slash + 1);
            containerPort = containerPort.substring(0, slash);
        }
        String ip = rawIp;
        if (ip.startsWith("[") && ip.endsWith("]")) {
            ip = ip.substring(1, ip.length() - 1);
        }
        if (!ip.isEmpty() && !isIp(ip)) {
            throw new IllegalArgumentException("invalid IP address: " + rawIp);
        }
        if (containerPort.isEmpty()) {
            throw new IllegalArgumentException("no port specified: " + spec + "<empty>");
        }
        int[] container = range(containerPort, "invalid containerPort: " + containerPort);
        int[] host = hostPort.isEmpty() ? new int[] {0, 0} : range(hostPort, "invalid hostPort: " + hostPort);
        if (!hostPort.isEmpty() && container[1] - container[0] != host[1] - host[0] && container[1] != container[0]) {
            throw new IllegalArgumentException("invalid ranges specified for container and host Ports: "
                    + containerPort + " and " + hostPort);
        }
        String proto = protocol.toLowerCase(Locale.ROOT);
        if (!proto.equals("tcp") && !proto.equals("udp") && !proto.equals("sctp")) {
            throw new IllegalArgumentException("invalid proto: " + protocol);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i <= container[1] - container[0]; i++) {
            String published = "";
            if (!hostPort.isEmpty()) {
                published = Integer.toString(host[0] + i);
                if (container[0] == container[1] && host[0] != host[1]) {
                    published = published + "-" + host[1];
                }
            }
            Map<String, Object> port = new LinkedHashMap<>();
            port.put("mode", "ingress");
            if (!ip.isEmpty()) {
                port.put("host_ip", ip);
            }
            port.put("target", (long) (container[0] + i));
            if (!published.isEmpty()) {
                port.put("published", published);
            }
            port.put("protocol", proto);
            out.add(port);
        }
        // docker's parser returns a map keyed "port/proto"; compose sorts those keys as strings
        out.sort(Comparator.comparing(p -> p.get("target") + "/" + p.get("protocol")));
        return out;
    }

    private static int[] range(String text, String problem) {
        int dash = text.indexOf('-');
        try {
            int start = Integer.parseInt(dash < 0 ? text : text.substring(0, dash));
            int end = dash < 0 ? start : Integer.parseInt(text.substring(dash + 1));
            if (start < 0 || end > 65535 || end < start) {
                throw new IllegalArgumentException(problem);
            }
            return new int[] {start, end};
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(problem, e);
        }
    }

    private static boolean isIp(String text) {
        if (text.contains(":")) {
            return text.matches("[0-9a-fA-F:.]+(%\\w+)?");
        }
        String[] octets = text.split("\\.", -1);
        if (octets.length != 4) {
            return false;
        }
        for (String octet : octets) {
            if (!octet.matches("\\d{1,3}") || Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return true;
    }
}
