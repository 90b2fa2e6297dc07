package io.jcompose.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Connecting where no engine listens: the report names every endpoint tried and why it failed. */
class EngineConnectTest {

    @TempDir
    Path home;

    @Test
    void aMissingSocketInDockerHostIsReportedWithTheHint() {
        EngineOptions options = EngineOptions.of(Map.of("DOCKER_HOST", "unix:///nonexistent/docker.sock",
                "HOME", home.toString()));

        assertThatThrownBy(() -> Engine.connect(options))
                .isInstanceOf(EngineUnreachableException.class)
                .hasMessage("""
                        Cannot connect to a Docker engine. Tried:
                          - DOCKER_HOST unix:///nonexistent/docker.sock: no such socket
                        Start one with scripts/engine-up, or point DOCKER_HOST at a running engine.""");
    }

    @Test
    void aRefusedTcpPortIsReported() {
        EngineOptions options = EngineOptions.of(Map.of("DOCKER_HOST", "tcp://127.0.0.1:1", "HOME", home.toString()));

        assertThatThrownBy(() -> Engine.connect(options))
                .isInstanceOf(EngineUnreachableException.class)
                .hasMessageContaining("- DOCKER_HOST tcp://127.0.0.1:1: connection refused (nothing listens there)");
    }

    @Test
    void aMissingContextIsReported() {
        EngineOptions options = EngineOptions.of(Map.of("DOCKER_CONTEXT", "nowhere", "HOME", home.toString()));

        assertThatThrownBy(() -> Engine.connect(options))
                .isInstanceOf(EngineUnreachableException.class)
                .hasMessageContaining("- DOCKER_CONTEXT \"nowhere\" ")
                .hasMessageContaining(": context not found");
    }

    @Test
    void aBadParallelLimitIsAClearError() {
        assertThatThrownBy(() -> EngineOptions.of(Map.of("COMPOSE_PARALLEL_LIMIT", "many")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("COMPOSE_PARALLEL_LIMIT=many: expected a positive number of engine calls, or -1 for unlimited");
        assertThat(EngineOptions.of(Map.of("COMPOSE_PARALLEL_LIMIT", "4")).parallelLimit()).isEqualTo(4);
        assertThat(EngineOptions.of(Map.of()).parallelLimit()).isEqualTo(-1);
    }
}
