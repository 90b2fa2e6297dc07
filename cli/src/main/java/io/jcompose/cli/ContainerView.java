package io.jcompose.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.jcompose.engine.api.ContainerInspect;
import io.jcompose.engine.api.ContainerSummary;
import io.jcompose.spec.labels.ComposeLabels;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One container as {@code ps} shows it: docker compose's container summary (the list answer's ports, mounts,
 * networks, and health and exit code from its status), and the values its formatter derives from it.
 *
 * @param created seconds since the epoch
 * @param health "healthy", "unhealthy" or "starting" for a running container with a health check, else ""
 * @param exitCode the exit code of an exited or dead container, else 0
 */
public record ContainerView(String id, String name, List<String> names, String image, String project, String service,
        String command, String state, String status, long created, Map<String, String> labels, List<String> mounts,
        int localVolumes, List<String> networks, String health, int exitCode, List<PortPublisher> publishers) {

    /** Every field {@code --format} knows, in the order docker's JSON marshalling writes them (sorted). */
    public static final List<String> FIELDS = List.of("Command", "CreatedAt", "ExitCode", "Health", "ID", "Image",
            "Labels", "LocalVolumes", "Mounts", "Name", "Names", "Networks", "Ports", "Project", "Publishers",
            "RunningFor", "Service", "Size", "State", "Status");

    /** The columns of the default table, in order. */
    private static final List<String> ROW = List.of("Name", "Image", "Command", "Service", "RunningFor", "Status",
            "Ports");

    private static final Map<String, String> HEADERS = Map.ofEntries(Map.entry("ID", "CONTAINER ID"),
            Map.entry("Name", "NAME"), Map.entry("Project", "PROJECT"), Map.entry("Service", "SERVICE"),
            Map.entry("Image", "IMAGE"), Map.entry("Command", "COMMAND"), Map.entry("CreatedAt", "CREATED AT"),
            Map.entry("RunningFor", "CREATED"), Map.entry("Ports", "PORTS"), Map.entry("State", "STATE"),
            Map.entry("Status", "STATUS"), Map.entry("Size", "SIZE"), Map.entry("Labels", "LABELS"),
            Map.entry("Mounts", "MOUNTS"), Map.entry("LocalVolumes", "LOCAL VOLUMES"),
            Map.entry("Networks", "NETWORKS"), Map.entry("Names", "NAMES"), Map.entry("Health", "HEALTH"),
            Map.entry("ExitCode", "EXIT CODE"), Map.entry("Publishers", "PUBLISHERS"));

    private static final Pattern EXITED = Pattern.compile("Exited \\((-?\\d+)\\)");

    private static final DateTimeFormatter GO_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z z");

    public ContainerView {
        names = List.copyOf(names);
        labels = Map.copyOf(labels);
        mounts = List.copyOf(mounts);
        networks = List.copyOf(networks);
        publishers = List.copyOf(publishers);
    }

    /**
     * A row of the list answer as {@code ps} shows it. The health and the exit code are read from the status
     * text the engine writes ({@code Up 5 seconds (healthy)}, {@code Exited (3) 2 minutes ago}), so no
     * container needs inspecting.
     */
    public static ContainerView of(ContainerSummary summary) {
        String health = summary.state().equals("running") ? health(summary.status()) : "";
        int exitCode = summary.state().equals("exited") || summary.state().equals("dead")
                ? exitCode(summary.status()) : 0;
        List<String> mounts = new ArrayList<>();
        int local = 0;
        for (ContainerInspect.Mount mount : summary.mounts()) {
            mounts.add(mount.name().isEmpty() ? mount.source() : mount.name());
            if (mount.driver().equals("local")) {
                local++;
            }
        }
        List<PortPublisher> publishers = new ArrayList<>(summary.ports().stream()
                .map(p -> new PortPublisher(p.ip(), p.privatePort(), p.publicPort(), p.type())).toList());
        publishers.sort(Comparator.comparingInt(PortPublisher::targetPort));
        return new ContainerView(summary.id(), summary.name(), summary.names(), summary.image(),
                summary.labels().getOrDefault(ComposeLabels.PROJECT, ""), ProjectScope.service(summary),
                summary.command(), summary.state(), summary.status(), summary.created(), summary.labels(), mounts,
                local, List.copyOf(summary.networkSettings().networks().keySet()), health, exitCode, publishers);
    }

    /** The engine's health suffix of a running container's status: "(healthy)", "(unhealthy)", "(health: starting)". */
    static String health(String status) {
        if (status.endsWith("(healthy)")) {
            return "healthy";
        }
        if (status.endsWith("(unhealthy)")) {
            return "unhealthy";
        }
        return status.endsWith("(health: starting)") ? "starting" : "";
    }

    /** The code in "Exited (3) 2 minutes ago"; 0 when the status carries none. */
    static int exitCode(String status) {
        Matcher exited = EXITED.matcher(status);
        return exited.lookingAt() ? Integer.parseInt(exited.group(1)) : 0;
    }

    /**
     * The ports the list endpoint reports, read from inspect's {@code NetworkSettings.Ports}: one entry per
     * host binding, one without host side for an exposed port; sorted by container port as compose does.
     */
    static List<PortPublisher> publishers(JsonNode ports) {
        List<PortPublisher> found = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : ports.properties()) {
            String[] portAndProtocol = entry.getKey().split("/", 2);
            int target = Integer.parseInt(portAndProtocol[0]);
            String protocol = portAndProtocol.length > 1 ? portAndProtocol[1] : "tcp";
            JsonNode bindings = entry.getValue();
            if (bindings == null || !bindings.isArray() || bindings.isEmpty()) {
                found.add(new PortPublisher("", target, 0, protocol));
                continue;
            }
            for (JsonNode binding : bindings) {
                found.add(new PortPublisher(binding.path("HostIp").asText(""), target,
                        Integer.parseInt(binding.path("HostPort").asText("0")), protocol));
            }
        }
        found.sort(Comparator.comparingInt(PortPublisher::targetPort));
        return found;
    }

    /** The column title of a field in a {@code table} format. */
    public static String header(String field) {
        return HEADERS.getOrDefault(field, field.toUpperCase(Locale.ROOT));
    }

    /**
     * Every field with the value docker's formatter gives it; {@code trunc} (no {@code --no-trunc}) shortens
     * the ID to 12 characters, the command to 20 and mount names to 15.
     */
    public Map<String, Object> fields(boolean trunc, Instant now) {
        Map<String, Object> fields = new LinkedHashMap<>();
        FIELDS.forEach(key -> fields.put(key, field(key, trunc, now)));
        return fields;
    }

    /** The table row of the default {@code ps} format. */
    public List<String> row(boolean trunc, Instant now) {
        // only the shown columns: CreatedAt's zone name alone loads the JDK's time-zone name tables
        return ROW.stream().map(key -> String.valueOf(field(key, trunc, now))).toList();
    }

    /** One of {@link #FIELDS}. */
    Object field(String key, boolean trunc, Instant now) {
        return switch (key) {
            case "Command" -> goQuote(trunc ? ellipsis(command, 20) : command);
            case "CreatedAt" -> GO_TIME.format(Instant.ofEpochSecond(created).atZone(ZoneId.systemDefault()));
            case "ExitCode" -> exitCode;
            case "Health" -> health;
            case "ID" -> trunc && id.length() > 12 ? id.substring(0, 12) : id;
            case "Image" -> image;
            case "Labels" -> labelsText();
            case "LocalVolumes" -> Integer.toString(localVolumes);
            case "Mounts" -> String.join(",", trunc ? mounts.stream().map(m -> ellipsis(m, 15)).toList() : mounts);
            case "Name" -> name;
            case "Names" -> namesText(trunc);
            case "Networks" -> String.join(",", networks);
            case "Ports" -> PortPublisher.display(publishers);
            case "Project" -> project;
            case "Publishers" -> publishers.stream().map(PortPublisher::json).toList();
            case "RunningFor" -> HumanUnits.duration(Duration.between(Instant.ofEpochSecond(created), now)) + " ago";
            case "Service" -> service;
            case "Size" -> HumanUnits.size(0);
            case "State" -> state;
            case "Status" -> status;
            default -> throw new IllegalArgumentException("no container field " + key);
        };
    }

    private String labelsText() {
        // docker sorts the joined "key=value" strings, so "a.b=1" comes before "a=2"
        List<String> labelPairs = new ArrayList<>();
        labels.forEach((k, v) -> labelPairs.add(k + "=" + v));
        labelPairs.sort(null);
        return String.join(",", labelPairs);
    }

    private String namesText(boolean trunc) {
        List<String> stripped = names.stream().map(n -> n.startsWith("/") ? n.substring(1) : n).toList();
        if (trunc) {
            for (String candidate : stripped) {
                if (!candidate.contains("/")) {
                    return candidate;
                }
            }
        }
        return String.join(",", stripped);
    }

    /** docker's {@code Ellipsis}: at most {@code max} characters, the last one "…" when cut. */
    static String ellipsis(String text, int max) {
        int length = text.codePointCount(0, text.length());
        if (length <= max) {
            return text;
        }
        int end = text.offsetByCodePoints(0, max - 1);
        return text.substring(0, end) + "…";
    }

    /** Go's {@code strconv.Quote} for the text docker puts in the COMMAND column. */
    static String goQuote(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\x%02x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }
}
