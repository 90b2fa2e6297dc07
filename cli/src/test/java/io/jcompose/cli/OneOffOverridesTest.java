package io.jcompose.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.engine.api.ContainerCreateBody;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OneOffOverridesTest {

    private static final Path PROJECT = Path.of("/srv/demo");

    private static ContainerCreateBody service() {
        return ContainerCreateBody.image("busybox").cmd(List.of("echo", "service"))
                .env(List.of("A=1", "B=2"))
                .with("Labels", Map.of("com.docker.compose.service", "app"))
                .with("ExposedPorts", Map.of("80/tcp", Map.of()))
                .with("HostConfig", Map.of(
                        "RestartPolicy", Map.of("Name", "always", "MaximumRetryCount", 0),
                        "PortBindings", Map.of("80/tcp", List.of(Map.of("HostIp", "", "HostPort", "8080"))),
                        "Binds", List.of("/srv/demo/data:/data")));
    }

    private static OneOffOverrides overrides(List<String> command, List<String> publish, boolean servicePorts) {
        return new OneOffOverrides(command, Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Map.of(),
                List.of(), publish, servicePorts, false, true);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> host(ContainerCreateBody body) {
        return (Map<String, Object>) body.toJson().get("HostConfig");
    }

    @Test
    void withoutFlagsTheServiceCommandStaysButPortsAndRestartPolicyGo() {
        ContainerCreateBody body = overrides(List.of(), List.of(), false).apply(service(), PROJECT);

        assertThat(body.toJson().get("Cmd")).isEqualTo(List.of("echo", "service"));
        assertThat(host(body)).doesNotContainKeys("RestartPolicy", "PortBindings")
                .containsEntry("Binds", List.of("/srv/demo/data:/data"));
        assertThat(body.toJson()).containsEntry("OpenStdin", true).containsEntry("AttachStdin", true)
                .containsEntry("StdinOnce", true).containsEntry("Tty", false);
    }

    @Test
    void servicePortsKeepTheServiceBindings() {
        ContainerCreateBody body = overrides(List.of("sh"), List.of(), true).apply(service(), PROJECT);

        assertThat(body.toJson().get("Cmd")).isEqualTo(List.of("sh"));
        assertThat(host(body)).containsKey("PortBindings").doesNotContainKey("RestartPolicy");
    }

    @Test
    void publishAddsBindingsAndExposesThePort() {
        ContainerCreateBody body = overrides(List.of(), List.of("127.0.0.1:9000:90/udp", "91"), false)
                .apply(service(), PROJECT);

        assertThat(host(body).get("PortBindings")).isEqualTo(Map.of(
                "90/udp", List.of(Map.of("HostIp", "127.0.0.1", "HostPort", "9000")),
                "91/tcp", List.of(Map.of("HostIp", "", "HostPort", ""))));
        assertThat(body.toJson().get("ExposedPorts")).isEqualTo(Map.of("80/tcp", Map.of(), "90/udp", Map.of(),
                "91/tcp", Map.of()));
    }

    @Test
    void aBadPublishSaysWhatWasExpected() {
        assertThatThrownBy(() -> overrides(List.of(), List.of("a:b"), false))
                .hasMessage("-p a:b: expected [[ip:]host:]container[/protocol]");
    }

    @Test
    void flagsOverrideEntrypointUserWorkdirEnvLabelsAndAddVolumes() {
        OneOffOverrides overrides = new OneOffOverrides(List.of(), Optional.of(List.of("sh", "-c")),
                Optional.of("nobody"), Optional.of("/tmp"), List.of("B=3", "C=4"), Map.of("extra", "yes"),
                List.of("./cache:/cache:ro", "named:/named"), List.of(), false, true, false);

        ContainerCreateBody body = overrides.apply(service(), PROJECT);

        assertThat(body.toJson()).containsEntry("Entrypoint", List.of("sh", "-c")).containsEntry("User", "nobody")
                .containsEntry("WorkingDir", "/tmp").containsEntry("Env", List.of("A=1", "B=3", "C=4"))
                .containsEntry("Labels", Map.of("com.docker.compose.service", "app", "extra", "yes"))
                .containsEntry("Tty", true).containsEntry("OpenStdin", false);
        assertThat(host(body).get("Binds")).isEqualTo(List.of("/srv/demo/data:/data", "/srv/demo/cache:/cache:ro",
                "named:/named"));
    }
}
