package io.jcompose.engine.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApiVersionTest {

    @Test
    void comparesNumericallyNotAsText() {
        assertThat(ApiVersion.parse("1.9")).isLessThan(ApiVersion.parse("1.41"));
        assertThat(ApiVersion.parse("1.41")).isLessThan(ApiVersion.parse("2.0"));
    }

    @Test
    void negotiationTakesTheLowerOfEngineAndClient() {
        assertThat(ApiVersion.negotiate(ApiVersion.parse("1.41"))).hasToString("1.41");
        assertThat(ApiVersion.negotiate(ApiVersion.parse("1.51"))).isEqualTo(ApiVersion.CLIENT_MAX);
    }

    @Test
    void acceptsAVPrefixAndRejectsGarbage() {
        assertThat(ApiVersion.parse("v1.43")).isEqualTo(new ApiVersion(1, 43));
        assertThatThrownBy(() -> ApiVersion.parse("latest"))
                .hasMessage("not an API version: 'latest' (expected e.g. 1.41)");
    }
}
