package io.jcompose.cli;

import io.jcompose.engine.api.ContainerCreateBody;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code run}'s flags change in the one-off's create body: command, entrypoint, user, workdir, extra
 * environment, labels and volumes, the stdio flags, and the ports (none published unless {@code --service-ports};
 * {@code -p} adds its own). The restart policy is always cleared: a one-off is never restarted.
 *
 * @param command replaces the service's command when not empty
 * @param entrypoint {@code --entrypoint}, already split into words
 * @param env {@code KEY=VAL} entries that replace the service's values for the same keys
 * @param volumes {@code -v} entries ({@code src:target[:mode]}); a relative source is taken from the project directory
 * @param publish {@code -p} entries: {@code [[ip:]host:]container[/protocol]}
 */
record OneOffOverrides(List<String> command, Optional<List<String>> entrypoint, Optional<String> user,
                       Optional<String> workdir, List<String> env, Map<String, String> labels, List<String> volumes,
                       List<String> publish, boolean servicePorts, boolean tty, boolean stdin) {

    OneOffOverrides {
        command = List.copyOf(command);
        env = List.copyOf(env);
        labels = Map.copyOf(labels);
        volumes = List.copyOf(volumes);
        publish = List.copyOf(publish);
        // a bad -p fails before anything is created
        publish.forEach(Published::parse);
    }

    ContainerCreateBody apply(ContainerCreateBody body, Path projectDirectory) {
        Map<String, Object> fields = body.toJson();
        ContainerCreateBody out = body;
        if (!command.isEmpty()) {
            out = out.cmd(command);
        }
        if (entrypoint.isPresent()) {
            out = out.entrypoint(entrypoint.get());
        }
        if (user.isPresent()) {
            out = out.user(user.get());
        }
        if (workdir.isPresent()) {
            out = out.workingDir(workdir.get());
        }
        if (!env.isEmpty()) {
            out = out.env(mergedEnv(strings(fields.get("Env")), env));
        }
        if (!labels.isEmpty()) {
            Map<String, String> merged = new LinkedHashMap<>(stringMap(fields.get("Labels")));
            merged.putAll(labels);
            out = out.with("Labels", merged);
        }
        out = out.with("Tty", tty).with("OpenStdin", stdin).with("StdinOnce", stdin).with("AttachStdin", stdin);
        Map<String, Object> host = new LinkedHashMap<>(objectMap(fields.get("HostConfig")));
        host.remove("RestartPolicy");
        if (!servicePorts) {
            host.remove("PortBindings");
        }
        if (!volumes.isEmpty()) {
            List<String> binds = new ArrayList<>(strings(host.get("Binds")));
            volumes.forEach(v -> binds.add(bind(v, projectDirectory)));
            host.put("Binds", binds);
        }
        if (!publish.isEmpty()) {
            Map<String, Object> bindings = new LinkedHashMap<>(objectMap(host.get("PortBindings")));
            Map<String, Object> exposed = new LinkedHashMap<>(objectMap(fields.get("ExposedPorts")));
            for (String entry : publish) {
                Published port = Published.parse(entry);
                exposed.put(port.key(), Map.of());
                bindings.put(port.key(), List.of(Map.of("HostIp", port.hostIp(), "HostPort", port.hostPort())));
            }
            host.put("PortBindings", bindings);
            out = out.with("ExposedPorts", exposed);
        }
        return out.with("HostConfig", host);
    }

    /** The service's environment with each given key replaced (or added), order kept. */
    static List<String> mergedEnv(List<String> service, List<String> given) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String entry : service) {
            byKey.put(key(entry), entry);
        }
        for (String entry : given) {
            byKey.put(key(entry), entry);
        }
        return List.copyOf(byKey.values());
    }

    private static String key(String entry) {
        int equals = entry.indexOf('=');
        return equals < 0 ? entry : entry.substring(0, equals);
    }

    static String bind(String volume, Path projectDirectory) {
        if (volume.startsWith(".")) {
            int colon = volume.indexOf(':');
            String source = colon < 0 ? volume : volume.substring(0, colon);
            String rest = colon < 0 ? "" : volume.substring(colon);
            return projectDirectory.resolve(source).normalize().toAbsolutePath() + rest;
        }
        return volume;
    }

    /** One {@code -p} entry. */
    record Published(String hostIp, String hostPort, String key) {

        static Published parse(String entry) {
            String protocol = "tcp";
            String ports = entry;
            int slash = entry.lastIndexOf('/');
            if (slash >= 0) {
                protocol = entry.substring(slash + 1);
                ports = entry.substring(0, slash);
            }
            String[] parts = ports.split(":", -1);
            String ip = "";
            String host = "";
            String container;
            switch (parts.length) {
                case 1 -> container = parts[0];
                case 2 -> {
                    host = parts[0];
                    container = parts[1];
                }
                case 3 -> {
                    ip = parts[0];
                    host = parts[1];
                    container = parts[2];
                }
                default -> throw new IllegalArgumentException("-p " + entry
                        + ": expected [[ip:]host:]container[/protocol]");
            }
            if (!container.matches("\\d+(-\\d+)?") || !host.matches("(\\d+(-\\d+)?)?")) {
                throw new IllegalArgumentException("-p " + entry + ": expected [[ip:]host:]container[/protocol]");
            }
            return new Published(ip, host, container + "/" + protocol);
        }
    }

    private static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(item -> out.add(String.valueOf(item)));
        }
        return out;
    }

    private static Map<String, String> stringMap(Object value) {
        Map<String, String> out = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
        }
        return out;
    }

    private static Map<String, Object> objectMap(Object value) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> out.put(String.valueOf(k), v));
        }
        return out;
    }
}
