package io.jcompose.cli;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A container port as {@code ps} shows it: {@code url} is the host IP ("" when the port is only exposed),
 * {@code publishedPort} 0 when unpublished. Field names are those of docker compose's {@code Publishers}.
 */
public record PortPublisher(String url, int targetPort, int publishedPort, String protocol) {

    /** The JSON object of {@code ps --format json}, fields in compose's order. */
    public Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("URL", url);
        json.put("TargetPort", targetPort);
        json.put("PublishedPort", publishedPort);
        json.put("Protocol", protocol);
        return json;
    }

    /**
     * docker's {@code DisplayablePorts}: sorted by container port, consecutive ports with equal host and
     * container numbers grouped into ranges ({@code 8000-8001/tcp}), and mappings whose numbers differ
     * last: {@code 127.0.0.1:8080->80/tcp}; IPv6 addresses in brackets.
     */
    public static String display(List<PortPublisher> ports) {
        List<PortPublisher> sorted = new ArrayList<>(ports);
        sorted.sort(Comparator.comparingInt(PortPublisher::targetPort)
                .thenComparing((a, b) -> compareAddresses(a.url, b.url))
                .thenComparingInt(PortPublisher::publishedPort)
                .thenComparing(PortPublisher::protocol));
        Map<String, int[]> groups = new LinkedHashMap<>();
        List<String> result = new ArrayList<>();
        List<String> mappings = new ArrayList<>();
        for (PortPublisher port : sorted) {
            String key = port.protocol;
            if (!port.url.isEmpty()) {
                if (port.publishedPort != port.targetPort) {
                    mappings.add(hostPort(port.url, Integer.toString(port.publishedPort)) + "->" + port.targetPort
                            + "/" + port.protocol);
                    continue;
                }
                key = port.url + "/" + port.protocol;
            }
            int[] group = groups.get(key);
            if (group == null) {
                groups.put(key, new int[] {port.targetPort, port.targetPort});
            } else if (port.targetPort == group[1] + 1) {
                group[1] = port.targetPort;
            } else {
                result.add(group(key, group));
                groups.put(key, new int[] {port.targetPort, port.targetPort});
            }
        }
        groups.forEach((key, group) -> result.add(group(key, group)));
        result.addAll(mappings);
        return String.join(", ", result);
    }

    private static String group(String key, int[] range) {
        int slash = key.lastIndexOf('/');
        String ip = slash < 0 ? "" : key.substring(0, slash);
        String protocol = slash < 0 ? key : key.substring(slash + 1);
        String ports = range[0] == range[1] ? Integer.toString(range[0]) : range[0] + "-" + range[1];
        return (ip.isEmpty() ? ports : hostPort(ip, ports) + "->" + ports) + "/" + protocol;
    }

    private static String hostPort(String ip, String port) {
        return ip.contains(":") ? "[" + ip + "]:" + port : ip + ":" + port;
    }

    /** netip.Addr order: no address first, then IPv4 before IPv6, then by bytes. */
    private static int compareAddresses(String a, String b) {
        byte[] x = bytes(a);
        byte[] y = bytes(b);
        if (x.length != y.length) {
            return Integer.compare(x.length, y.length);
        }
        return Arrays.compareUnsigned(x, y);
    }

    private static byte[] bytes(String address) {
        if (address.isEmpty() || !(address.contains(".") || address.contains(":"))) {
            return new byte[0];
        }
        try {
            return InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException notAnAddress) {
            return new byte[0];
        }
    }
}
