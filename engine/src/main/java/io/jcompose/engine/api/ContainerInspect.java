package io.jcompose.engine.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@code GET /containers/{id}/json}: the parts the reconciler compares. HostConfig stays a map, as the
 * create body does, so that every field the engine knows survives a round trip.
 */
public record ContainerInspect(
        @JsonProperty("Id") String id,
        @JsonProperty("Name") String name,
        @JsonProperty("Created") String created,
        @JsonProperty("Image") String image,
        @JsonProperty("RestartCount") int restartCount,
        @JsonProperty("State") State state,
        @JsonProperty("Config") Config config,
        @JsonProperty("HostConfig") Map<String, Object> hostConfig,
        @JsonProperty("NetworkSettings") NetworkSettings networkSettings,
        @JsonProperty("Mounts") List<Mount> mounts) {

    public ContainerInspect {
        id = Absent.text(id);
        name = Absent.text(name).replaceFirst("^/", "");
        created = Absent.text(created);
        image = Absent.text(image);
        state = state == null ? new State(null, false, false, false, false, false, 0, 0, null, null, null, null)
                : state;
        config = config == null ? new Config(null, null, null, null, null, null, null, null, false, false, null, null)
                : config;
        hostConfig = Absent.map(hostConfig);
        networkSettings = networkSettings == null ? new NetworkSettings(null, null) : networkSettings;
        mounts = Absent.list(mounts);
    }

    public record State(
            @JsonProperty("Status") String status,
            @JsonProperty("Running") boolean running,
            @JsonProperty("Paused") boolean paused,
            @JsonProperty("Restarting") boolean restarting,
            @JsonProperty("OOMKilled") boolean oomKilled,
            @JsonProperty("Dead") boolean dead,
            @JsonProperty("Pid") int pid,
            @JsonProperty("ExitCode") int exitCode,
            @JsonProperty("Error") String error,
            @JsonProperty("StartedAt") String startedAt,
            @JsonProperty("FinishedAt") String finishedAt,
            @JsonProperty("Health") Health health) {

        public State {
            status = Absent.text(status);
            error = Absent.text(error);
            startedAt = Absent.text(startedAt);
            finishedAt = Absent.text(finishedAt);
            health = health == null ? new Health("", 0) : health;
        }

        /** "starting", "healthy" or "unhealthy"; empty when the container has no health check. */
        public Optional<String> healthStatus() {
            return health.status().isEmpty() ? Optional.empty() : Optional.of(health.status());
        }
    }

    public record Health(@JsonProperty("Status") String status, @JsonProperty("FailingStreak") int failingStreak) {
        public Health {
            status = Absent.text(status);
        }
    }

    public record Config(
            @JsonProperty("Hostname") String hostname,
            @JsonProperty("User") String user,
            @JsonProperty("Env") List<String> env,
            @JsonProperty("Cmd") List<String> cmd,
            @JsonProperty("Entrypoint") List<String> entrypoint,
            @JsonProperty("Image") String image,
            @JsonProperty("WorkingDir") String workingDir,
            @JsonProperty("Labels") Map<String, String> labels,
            @JsonProperty("Tty") boolean tty,
            @JsonProperty("OpenStdin") boolean openStdin,
            @JsonProperty("StopSignal") String stopSignal,
            @JsonProperty("ExposedPorts") Map<String, Object> exposedPorts) {

        public Config {
            hostname = Absent.text(hostname);
            user = Absent.text(user);
            env = Absent.list(env);
            cmd = Absent.list(cmd);
            entrypoint = Absent.list(entrypoint);
            image = Absent.text(image);
            workingDir = Absent.text(workingDir);
            labels = Absent.map(labels);
            stopSignal = Absent.text(stopSignal);
            exposedPorts = Absent.map(exposedPorts);
        }
    }

    public record NetworkSettings(
            @JsonProperty("Networks") Map<String, EndpointSettings> networks,
            @JsonProperty("Ports") Map<String, List<PortBinding>> ports) {

        public NetworkSettings {
            networks = Absent.map(networks);
            // An exposed but unpublished port maps to null: keep it, as an empty list of bindings.
            ports = ports == null ? Map.of() : ports.entrySet().stream().collect(Collectors.toMap(
                    Map.Entry::getKey, e -> Absent.list(e.getValue()), (a, b) -> a, TreeMap::new));
        }
    }

    public record EndpointSettings(
            @JsonProperty("NetworkID") String networkId,
            @JsonProperty("EndpointID") String endpointId,
            @JsonProperty("IPAddress") String ipAddress,
            @JsonProperty("MacAddress") String macAddress,
            @JsonProperty("Gateway") String gateway,
            @JsonProperty("Aliases") List<String> aliases) {

        public EndpointSettings {
            networkId = Absent.text(networkId);
            endpointId = Absent.text(endpointId);
            ipAddress = Absent.text(ipAddress);
            macAddress = Absent.text(macAddress);
            gateway = Absent.text(gateway);
            aliases = Absent.list(aliases);
        }
    }

    public record PortBinding(@JsonProperty("HostIp") String hostIp, @JsonProperty("HostPort") String hostPort) {
        public PortBinding {
            hostIp = Absent.text(hostIp);
            hostPort = Absent.text(hostPort);
        }
    }

    public record Mount(
            @JsonProperty("Type") String type,
            @JsonProperty("Name") String name,
            @JsonProperty("Source") String source,
            @JsonProperty("Destination") String destination,
            @JsonProperty("Driver") String driver,
            @JsonProperty("Mode") String mode,
            @JsonProperty("RW") boolean rw) {

        public Mount {
            type = Absent.text(type);
            name = Absent.text(name);
            source = Absent.text(source);
            destination = Absent.text(destination);
            driver = Absent.text(driver);
            mode = Absent.text(mode);
        }
    }
}
