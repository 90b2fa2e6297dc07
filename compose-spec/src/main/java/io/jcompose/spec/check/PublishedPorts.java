package io.jcompose.spec.check;

import io.jcompose.spec.tree.YamlPath;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Port mappings in long form: a valid host IP, port numbers in range, and a published range as
 * long as the target range it maps (a single target may take a host range to pick from).
 */
final class PublishedPorts {

    private static final Pattern RANGE = Pattern.compile("(\\d+)(?:-(\\d+))?");
    private static final Pattern IPV4 = Pattern.compile(
            "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern HEX_GROUP = Pattern.compile("[0-9a-fA-F]{1,4}");

    private PublishedPorts() {
    }

    static void check(List<Object> ports, YamlPath at, Problems problems) {
        for (int i = 0; i < ports.size(); i++) {
            if (ports.get(i) instanceof Map<?, ?>) {
                checkPort(Attributes.map(ports.get(i)), at.index(i), problems);
            }
        }
    }

    private static void checkPort(Map<String, Object> port, YamlPath at, Problems problems) {
        Optional<String> hostIp = Attributes.string(port, "host_ip");
        if (hostIp.isPresent() && !isIpAddress(hostIp.get())) {
            throw problems.atPath(at.key("host_ip"), "invalid ip address: " + hostIp.get());
        }
        Optional<String> target = Attributes.string(port, "target");
        Optional<String> published = Attributes.string(port, "published");
        long[] targetRange = target.isPresent() ? range(target.get(), at.key("target"), 1, problems) : null;
        long[] publishedRange = published.isPresent() ? range(published.get(), at.key("published"), 0, problems) : null;
        if (targetRange != null && publishedRange != null && targetRange[1] != targetRange[0]
                && targetRange[1] - targetRange[0] != publishedRange[1] - publishedRange[0]) {
            throw problems.atPath(at, "invalid ranges specified for container and host Ports: "
                    + target.get() + " and " + published.get());
        }
    }

    /** {@code 8080} or {@code 8000-8010}, within the port numbers, start not after end. */
    private static long[] range(String text, YamlPath at, int lowest, Problems problems) {
        Matcher matcher = RANGE.matcher(text);
        if (!matcher.matches() || matcher.group(1).length() > 5
                || matcher.group(2) != null && matcher.group(2).length() > 5) {
            throw problems.atPath(at, "invalid port or port range: " + text);
        }
        long start = Long.parseLong(matcher.group(1));
        long end = matcher.group(2) == null ? start : Long.parseLong(matcher.group(2));
        if (start < lowest || end > 65535 || start > 65535) {
            throw problems.atPath(at, "port " + text + " is out of range " + lowest + "-65535");
        }
        if (end < start) {
            throw problems.atPath(at, "invalid port range " + text + ": end is before start");
        }
        return new long[] {start, end};
    }

    /** An IPv4 or IPv6 literal (optionally with an embedded IPv4 tail), as Go's net.ParseIP takes. */
    static boolean isIpAddress(String text) {
        if (IPV4.matcher(text).matches()) {
            return true;
        }
        if (!text.contains(":")) {
            return false;
        }
        String address = text;
        int groupsBudget = 8;
        int lastColon = address.lastIndexOf(':');
        String tail = address.substring(lastColon + 1);
        if (tail.contains(".")) {
            if (!IPV4.matcher(tail).matches()) {
                return false;
            }
            address = address.substring(0, lastColon + 1) + "0:0";
        }
        int doubleColon = address.indexOf("::");
        if (doubleColon >= 0 && address.indexOf("::", doubleColon + 1) >= 0) {
            return false;
        }
        String[] halves = doubleColon >= 0
                ? new String[] {address.substring(0, doubleColon), address.substring(doubleColon + 2)}
                : new String[] {address};
        int groups = 0;
        for (String half : halves) {
            if (half.isEmpty()) {
                continue;
            }
            for (String group : half.split(":", -1)) {
                if (!HEX_GROUP.matcher(group).matches()) {
                    return false;
                }
                groups++;
            }
        }
        return doubleColon >= 0 ? groups < groupsBudget : groups == groupsBudget;
    }
}
