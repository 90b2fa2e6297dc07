package io.jcompose.engine.api;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /containers/create}. Common fields are typed; {@link #with(String, Object)}
 * sets any other engine field, and HostConfig / NetworkingConfig are maps in the engine's own shape,
 * so that the reconciler can map every service attribute without this class knowing them all.
 * Immutable: each setter returns a copy.
 */
public final class ContainerCreateBody {

    private final Map<String, Object> fields;

    private ContainerCreateBody(Map<String, Object> fields) {
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public static ContainerCreateBody image(String image) {
        return new ContainerCreateBody(Map.of("Image", image));
    }

    public ContainerCreateBody with(String engineField, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(fields);
        copy.put(engineField, value);
        return new ContainerCreateBody(copy);
    }

    public ContainerCreateBody cmd(List<String> cmd) {
        return with("Cmd", List.copyOf(cmd));
    }

    public ContainerCreateBody entrypoint(List<String> entrypoint) {
        return with("Entrypoint", List.copyOf(entrypoint));
    }

    public ContainerCreateBody env(List<String> env) {
        return with("Env", List.copyOf(env));
    }

    public ContainerCreateBody labels(Map<String, String> labels) {
        return with("Labels", Map.copyOf(labels));
    }

    public ContainerCreateBody workingDir(String dir) {
        return with("WorkingDir", dir);
    }

    public ContainerCreateBody user(String user) {
        return with("User", user);
    }

    public ContainerCreateBody hostname(String hostname) {
        return with("Hostname", hostname);
    }

    /** Allocates a TTY: output is then one raw stream instead of stdcopy frames. */
    public ContainerCreateBody tty(boolean tty) {
        return with("Tty", tty);
    }

    /** Keeps stdin open for attach; {@code stdinOnce} closes it after the first attach ends. */
    public ContainerCreateBody openStdin(boolean openStdin, boolean stdinOnce) {
        return with("OpenStdin", openStdin).with("StdinOnce", stdinOnce).with("AttachStdin", openStdin);
    }

    public ContainerCreateBody stopSignal(String signal) {
        return with("StopSignal", signal);
    }

    public ContainerCreateBody stopTimeout(Duration timeout) {
        return with("StopTimeout", timeout.toSeconds());
    }

    public ContainerCreateBody exposedPorts(List<String> ports) {
        Map<String, Object> exposed = new LinkedHashMap<>();
        ports.forEach(port -> exposed.put(port, Map.of()));
        return with("ExposedPorts", exposed);
    }

    /** A health check, e.g. test {@code ["CMD-SHELL", "wget -qO- localhost"]}. */
    public ContainerCreateBody healthcheck(List<String> test, Duration interval, Duration timeout, int retries,
            Duration startPeriod) {
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("Test", List.copyOf(test));
        check.put("Interval", interval.toNanos());
        check.put("Timeout", timeout.toNanos());
        check.put("Retries", retries);
        check.put("StartPeriod", startPeriod.toNanos());
        return with("Healthcheck", check);
    }

    public ContainerCreateBody hostConfig(Map<String, Object> hostConfig) {
        return with("HostConfig", Map.copyOf(hostConfig));
    }

    /**
     * The network the container joins at create. API 1.41 takes one endpoint here; further networks
     * are joined with {@code Networks.connect} (API 1.44 and later accept them all at create).
     */
    public ContainerCreateBody network(String network, List<String> aliases) {
        return with("NetworkingConfig", Map.of("EndpointsConfig",
                Map.of(network, Map.of("Aliases", List.copyOf(aliases)))));
    }

    /** The JSON object sent to the engine. */
    public Map<String, Object> toJson() {
        return fields;
    }

    @Override
    public String toString() {
        return fields.toString();
    }
}
