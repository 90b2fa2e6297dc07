package io.jcompose.spec.merge;

import static io.jcompose.spec.merge.TestTrees.yaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.spec.ComposeException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The include rows of the reference (2.7): requests built from short and long forms, resources imported. */
class IncludeTest {

    @TempDir
    Path dir;

    private final List<Include.Request> requests = new ArrayList<>();

    private Include.ProjectSource source(String included) {
        return request -> {
            requests.add(request);
            return yaml(included);
        };
    }

    @Test
    void shortFormUsesTheIncludedFilesDirectoryAndItsDotEnv() throws IOException {
        Files.createDirectories(dir.resolve("db"));
        Files.writeString(dir.resolve("db/.env"), "A=1\n");
        Map<String, Object> out = Include.apply(yaml("""
                include:
                  - db/compose.yaml
                services:
                  web: {image: web}
                """), dir, List.of(dir.resolve("compose.yaml")), source("""
                services:
                  db:
                    image: postgres
                    build: ./ctx
                volumes:
                  data: {}
                """));
        Include.Request request = requests.get(0);
        assertThat(request.files()).containsExactly(dir.resolve("db/compose.yaml"));
        assertThat(request.projectDirectory()).isEqualTo(dir.resolve("db"));
        assertThat(request.envFiles()).containsExactly(dir.resolve("db/.env"));
        assertThat(out).doesNotContainKey("include");
        assertThat(TreeValues.asMap(out.get("services"))).containsOnlyKeys("web", "db");
        assertThat(TreeValues.asMap(TreeValues.asMap(out.get("services")).get("db")).get("build")).isEqualTo("db/ctx");
        assertThat(out.get("volumes")).isEqualTo(Map.of("data", Map.of()));
    }

    @Test
    void longFormTakesSeveralPathsProjectDirectoryAndEnvFiles() throws IOException {
        Files.writeString(dir.resolve("inc.env"), "B=2\n");
        Include.apply(yaml("""
                include:
                  - path: [a/compose.yaml, a/override.yaml]
                    project_directory: shared
                    env_file: inc.env
                """), dir, List.of(), source("services: {}"));
        Include.Request request = requests.get(0);
        assertThat(request.files()).containsExactly(dir.resolve("a/compose.yaml"), dir.resolve("a/override.yaml"));
        assertThat(request.projectDirectory()).isEqualTo(dir.resolve("shared"));
        assertThat(request.envFiles()).containsExactly(dir.resolve("inc.env"));
    }

    @Test
    void aMissingEnvFileIsAnError() {
        assertThatThrownBy(() -> Include.apply(yaml("""
                include:
                  - path: a.yaml
                    env_file: missing.env
                """), dir, List.of(), source("services: {}")))
                .isInstanceOf(ComposeException.class)
                .hasMessage("stat " + dir.resolve("missing.env") + ": no such file or directory");
    }

    @Test
    void aLocalDefinitionIsMergedOverTheIncludedOne() {
        Map<String, Object> out = Include.apply(yaml("""
                include: [db.yaml]
                services:
                  db:
                    environment: [LOCAL=1]
                """), dir, List.of(), source("""
                services:
                  db:
                    image: postgres
                    environment: [INCLUDED=1]
                """));
        assertThat(TreeValues.asMap(out.get("services")).get("db"))
                .isEqualTo(Map.of("image", "postgres", "environment", List.of("INCLUDED=1", "LOCAL=1")));
    }

    @Test
    void includeCyclesAreRejected() {
        Path self = dir.resolve("compose.yaml");
        assertThatThrownBy(() -> Include.apply(yaml("include: [compose.yaml]"), dir, List.of(self), source("{}")))
                .isInstanceOf(ComposeException.class)
                .hasMessage("include cycle detected:\n" + self + "\n include " + self);
    }
}
