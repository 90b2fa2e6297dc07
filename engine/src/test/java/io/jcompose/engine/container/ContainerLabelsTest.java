package io.jcompose.engine.container;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.spec.output.ConfigHash;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContainerLabelsTest {

    @TempDir
    Path dir;

    private ServiceFixture fixture() {
        return ServiceFixture.load(dir, """
                services:
                  web:
                    image: busybox
                    labels:
                      com.example.tier: web
                      com.docker.compose.project: not-this
                    depends_on:
                      db: {condition: service_healthy, restart: true}
                      cache: {condition: service_started}
                    links: [queue]
                  db: {image: busybox}
                  cache: {image: busybox}
                  queue: {image: busybox}
                """);
    }

    private ContainerLabels labels(List<Path> envFiles) {
        return new ContainerLabels("demo", dir, List.of(dir.resolve("compose.yaml"), dir.resolve("override.yaml")),
                envFiles, "0.1.0");
    }

    @Test
    void aServiceContainerCarriesComposesLabelsOverItsOwn() {
        ServiceFixture fixture = fixture();
        Map<String, String> labels = labels(List.of()).service(fixture.service("web"), 2, "sha256:abc",
                Optional.empty());
        String hash = ConfigHash.of(fixture.service("web"));
        assertThat(labels).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.ofEntries(
                Map.entry("com.docker.compose.config-hash", hash),
                Map.entry("com.docker.compose.container-number", "2"),
                Map.entry("com.docker.compose.depends_on",
                        "cache:service_started:false,db:service_healthy:true,queue:service_started:true"),
                Map.entry("com.docker.compose.image", "sha256:abc"),
                Map.entry("com.docker.compose.oneoff", "False"),
                Map.entry("com.docker.compose.project", "demo"),
                Map.entry("com.docker.compose.project.config_files",
                        dir.resolve("compose.yaml") + "," + dir.resolve("override.yaml")),
                Map.entry("com.docker.compose.project.working_dir", dir.toString()),
                Map.entry("com.docker.compose.service", "web"),
                Map.entry("com.docker.compose.version", "0.1.0"),
                Map.entry("com.example.tier", "web"))));
        assertThat(hash).matches("[0-9a-f]{64}");
    }

    @Test
    void withoutDependenciesTheDependsOnLabelIsEmpty() {
        Map<String, String> labels = labels(List.of()).service(fixture().service("db"), 1, "sha256:abc",
                Optional.empty());
        assertThat(labels).containsEntry("com.docker.compose.depends_on", "");
    }

    @Test
    void envFilesAreWrittenOnlyWhenGiven() {
        Map<String, String> labels = labels(List.of(dir.resolve("a.env"), dir.resolve("b.env")))
                .service(fixture().service("db"), 1, "sha256:abc", Optional.empty());
        assertThat(labels).containsEntry("com.docker.compose.project.environment_file",
                dir.resolve("a.env") + "," + dir.resolve("b.env"));
    }

    @Test
    void aReplacementNamesTheContainerItReplaces() {
        ServiceFixture fixture = fixture();
        Map<String, String> labels = labels(List.of()).service(fixture.service("db"), 1, "sha256:abc",
                Optional.of(ContainerNames.standard().replaced(fixture.service("db"), 1)));
        assertThat(labels).containsEntry("com.docker.compose.replace", "db-1");
    }

    @Test
    void aOneOffContainerHasASlugAndNoNumber() {
        Map<String, String> labels = labels(List.of()).oneOff(fixture().service("db"), "f".repeat(64), "sha256:abc");
        assertThat(labels).containsEntry("com.docker.compose.oneoff", "True")
                .containsEntry("com.docker.compose.slug", "f".repeat(64))
                .doesNotContainKey("com.docker.compose.container-number")
                .doesNotContainKey("com.docker.compose.replace");
    }
}
