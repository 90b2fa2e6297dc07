package io.jcompose.engine.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryCredentialsTest {

    @TempDir
    Path home;
    @TempDir
    Path bin;
    private Path configDir;
    private final List<String> warnings = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        configDir = Files.createDirectories(home.resolve(".docker"));
    }

    private RegistryCredentials credentials(String configJson) throws Exception {
        Files.writeString(configDir.resolve("config.json"), configJson);
        return RegistryCredentials.of(Map.of("PATH", bin.toString()), home, warnings::add);
    }

    /** A credential helper that answers per the protocol; it logs the address it was asked for to asked.txt. */
    private void helper(String name, String script) throws Exception {
        Path program = bin.resolve("docker-credential-" + name);
        Files.writeString(program, "#!/bin/sh\n[ \"$1\" = get ] || exit 9\nread -r address\necho \"$address\" >> "
                + bin.resolve("asked.txt") + "\n" + script + "\n");
        Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void storedAuthsAreFoundByTheImagesRegistryHost() throws Exception {
        RegistryCredentials credentials = credentials("""
                {"auths": {"127.0.0.1:5000": {"auth": "%s"}}}""".formatted(base64("alice:pw")));

        RegistryAuth auth = credentials.forImage("127.0.0.1:5000/team/app:1");
        assertThat(auth.username()).isEqualTo("alice");
        assertThat(auth.password()).isEqualTo("pw");
        assertThat(credentials.forImage("ghcr.io/x/y").isAnonymous()).isTrue();
    }

    @Test
    void dockerHubImagesUseTheIndexKey() throws Exception {
        RegistryCredentials credentials = credentials("""
                {"auths": {"https://index.docker.io/v1/": {"auth": "%s"}}}""".formatted(base64("hub:pw")));

        assertThat(credentials.forImage("busybox").username()).isEqualTo("hub");
        assertThat(credentials.forImage("docker.io/team/app:2").username()).isEqualTo("hub");
    }

    @Test
    void aKeyWrittenAsAUrlMatchesItsHost() throws Exception {
        RegistryCredentials credentials = credentials("""
                {"auths": {"https://registry.example.com/v2/": {"auth": "%s"}}}""".formatted(base64("u:p")));

        RegistryAuth auth = credentials.forImage("registry.example.com/app");
        assertThat(auth.username()).isEqualTo("u");
        assertThat(auth.serverAddress()).isEqualTo("registry.example.com");
    }

    @Test
    void credHelpersWinForTheirRegistryAndGetTheHostOnStdin() throws Exception {
        helper("fake", "printf '{\"ServerURL\":\"%s\",\"Username\":\"helped\",\"Secret\":\"sec\"}' \"$address\"");
        RegistryCredentials credentials = credentials("""
                {"credHelpers": {"ghcr.io": "fake"}, "auths": {"ghcr.io": {"auth": "%s"}}}""".formatted(base64("file:pw")));

        RegistryAuth auth = credentials.forImage("ghcr.io/owner/app");
        assertThat(auth.username()).isEqualTo("helped");
        assertThat(auth.password()).isEqualTo("sec");
        assertThat(Files.readString(bin.resolve("asked.txt"))).isEqualTo("ghcr.io\n");
    }

    @Test
    void credsStoreServesEveryRegistryAndTokenMeansIdentityToken() throws Exception {
        helper("store", "printf '{\"ServerURL\":\"%s\",\"Username\":\"<token>\",\"Secret\":\"refresh\"}' \"$address\"");
        RegistryCredentials credentials = credentials("{\"credsStore\": \"store\"}");

        RegistryAuth auth = credentials.forImage("busybox");
        assertThat(auth.identityToken()).isEqualTo("refresh");
        assertThat(auth.username()).isEmpty();
        assertThat(Files.readString(bin.resolve("asked.txt"))).isEqualTo("https://index.docker.io/v1/\n");
    }

    @Test
    void aHelperWithoutCredentialsMeansAnonymous() throws Exception {
        helper("empty", "echo 'credentials not found in native keychain'; exit 1");
        RegistryCredentials credentials = credentials("{\"credsStore\": \"empty\"}");

        assertThat(credentials.forImage("127.0.0.1:5000/a").isAnonymous()).isTrue();
    }

    @Test
    void aFailingOrMissingHelperIsAClearError() throws Exception {
        helper("broken", "echo 'keychain locked' >&2; exit 3");

        assertThatThrownBy(() -> credentials("{\"credsStore\": \"broken\"}").forImage("r.example/a"))
                .isInstanceOf(CredentialsException.class)
                .hasMessage("getting credentials for r.example from docker-credential-broken: exit status 3: keychain locked");
        assertThatThrownBy(() -> credentials("{\"credsStore\": \"absent\"}").forImage("r.example/a"))
                .hasMessageStartingWith("getting credentials for r.example: docker-credential-absent is not on the PATH");
    }

    @Test
    void anUnreadableConfigIsAWarningAndAnonymous() throws Exception {
        RegistryCredentials credentials = credentials("{not json");

        assertThat(credentials.forImage("busybox").isAnonymous()).isTrue();
        assertThat(warnings).singleElement().asString().startsWith("WARNING: Error loading config file: ");
    }

    @Test
    void hostOfStripsSchemeAndPath() {
        assertThat(RegistryCredentials.hostOf("https://index.docker.io/v1/")).isEqualTo("index.docker.io");
        assertThat(RegistryCredentials.hostOf("http://r:5000")).isEqualTo("r:5000");
        assertThat(RegistryCredentials.hostOf("r:5000")).isEqualTo("r:5000");
    }
}
