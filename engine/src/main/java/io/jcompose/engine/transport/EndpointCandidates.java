package io.jcompose.engine.transport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Resolves where to look for an engine, as the docker CLI does. An explicit choice ({@code DOCKER_HOST},
 * then {@code DOCKER_CONTEXT}, then the current context of {@code config.json}) is the only candidate,
 * so a wrong setting fails loudly instead of silently reaching another engine; without one, the
 * default Docker and Podman sockets are tried in order.
 */
public final class EndpointCandidates {

    static final int DEFAULT_TCP_PORT = 2375;

    private final Map<String, String> environment;
    private final Path home;

    /** {@code environment} is the process environment (a map, so tests can pass their own). */
    public EndpointCandidates(Map<String, String> environment, Path home) {
        this.environment = Map.copyOf(environment);
        this.home = home;
    }

    public List<EndpointCandidate> resolve() {
        String dockerHost = env("DOCKER_HOST");
        if (!dockerHost.isEmpty()) {
            return List.of(parseHost("DOCKER_HOST", dockerHost, tlsRequested()));
        }
        String context = env("DOCKER_CONTEXT");
        String contextSource = "DOCKER_CONTEXT";
        if (context.isEmpty()) {
            context = currentContext();
            contextSource = "current context";
        }
        if (!context.isEmpty() && !context.equals("default")) {
            return List.of(fromContext(contextSource, context));
        }
        List<EndpointCandidate> defaults = new ArrayList<>();
        defaults.add(EndpointCandidate.of(EngineEndpoint.unix("default socket", Path.of("/var/run/docker.sock"))));
        String runtimeDir = env("XDG_RUNTIME_DIR");
        if (!runtimeDir.isEmpty()) {
            defaults.add(EndpointCandidate.of(EngineEndpoint.unix("rootless Docker socket",
                    Path.of(runtimeDir, "docker.sock"))));
        }
        defaults.add(EndpointCandidate.of(EngineEndpoint.unix("Podman socket", Path.of("/run/podman/podman.sock"))));
        if (!runtimeDir.isEmpty()) {
            defaults.add(EndpointCandidate.of(EngineEndpoint.unix("rootless Podman socket",
                    Path.of(runtimeDir, "podman", "podman.sock"))));
        }
        return List.copyOf(defaults);
    }

    /** Parses a docker host URL: {@code unix:///path} or {@code tcp://host[:port]}. */
    static EndpointCandidate parseHost(String source, String host, boolean tls) {
        URI uri;
        try {
            uri = new URI(host);
        } catch (URISyntaxException e) {
            return EndpointCandidate.refused(source, host, "not a valid engine address (" + e.getReason()
                    + "); expected unix:///path/to/socket or tcp://host:port");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme();
        switch (scheme) {
            case "unix":
                if (uri.getPath() == null || uri.getPath().isEmpty()) {
                    return EndpointCandidate.refused(source, host, "no socket path; expected unix:///path/to/socket");
                }
                return EndpointCandidate.of(EngineEndpoint.unix(source, Path.of(uri.getPath())));
            case "tcp":
            case "http":
                if (tls) {
                    return EndpointCandidate.refused(source, host,
                            "TLS (DOCKER_TLS_VERIFY / DOCKER_CERT_PATH) is not supported yet");
                }
                if (uri.getHost() == null) {
                    return EndpointCandidate.refused(source, host, "no host name; expected tcp://host:port");
                }
                return EndpointCandidate.of(EngineEndpoint.tcp(source, uri.getHost(),
                        uri.getPort() < 0 ? DEFAULT_TCP_PORT : uri.getPort()));
            case "ssh":
            case "npipe":
            case "fd":
                return EndpointCandidate.refused(source, host, scheme + ":// engine addresses are not supported yet");
            default:
                return EndpointCandidate.refused(source, host,
                        "unknown scheme; expected unix:///path/to/socket or tcp://host:port");
        }
    }

    private boolean tlsRequested() {
        return !env("DOCKER_TLS_VERIFY").isEmpty() || !env("DOCKER_CERT_PATH").isEmpty();
    }

    private Path configDir() {
        String configured = env("DOCKER_CONFIG");
        return configured.isEmpty() ? home.resolve(".docker") : Path.of(configured);
    }

    private String currentContext() {
        Path config = configDir().resolve("config.json");
        if (!Files.isRegularFile(config)) {
            return "";
        }
        try {
            JsonNode current = new ObjectMapper().readTree(config.toFile()).path("currentContext");
            return current.isTextual() ? current.asText() : "";
        } catch (IOException e) {
            // The docker CLI refuses to run with a broken config.json; we only lose the context choice.
            return "";
        }
    }

    private EndpointCandidate fromContext(String source, String context) {
        String label = source + " \"" + context + "\"";
        Path meta = configDir().resolve("contexts").resolve("meta").resolve(sha256(context)).resolve("meta.json");
        if (!Files.isRegularFile(meta)) {
            return EndpointCandidate.refused(label, meta.toString(), "context not found");
        }
        try {
            JsonNode endpoint = new ObjectMapper().readTree(meta.toFile()).path("Endpoints").path("docker");
            JsonNode host = endpoint.path("Host");
            if (!host.isTextual() || host.asText().isEmpty()) {
                return EndpointCandidate.refused(label, meta.toString(), "the context has no docker endpoint Host");
            }
            // A context with TLS material stores it under contexts/tls/<digest>/docker.
            boolean tls = Files.isDirectory(configDir().resolve("contexts").resolve("tls").resolve(sha256(context)));
            return parseHost(label, host.asText(), tls);
        } catch (IOException e) {
            return EndpointCandidate.refused(label, meta.toString(), "cannot read context: " + e.getMessage());
        }
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always provides SHA-256", e);
        }
    }

    private String env(String name) {
        return environment.getOrDefault(name, "").trim();
    }
}
