package io.jcompose.engine.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EndpointCandidatesTest {

    @TempDir
    Path home;

    private List<EndpointCandidate> resolve(Map<String, String> env) {
        return new EndpointCandidates(env, home).resolve();
    }

    @Test
    void withoutSettingsTriesTheDockerThenPodmanSockets() {
        List<EndpointCandidate> candidates = resolve(Map.of("XDG_RUNTIME_DIR", "/run/user/1000"));

        assertThat(candidates).extracting(EndpointCandidate::host).containsExactly(
                "unix:///var/run/docker.sock",
                "unix:///run/user/1000/docker.sock",
                "unix:///run/podman/podman.sock",
                "unix:///run/user/1000/podman/podman.sock");
        assertThat(candidates).extracting(EndpointCandidate::source).containsExactly(
                "default socket", "rootless Docker socket", "Podman socket", "rootless Podman socket");
    }

    @Test
    void withoutRuntimeDirSkipsTheRootlessSockets() {
        assertThat(resolve(Map.of())).extracting(EndpointCandidate::host)
                .containsExactly("unix:///var/run/docker.sock", "unix:///run/podman/podman.sock");
    }

    @Test
    void dockerHostUnixSocketIsTheOnlyCandidate() {
        List<EndpointCandidate> candidates = resolve(Map.of("DOCKER_HOST", "unix:///tmp/engine.sock"));

        assertThat(candidates).hasSize(1);
        EngineEndpoint endpoint = candidates.get(0).endpoint().orElseThrow();
        assertThat(endpoint.socket()).contains(Path.of("/tmp/engine.sock"));
        assertThat(endpoint.source()).isEqualTo("DOCKER_HOST");
    }

    @Test
    void dockerHostTcpDefaultsToPort2375() {
        EngineEndpoint endpoint = resolve(Map.of("DOCKER_HOST", "tcp://10.0.0.5")).get(0).endpoint().orElseThrow();

        assertThat(endpoint.tcpHost()).isEqualTo("10.0.0.5");
        assertThat(endpoint.tcpPort()).isEqualTo(2375);
        assertThat(endpoint.host()).isEqualTo("tcp://10.0.0.5:2375");
    }

    @Test
    void dockerHostTcpWithPort() {
        EngineEndpoint endpoint = resolve(Map.of("DOCKER_HOST", "tcp://localhost:12375")).get(0).endpoint().orElseThrow();

        assertThat(endpoint.tcpPort()).isEqualTo(12375);
        assertThat(endpoint.socket()).isEmpty();
    }

    @Test
    void tlsIsRefusedClearly() {
        EndpointCandidate candidate = resolve(Map.of("DOCKER_HOST", "tcp://host:2376", "DOCKER_TLS_VERIFY", "1")).get(0);

        assertThat(candidate.endpoint()).isEmpty();
        assertThat(candidate.refusal()).isEqualTo("TLS (DOCKER_TLS_VERIFY / DOCKER_CERT_PATH) is not supported yet");
    }

    @Test
    void sshAndUnknownSchemesAreRefused() {
        assertThat(resolve(Map.of("DOCKER_HOST", "ssh://me@host")).get(0).refusal())
                .isEqualTo("ssh:// engine addresses are not supported yet");
        assertThat(resolve(Map.of("DOCKER_HOST", "/var/run/docker.sock")).get(0).refusal())
                .isEqualTo("unknown scheme; expected unix:///path/to/socket or tcp://host:port");
    }

    @Test
    void dockerHostWinsOverDockerContext() {
        List<EndpointCandidate> candidates = resolve(Map.of("DOCKER_HOST", "unix:///a.sock", "DOCKER_CONTEXT", "remote"));

        assertThat(candidates).extracting(EndpointCandidate::host).containsExactly("unix:///a.sock");
    }

    @Test
    void dockerContextReadsTheContextMetadata() throws IOException {
        writeContext(home.resolve(".docker"), "remote", "tcp://build-box:2375");

        List<EndpointCandidate> candidates = resolve(Map.of("DOCKER_CONTEXT", "remote"));

        assertThat(candidates).hasSize(1);
        assertThat(candidates.get(0).source()).isEqualTo("DOCKER_CONTEXT \"remote\"");
        assertThat(candidates.get(0).endpoint().map(EngineEndpoint::host)).isEqualTo(Optional.of("tcp://build-box:2375"));
    }

    @Test
    void currentContextOfConfigJsonUnderDockerConfig() throws IOException {
        Path configDir = home.resolve("elsewhere");
        writeContext(configDir, "podman", "unix:///run/user/1000/podman/podman.sock");
        Files.writeString(configDir.resolve("config.json"), """
                {"auths": {}, "currentContext": "podman"}
                """);

        List<EndpointCandidate> candidates = resolve(Map.of("DOCKER_CONFIG", configDir.toString()));

        assertThat(candidates).extracting(EndpointCandidate::host)
                .containsExactly("unix:///run/user/1000/podman/podman.sock");
        assertThat(candidates.get(0).source()).isEqualTo("current context \"podman\"");
    }

    @Test
    void defaultContextMeansTheDefaultSockets() throws IOException {
        Files.createDirectories(home.resolve(".docker"));
        Files.writeString(home.resolve(".docker/config.json"), """
                {"currentContext": "default"}
                """);

        assertThat(resolve(Map.of())).extracting(EndpointCandidate::host).first().isEqualTo("unix:///var/run/docker.sock");
    }

    @Test
    void missingContextIsReported() {
        EndpointCandidate candidate = resolve(Map.of("DOCKER_CONTEXT", "gone")).get(0);

        assertThat(candidate.endpoint()).isEmpty();
        assertThat(candidate.refusal()).isEqualTo("context not found");
        assertThat(candidate.source()).isEqualTo("DOCKER_CONTEXT \"gone\"");
    }

    @Test
    void contextDirectoryIsTheSha256OfTheName() {
        assertThat(EndpointCandidates.sha256("default"))
                .isEqualTo("37a8eec1ce19687d132fe29051dca629d164e2c4958ba141d5f4133a33f0688f");
    }

    private static void writeContext(Path configDir, String name, String host) throws IOException {
        Path meta = configDir.resolve("contexts/meta").resolve(EndpointCandidates.sha256(name));
        Files.createDirectories(meta);
        Files.writeString(meta.resolve("meta.json"), """
                {"Name":"%s","Metadata":{},"Endpoints":{"docker":{"Host":"%s","SkipTLSVerify":false}}}
                """.formatted(name, host));
    }
}
