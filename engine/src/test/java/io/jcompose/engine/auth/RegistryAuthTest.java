package io.jcompose.engine.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class RegistryAuthTest {

    private static String decode(String header) {
        return new String(Base64.getUrlDecoder().decode(header), StandardCharsets.UTF_8);
    }

    @Test
    void userAndPasswordBecomeTheEnginesJson() {
        RegistryAuth auth = new RegistryAuth("127.0.0.1:5000", "alice", "s3cret?>", "");

        assertThat(decode(auth.header()))
                .isEqualTo("{\"username\":\"alice\",\"password\":\"s3cret?>\",\"serveraddress\":\"127.0.0.1:5000\"}");
    }

    @Test
    void anIdentityTokenIsSentAloneWithTheAddress() {
        RegistryAuth auth = new RegistryAuth("https://index.docker.io/v1/", "", "", "tok");

        assertThat(decode(auth.header()))
                .isEqualTo("{\"identitytoken\":\"tok\",\"serveraddress\":\"https://index.docker.io/v1/\"}");
    }

    @Test
    void anonymousSendsNoHeader() {
        assertThat(RegistryAuth.anonymous("ghcr.io").header()).isEmpty();
    }

    @Test
    void theHeaderIsUrlSafeBase64() {
        RegistryAuth auth = new RegistryAuth("r", "u", "\u00ff\u00fe??>>", "");

        assertThat(auth.header()).doesNotContain("+", "/");
    }

    @Test
    void toStringNeverShowsASecret() {
        assertThat(new RegistryAuth("r:5000", "alice", "hunter2", "").toString())
                .contains("alice").doesNotContain("hunter2");
        assertThat(new RegistryAuth("r:5000", "", "", "token-value").toString())
                .doesNotContain("token-value");
    }
}
