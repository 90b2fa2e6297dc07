package io.jcompose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CopyEndpointTest {

    @Test
    void serviceAndPath() {
        assertThat(CopyEndpoint.parse("web:/etc/hosts")).isEqualTo(new CopyEndpoint(Optional.of("web"), "/etc/hosts"));
    }

    @Test
    void localPaths() {
        assertThat(CopyEndpoint.parse("/abs/a:b")).isEqualTo(new CopyEndpoint(Optional.empty(), "/abs/a:b"));
        assertThat(CopyEndpoint.parse("./a:b")).isEqualTo(new CopyEndpoint(Optional.empty(), "./a:b"));
        assertThat(CopyEndpoint.parse("plain")).isEqualTo(new CopyEndpoint(Optional.empty(), "plain"));
        assertThat(CopyEndpoint.parse("-")).isEqualTo(new CopyEndpoint(Optional.empty(), "-"));
    }
}
