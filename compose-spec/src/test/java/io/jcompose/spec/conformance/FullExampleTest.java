package io.jcompose.spec.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * compose-go's full example (every attribute at once), made loadable by {@code docker compose
 * config}: the services it depends on exist, {@code network_mode} is gone (it excludes
 * {@code networks}), one replica (a container name must be unique). The expected text is compose-go's
 * expected marshalling plus what the CLI adds on top: normalization (resource names, the default
 * network), env files folded into {@code environment} and dropped, and {@code create_host_path}
 * omitted where it is its default, true. Every declared resource is kept, as {@code docker compose
 * --all-resources config} prints them (plain {@code config} leaves out those no service uses).
 */
class FullExampleTest {

    @TempDir
    Path dir;

    private ComposeProject project;

    private static String resource(String name) throws IOException {
        try (InputStream in = FullExampleTest.class.getResourceAsStream("/conformance/full/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @BeforeEach
    void write() throws IOException {
        project = new ComposeProject(dir)
                .compose(resource("compose.yaml"))
                .file("example1.env", resource("example1.env"))
                .file("example2.env", resource("example2.env"))
                .env("QUX", "qux_from_environment");
    }

    @Test
    void printsYamlAsCompose() throws IOException {
        assertThat(project.yaml()).isEqualTo(project.expand(resource("expected.yaml")));
    }

    @Test
    void printsJsonAsCompose() throws IOException {
        assertThat(project.json()).isEqualTo(project.expand(resource("expected.json")));
    }
}
