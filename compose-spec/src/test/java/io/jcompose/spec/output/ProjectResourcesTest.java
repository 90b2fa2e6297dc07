package io.jcompose.spec.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.spec.canonical.CanonicalOptions;
import io.jcompose.spec.canonical.Canonicalizer;
import io.jcompose.spec.model.ModelBinder;
import io.jcompose.spec.model.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectResourcesTest {

    private static final String FILE = """
            services:
              web:
                image: nginx
                networks: [front]
                volumes: [data:/data, ./html:/html]
                secrets: [token]
              job:
                image: busybox
                profiles: [batch]
                volumes: [scratch:/scratch]
                configs: [settings]
            networks:
              front: {}
              unused: {}
            volumes:
              data: {}
              scratch: {}
              html: {}
            secrets:
              token:
                file: ./token
              spare:
                file: ./spare
            configs:
              settings:
                file: ./settings
            """;

    @Test
    void unusedResourcesAreLeftOut() {
        Project project = ConfigFixture.project(FILE).withEnabledServices(Set.of("web")).withoutUnnecessaryResources();
        assertThat(project.networks()).containsOnlyKeys("front");
        assertThat(project.volumes()).containsOnlyKeys("data");
        assertThat(project.secrets()).containsOnlyKeys("token");
        assertThat(project.configs()).isEmpty();
        assertThat(ConfigWriter.yaml(project)).isEqualTo("""
                name: demo
                services:
                  web:
                    image: nginx
                    networks:
                      front: null
                    secrets:
                      - source: token
                        target: /run/secrets/token
                    volumes:
                      - type: volume
                        source: data
                        target: /data
                        volume: {}
                      - type: bind
                        source: /work/project/html
                        target: /html
                        bind: {}
                networks:
                  front:
                    name: demo_front
                volumes:
                  data:
                    name: demo_data
                secrets:
                  token:
                    name: demo_token
                    file: /work/project/token
                """);
    }

    @Test
    void labelFilesAreFoldedIntoLabels(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("labels"), "team=web\nowner=ops\n");
        Map<String, Object> canonical = Canonicalizer.canonicalize(ConfigFixture.load("""
                services:
                  web:
                    image: nginx
                    label_file: ./labels
                    labels:
                      owner: dev
                """), CanonicalOptions.defaults(dir, "demo", k -> Optional.empty()));
        Project project = ModelBinder.bind(canonical);
        assertThat(project.services().get("web").labels()).isEqualTo(Map.of("team", "web", "owner", "dev"));
        assertThat(project.services().get("web").labelFile()).isEmpty();
    }

    @Test
    void rawModelPrintsSortedKeysUnescaped() {
        Map<String, Object> model = ConfigFixture.load("""
                services:
                  web:
                    image: nginx
                    environment:
                      HOME_DIR: $HOME
                    command: echo hi
                name: demo
                """);
        assertThat(ConfigWriter.modelYaml(model)).isEqualTo("""
                name: demo
                services:
                  web:
                    command: echo hi
                    environment:
                      HOME_DIR: $HOME
                    image: nginx
                """);
        assertThat(ConfigWriter.modelJson(model)).startsWith("{\n  \"name\": \"demo\",\n  \"services\": {");
    }

    @Test
    void secretContentIsNeverPrinted() {
        Project project = ConfigFixture.project("""
                services:
                  web:
                    image: nginx
                    secrets: [inline]
                secrets:
                  inline:
                    content: s3cr3t
                """);
        assertThat(project.secrets().get("inline").content()).contains("s3cr3t");
        assertThat(ConfigWriter.yaml(project)).doesNotContain("s3cr3t");
        assertThat(ConfigWriter.json(project)).doesNotContain("s3cr3t");
    }
}
