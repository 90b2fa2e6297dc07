package io.jcompose.engine.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerConfigTest {

    private static final Path FILE = Path.of("/home/u/.docker/config.json");

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void authIsBase64UserColonPasswordAndTheFirstColonSplits() {
        DockerConfig config = DockerConfig.parse(FILE, """
                {"auths": {"127.0.0.1:5000": {"auth": "%s"}}}
                """.formatted(base64("alice:pa:ss")));

        RegistryAuth auth = config.auths().get("127.0.0.1:5000");
        assertThat(auth.username()).isEqualTo("alice");
        assertThat(auth.password()).isEqualTo("pa:ss");
        assertThat(auth.serverAddress()).isEqualTo("127.0.0.1:5000");
    }

    @Test
    void authWinsOverUsernameAndPasswordFields() {
        DockerConfig config = DockerConfig.parse(FILE, """
                {"auths": {"r": {"auth": "%s", "username": "old", "password": "old"}}}
                """.formatted(base64("new:pw")));

        assertThat(config.auths().get("r").username()).isEqualTo("new");
    }

    @Test
    void identityTokenAndPlainFieldsAreRead() {
        DockerConfig config = DockerConfig.parse(FILE, """
                {"auths": {"https://index.docker.io/v1/": {"identitytoken": "tok"},
                           "ghcr.io": {"username": "bob", "password": "pw"}}}
                """);

        assertThat(config.auths().get("https://index.docker.io/v1/").identityToken()).isEqualTo("tok");
        assertThat(config.auths().get("ghcr.io").password()).isEqualTo("pw");
    }

    @Test
    void storesAndHelpersAreRead() {
        DockerConfig config = DockerConfig.parse(FILE, """
                {"credsStore": "desktop", "credHelpers": {"ghcr.io": "gh", "1.dkr.ecr.aws": "ecr-login"},
                 "proxies": {}, "auths": {}}
                """);

        assertThat(config.credsStore()).contains("desktop");
        assertThat(config.credHelpers()).isEqualTo(Map.of("ghcr.io", "gh", "1.dkr.ecr.aws", "ecr-login"));
    }

    @Test
    void anAbsentFileIsAnEmptyConfig(@TempDir Path dir) {
        DockerConfig config = DockerConfig.load(dir);

        assertThat(config.auths()).isEmpty();
        assertThat(config.credsStore()).isEmpty();
    }

    @Test
    void theDirectoryIsDockerConfigElseHomeDotDocker() {
        assertThat(DockerConfig.directory(Map.of("DOCKER_CONFIG", "/etc/dc"), Path.of("/home/u")))
                .isEqualTo(Path.of("/etc/dc"));
        assertThat(DockerConfig.directory(Map.of(), Path.of("/home/u"))).isEqualTo(Path.of("/home/u/.docker"));
    }

    @Test
    void malformedEntriesNameTheFileAndKey(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("config.json"), "{\"auths\": {\"r:1\": {\"auth\": \"%s\"}}}".formatted(base64("nocolon")));

        assertThatThrownBy(() -> DockerConfig.load(dir))
                .isInstanceOf(CredentialsException.class)
                .hasMessage(dir.resolve("config.json") + ": auths.r:1.auth must encode user:password");
        assertThatThrownBy(() -> DockerConfig.parse(FILE, "{\"auths\": "))
                .hasMessageStartingWith(FILE + ": not valid JSON");
        assertThatThrownBy(() -> DockerConfig.parse(FILE, "{\"auths\": {\"r\": {\"auth\": \"***\"}}}"))
                .hasMessage(FILE + ": auths.r.auth is not base64");
    }
}
