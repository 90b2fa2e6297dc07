package io.jcompose.spec.load;

import static io.jcompose.spec.load.ProjectFixture.image;
import static io.jcompose.spec.load.ProjectFixture.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.spec.ComposeException;
import io.jcompose.spec.merge.TreeValues;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** include and profiles through the whole loader (reference 2.7). */
class IncludeLoaderTest {

    @TempDir
    Path dir;

    @Test
    void longFormWithProjectDirectoryAndEnvFile() {
        LoadedModel model = new ProjectFixture(dir).file("compose.yaml", """
                include:
                  - path: stack/compose.yaml
                    project_directory: workdir
                    env_file: stack.env
                """).file("stack/compose.yaml", """
                services:
                  app:
                    image: app:${VERSION}
                    build: ./src
                """).file("stack.env", "VERSION=2\n").load();
        assertThat(image(model, "app")).isEqualTo("app:2");
        assertThat(TreeValues.asMap(service(model, "app").get("build")).get("context"))
                .isEqualTo(dir.resolve("workdir/src").toString());
    }

    @Test
    void theIncludedDotEnvDoesNotLeakIntoTheIncludingProject() {
        LoadedModel model = new ProjectFixture(dir).file("compose.yaml", """
                include: [sub/compose.yaml]
                services:
                  web: {image: "web:${ONLY_SUB:-none}"}
                """).file("sub/compose.yaml", """
                services:
                  sub: {image: "sub:${ONLY_SUB}"}
                """).file("sub/.env", "ONLY_SUB=yes\n").load();
        assertThat(image(model, "sub")).isEqualTo("sub:yes");
        assertThat(image(model, "web")).isEqualTo("web:none");
    }

    @Test
    void nestedIncludesResolvePathsThroughEachLevel() {
        LoadedModel model = new ProjectFixture(dir).file("compose.yaml", """
                include: [a/compose.yaml]
                """).file("a/compose.yaml", """
                include: [b/compose.yaml]
                """).file("a/b/compose.yaml", """
                services:
                  deep:
                    image: deep
                    env_file: ./deep.env
                """).file("a/b/deep.env", "DEEP=1\n").load();
        assertThat(service(model, "deep").get("environment")).isEqualTo(java.util.Map.of("DEEP", "1"));
    }

    @Test
    void includeCyclesAreRejected() {
        ProjectFixture project = new ProjectFixture(dir).file("compose.yaml", """
                include: [b.yaml]
                """).file("b.yaml", """
                include: [compose.yaml]
                """);
        assertThatThrownBy(project::load).isInstanceOf(ComposeException.class)
                .hasMessageStartingWith("include cycle detected:");
    }

    @Test
    void anIncludedServiceCanBeExtendedByTheIncludingFile() {
        LoadedModel model = new ProjectFixture(dir).file("compose.yaml", """
                include: [base.yaml]
                services:
                  web:
                    extends: base
                    environment: [MORE=1]
                """).file("base.yaml", """
                services:
                  base:
                    image: base
                    environment: [BASE=1]
                """).load();
        assertThat(image(model, "web")).isEqualTo("base");
        assertThat(service(model, "web").get("environment")).isEqualTo(java.util.Map.of("BASE", "1", "MORE", "1"));
    }

    @Test
    void composeProfilesStarEnablesEverything() {
        LoadedModel model = new ProjectFixture(dir).file("compose.yaml", """
                services:
                  a: {image: a, profiles: [x]}
                  b: {image: b, profiles: [y]}
                """).env("COMPOSE_PROFILES", "*").load();
        assertThat(model.selection().enabled()).containsExactly("a", "b");
    }

    @Test
    void severalProfilesCommaSeparated() {
        LoadedModel model = new ProjectFixture(dir).file("compose.yaml", """
                services:
                  a: {image: a, profiles: [x]}
                  b: {image: b, profiles: [y]}
                  c: {image: c, profiles: [z]}
                """).env("COMPOSE_PROFILES", "x, z").load();
        assertThat(model.selection().enabled()).containsExactly("a", "c");
        assertThat(model.selection().activeProfiles()).containsExactly("x", "z");
    }

    @Test
    void profileOptionsFromTheCommandLineAreRepeatable() {
        ProjectFixture project = new ProjectFixture(dir).file("compose.yaml", """
                services:
                  a: {image: a, profiles: [x]}
                  b: {image: b, profiles: [y]}
                """);
        LoadedModel model = ProjectLoader.loadModel(project.options().profiles(List.of("x", "y")).build());
        assertThat(model.selection().enabled()).containsExactly("a", "b");
    }
}
