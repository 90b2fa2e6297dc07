package io.jcompose.engine.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
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
        String id,
        String name,
        String created,
        String image,
        int restartCount,
        State state,
        Config config,
        Map<String, Object> hostConfig,
        NetworkSettings networkSettings,
        List<Mount> mounts) {

    public ContainerInspect {
        id = Absent.text(id);
        name = Absent.text(name).replaceFirst("^/", "");
        created = Absent.text(created);
        image = Absent.text(image);
        state = state == null ? new State(null, false, false, false, false, false, 0, 0, null, null, null, null)
                : state;
        config = config == null
                ? new Config(null, null, null, null, null, null, null, null, false, false, null, null, null) : config;
        hostConfig = Absent.map(hostConfig);
        networkSettings = networkSettings == null ? new NetworkSettings(null, null) : networkSettings;
        mounts = Absent.list(mounts);
    }

    /** An inspect answer as {@code GET /containers/{id}/json} gives it. */
    static ContainerInspect read(JsonParser parser) throws IOException {
        String id = null;
        String name = null;
        String created = null;
        String image = null;
        int restartCount = 0;
        State state = null;
        Config config = null;
        Map<String, Object> hostConfig = null;
        NetworkSettings networkSettings = null;
        List<Mount> mounts = null;
        for (String field = AnswerReader.firstField(parser); field != null; field = AnswerReader.nextField(parser)) {
            switch (field) {
                case "Id" -> id = AnswerReader.text(parser);
                case "Name" -> name = AnswerReader.text(parser);
                case "Created" -> created = AnswerReader.text(parser);
                case "Image" -> image = AnswerReader.text(parser);
                case "RestartCount" -> restartCount = AnswerReader.integer(parser);
                case "State" -> state = AnswerReader.object(parser, State::read);
                case "Config" -> config = AnswerReader.object(parser, Config::read);
                case "HostConfig" -> hostConfig = AnswerReader.untypedMap(parser);
                case "NetworkSettings" -> networkSettings = AnswerReader.object(parser, NetworkSettings::read);
                case "Mounts" -> mounts = AnswerReader.list(parser, Mount::read);
                default -> parser.skipChildren();
            }
        }
        return new ContainerInspect(id, name, created, image, restartCount, state, config, hostConfig, networkSettings,
                mounts);
    }

    public record State(
            String status,
            boolean running,
            boolean paused,
            boolean restarting,
            boolean oomKilled,
            boolean dead,
            int pid,
            int exitCode,
            String error,
            String startedAt,
            String finishedAt,
            Health health) {

        public State {
            status = Absent.text(status);
            error = Absent.text(error);
            startedAt = Absent.text(startedAt);
            finishedAt = Absent.text(finishedAt);
            health = health == null ? new Health("", 0, null) : health;
        }

        static State read(JsonParser parser) throws IOException {
            String status = null;
            boolean running = false;
            boolean paused = false;
            boolean restarting = false;
            boolean oomKilled = false;
            boolean dead = false;
            int pid = 0;
            int exitCode = 0;
            String error = null;
            String startedAt = null;
            String finishedAt = null;
            Health health = null;
            for (String field = AnswerReader.firstField(parser); field != null;
                    field = AnswerReader.nextField(parser)) {
                switch (field) {
                    case "Status" -> status = AnswerReader.text(parser);
                    case "Running" -> running = AnswerReader.bool(parser);
                    case "Paused" -> paused = AnswerReader.bool(parser);
                    case "Restarting" -> restarting = AnswerReader.bool(parser);
                    case "OOMKilled" -> oomKilled = AnswerReader.bool(parser);
                    case "Dead" -> dead = AnswerReader.bool(parser);
                    case "Pid" -> pid = AnswerReader.integer(parser);
                    case "ExitCode" -> exitCode = AnswerReader.integer(parser);
                    case "Error" -> error = AnswerReader.text(parser);
                    case "StartedAt" -> startedAt = AnswerReader.text(parser);
                    case "FinishedAt" -> finishedAt = AnswerReader.text(parser);
                    case "Health" -> health = AnswerReader.object(parser, Health::read);
                    default -> parser.skipChildren();
                }
            }
            return new State(status, running, paused, restarting, oomKilled, dead, pid, exitCode, error, startedAt,
                    finishedAt, health);
        }

        /** "starting", "healthy" or "unhealthy"; empty when the container has no health check. */
        public Optional<String> healthStatus() {
            return health.status().isEmpty() ? Optional.empty() : Optional.of(health.status());
        }
    }

    /** @param log the last health-check results, oldest first */
    public record Health(String status, int failingStreak, List<HealthCheckResult> log) {
        public Health {
            status = Absent.text(status);
            log = Absent.list(log);
        }

        static Health read(JsonParser parser) throws IOException {
            String status = null;
            int failingStreak = 0;
            List<HealthCheckResult> log = null;
            for (String field = AnswerReader.firstField(parser); field != null;
                    field = AnswerReader.nextField(parser)) {
                switch (field) {
                    case "Status" -> status = AnswerReader.text(parser);
                    case "FailingStreak" -> failingStreak = AnswerReader.integer(parser);
                    case "Log" -> log = AnswerReader.list(parser, HealthCheckResult::read);
                    default -> parser.skipChildren();
                }
            }
            return new Health(status, failingStreak, log);
        }
    }

    /** One run of the health check: its exit code and (truncated) output. */
    public record HealthCheckResult(int exitCode, String output) {
        public HealthCheckResult {
            output = Absent.text(output);
        }

        static HealthCheckResult read(JsonParser parser) throws IOException {
            int exitCode = 0;
            String output = null;
            for (String field = AnswerReader.firstField(parser); field != null;
                    field = AnswerReader.nextField(parser)) {
                switch (field) {
                    case "ExitCode" -> exitCode = AnswerReader.integer(parser);
                    case "Output" -> output = AnswerReader.text(parser);
                    default -> parser.skipChildren();
                }
            }
            return new HealthCheckResult(exitCode, output);
        }
    }

    public record Config(
            String hostname,
            String user,
            List<String> env,
            List<String> cmd,
            List<String> entrypoint,
            String image,
            String workingDir,
            Map<String, String> labels,
            boolean tty,
            boolean openStdin,
            String stopSignal,
            Map<String, Object> exposedPorts,
            List<String> healthcheckTest) {

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
            healthcheckTest = Absent.list(healthcheckTest);
        }

        /** A health check is configured (by the service or the image), not disabled with {@code NONE}. */
        public boolean hasHealthcheck() {
            return !healthcheckTest.isEmpty() && !healthcheckTest.get(0).equals("NONE");
        }

        static Config read(JsonParser parser) throws IOException {
            String hostname = null;
            String user = null;
            List<String> env = null;
            List<String> cmd = null;
            List<String> entrypoint = null;
            String image = null;
            String workingDir = null;
            Map<String, String> labels = null;
            boolean tty = false;
            boolean openStdin = false;
            String stopSignal = null;
            Map<String, Object> exposedPorts = null;
            List<String> healthcheckTest = null;
            for (String field = AnswerReader.firstField(parser); field != null;
                    field = AnswerReader.nextField(parser)) {
                switch (field) {
                    case "Hostname" -> hostname = AnswerReader.text(parser);
                    case "User" -> user = AnswerReader.text(parser);
                    case "Env" -> env = AnswerReader.texts(parser);
                    case "Cmd" -> cmd = AnswerReader.texts(parser);
                    case "Entrypoint" -> entrypoint = AnswerReader.texts(parser);
                    case "Image" -> image = AnswerReader.text(parser);
                    case "WorkingDir" -> workingDir = AnswerReader.text(parser);
                    case "Labels" -> labels = AnswerReader.textMap(parser);
                    case "Tty" -> tty = AnswerReader.bool(parser);
                    case "OpenStdin" -> openStdin = AnswerReader.bool(parser);
                    case "StopSignal" -> stopSignal = AnswerReader.text(parser);
                    case "ExposedPorts" -> exposedPorts = AnswerReader.untypedMap(parser);
                    case "Healthcheck" -> healthcheckTest = healthcheckTest(parser);
                    default -> parser.skipChildren();
                }
            }
            return new Config(hostname, user, env, cmd, entrypoint, image, workingDir, labels, tty, openStdin,
                    stopSignal, exposedPorts, healthcheckTest);
        }

        private static List<String> healthcheckTest(JsonParser parser) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_NULL) {
                return null;
            }
            List<String> test = null;
            for (String field = AnswerReader.firstField(parser); field != null;
                    field = AnswerReader.nextField(parser)) {
                if (field.equals("Test")) {
                    test = AnswerReader.texts(parser);
                } else {
                    parser.skipChildren();
                }
            }
            return test;
        }
    }

    public record NetworkSettings(
            Map<String, EndpointSettings> networks,
            Map<String, List<PortBinding>> ports) {

        public NetworkSettings {
            networks = Absent.map(networks);
            // An exposed but unpublished port maps to null: keep it, as an empty list of bindings.
            ports = ports == null ? Map.of() : ports.entrySet().stream().collect(Collectors.toMap(
                    Map.Entry::getKey, e -> Absent.list(e.getValue()), (a, b) -> a, TreeMap::new));
        }

        static NetworkSettings read(JsonParser parser) throws IOException {
            Map<String, EndpointSettings> networks = null;
            Map<String, List<PortBinding>> ports = null;
            for (String field = AnswerReader.firstField(parser); field != null;
                    field = AnswerReader.nextField(parser)) {
                switch (field) {
                    case "Networks" -> networks = AnswerReader.map(parser, EndpointSettings::read);
                    case "Ports" -> ports = AnswerReader.map(parser, p -> AnswerReader.list(p, PortBinding::read));
                    default -> parser.skipChildren();
                }
            }
            return new NetworkSettings(networks, ports);
        }
    }

    public record EndpointSettings(
            String networkId,
            String endpointId,
            String ipAddress,
            String macAddress,
            String gateway,
            List<String> aliases) {

        public EndpointSettings {
            networkId = Absent.text(networkId);
            endpointId = Absent.text(endpointId);
            ipAddress = Absent.text(ipAddress);
            macAddress = Absent.text(macAddress);
            gateway = Absent.text(gateway);
            aliases = Absent.list(aliases);
        }

        static EndpointSettings read(JsonParser parser) throws IOException {
            String networkId = null;
            String endpointId = null;
            String ipAddress = null;
            String macAddress = null;
            String gateway = null;
            List<String> aliases = null;
            for (String field = AnswerReader.firstField(parser); field != null;
                    field = AnswerReader.nextField(parser)) {
                switch (field) {
                    case "NetworkID" -> networkId = AnswerReader.text(parser);
                    case "EndpointID" -> endpointId = AnswerReader.text(parser);
                    case "IPAddress" -> ipAddress = AnswerReader.text(parser);
                    case "MacAddress" -> macAddress = AnswerReader.text(parser);
                    case "Gateway" -> gateway = AnswerReader.text(parser);
                    case "Aliases" -> aliases = AnswerReader.texts(parser);
                    default -> parser.skipChildren();
                }
            }
            return new EndpointSettings(networkId, endpointId, ipAddress, macAddress, gateway, aliases);
        }
    }

    public record PortBinding(String hostIp, String hostPort) {
        public PortBinding {
            hostIp = Absent.text(hostIp);
            hostPort = Absent.text(hostPort);
        }

        static PortBinding read(JsonParser parser) throws IOException {
            String hostIp = null;
            String hostPort = null;
            for (String field = AnswerReader.firstField(parser); field != null;
                    field = AnswerReader.nextField(parser)) {
                switch (field) {
                    case "HostIp" -> hostIp = AnswerReader.text(parser);
                    case "HostPort" -> hostPort = AnswerReader.text(parser);
                    default -> parser.skipChildren();
                }
            }
            return new PortBinding(hostIp, hostPort);
        }
    }

    public record Mount(
            String type,
            String name,
            String source,
            String destination,
            String driver,
            String mode,
            boolean rw) {

        public Mount {
            type = Absent.text(type);
            name = Absent.text(name);
            source = Absent.text(source);
            destination = Absent.text(destination);
            driver = Absent.text(driver);
            mode = Absent.text(mode);
        }

        static Mount read(JsonParser parser) throws IOException {
            String type = null;
            String name = null;
            String source = null;
            String destination = null;
            String driver = null;
            String mode = null;
            boolean rw = false;
            for (String field = AnswerReader.firstField(parser); field != null;
                    field = AnswerReader.nextField(parser)) {
                switch (field) {
                    case "Type" -> type = AnswerReader.text(parser);
                    case "Name" -> name = AnswerReader.text(parser);
                    case "Source" -> source = AnswerReader.text(parser);
                    case "Destination" -> destination = AnswerReader.text(parser);
                    case "Driver" -> driver = AnswerReader.text(parser);
                    case "Mode" -> mode = AnswerReader.text(parser);
                    case "RW" -> rw = AnswerReader.bool(parser);
                    default -> parser.skipChildren();
                }
            }
            return new Mount(type, name, source, destination, driver, mode, rw);
        }
    }
}
