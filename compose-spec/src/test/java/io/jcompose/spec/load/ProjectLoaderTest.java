package io.jcompose.spec.load;

import static io.jcompose.spec.load.ProjectFixture.image;
import static io.jcompose.spec.load.ProjectFixture.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.spec.ComposeException;
import io.jcompose.spec.merge.TreeValues;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole pipeline on files in a temporary directory: merge, extends, include, profiles, errors. */
class ProjectLoaderTest {

    @TempDir
    Path dir;

    private ProjectFixture project() {
        return new ProjectFixture(dir);
    }

    @Test
    void noComposeFileIsAnError() throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        ProjectFixture project = project();
        assertThatThrownBy(() -> ProjectLoader.loadModel(project.options("empty").build()))
                .isInstanceOf(ComposeException.class).hasMessage("no configuration file provided: not found");
    }

    @Test
    void aMissingFileOptionIsAnError() {
        ProjectFixture project = project();
        assertThatThrownBy(() -> ProjectLoader.loadModel(project.options().file("missing.yaml").build()))
                .isInstanceOf(ComposeException.class)
                .hasMessage("open " + dir.resolve("missing.yaml") + ": no such file or directory");
    }

    @Test
    void aDirectoryGivenAsFileIsAnError() throws IOException {
        Files.createDirectories(dir.resolve("adir"));
        ProjectFixture project = project();
        assertThatThrownBy(() -> ProjectLoader.loadModel(project.options().file("adir").build()))
                .isInstanceOf(ComposeException.class).hasMessage("read " + dir.resolve("adir") + ": is a directory");
    }

    @Test
    void theObsoleteVersionAttributeIsWarnedAboutAndDropped() {
        LoadedModel model = project().file("compose.yaml", """
                version: "3.8"
                services:
                  web: {image: nginx}
                """).load();
        assertThat(model.warnings()).contains(dir.resolve("compose.yaml") + ": the attribute `version` is obsolete, "
                + "it will be ignored, please remove it to avoid potential confusion");
        assertThat(model.tree()).doesNotContainKey("version");
    }

    @Test
    void unsetVariablesAreWarnedAbout() {
        LoadedModel model = project().file("compose.yaml", """
                services:
                  web: {image: "nginx:${NOPE}"}
                """).load();
        assertThat(model.warnings()).contains("The \"NOPE\" variable is not set. Defaulting to a blank string.");
    }

    @Test
    void overrideFileAndLaterFilesMergeInOrder() {
        LoadedModel model = project().file("compose.yaml", """
                services:
                  web:
                    image: nginx
                    environment: [A=1]
                """).file("compose.override.yaml", """
                services:
                  web:
                    environment: [B=2]
                """).load();
        assertThat(model.files()).containsExactly(dir.resolve("compose.yaml").toString(),
                dir.resolve("compose.override.yaml").toString());
        assertThat(service(model, "web").get("environment")).isEqualTo(Map.of("A", "1", "B", "2"));
    }

    @Test
    void relativePathsOfEveryFileResolveAgainstTheProjectDirectory() {
        ProjectFixture project = project().file("app/compose.yaml", """
                services:
                  web:
                    build: ./src
                """).file("other/override.yaml", """
                services:
                  web:
                    volumes: ["./data:/data"]
                """);
        LoadedModel model = ProjectLoader.loadModel(project.options()
                .files(List.of("app/compose.yaml", "other/override.yaml")).build());
        assertThat(model.projectDirectory()).isEqualTo(dir.resolve("app"));
        Map<String, Object> build = TreeValues.asMap(service(model, "web").get("build"));
        assertThat(build.get("context")).isEqualTo(dir.resolve("app/src").toString());
        Map<String, Object> volume = TreeValues.asMap(TreeValues.asList(service(model, "web").get("volumes")).get(0));
        assertThat(volume.get("source")).isEqualTo(dir.resolve("app/data").toString());
    }

    @Test
    void standardInputIsReadForDash() {
        ProjectFixture project = project();
        LoadedModel model = ProjectLoader.loadModel(project.options().file("-").stdin(() -> """
                services:
                  web: {image: from-stdin}
                """).build());
        assertThat(image(model, "web")).isEqualTo("from-stdin");
        assertThat(model.projectDirectory()).isEqualTo(dir);
    }

    @Test
    void extendsFromAnotherFileResolvesItsPathsAgainstThatFile() {
        LoadedModel model = project().file("compose.yaml", """
                services:
                  web:
                    extends:
                      file: common/base.yaml
                      service: app
                    environment: [LOCAL=1]
                """).file("common/base.yaml", """
                services:
                  app:
                    image: app:${TAG:-1}
                    build: ./ctx
                    environment: [BASE=1]
                """).load();
        Map<String, Object> web = service(model, "web");
        assertThat(web.get("image")).isEqualTo("app:1");
        assertThat(TreeValues.asMap(web.get("build")).get("context")).isEqualTo(dir.resolve("common/ctx").toString());
        assertThat(web.get("environment")).isEqualTo(Map.of("BASE", "1", "LOCAL", "1"));
        assertThat(web).doesNotContainKey("extends");
    }

    @Test
    void aServiceMayExtendItsNamesakeWhichExtendsWithinItsOwnFile() {
        LoadedModel model = project().file("compose.yaml", """
                services:
                  web:
                    extends: {file: base.yaml, service: web}
                """).file("base.yaml", """
                services:
                  common:
                    image: common
                  web:
                    extends: common
                    environment: [FROM_BASE=1]
                """).load();
        assertThat(image(model, "web")).isEqualTo("common");
        assertThat(service(model, "web").get("environment")).isEqualTo(Map.of("FROM_BASE", "1"));
    }

    @Test
    void extendsCyclesAcrossFilesAreRejected() {
        ProjectFixture project = project().file("compose.yaml", """
                services:
                  a:
                    extends: {file: b.yaml, service: b}
                """).file("b.yaml", """
                services:
                  b:
                    extends: {file: compose.yaml, service: a}
                """);
        assertThatThrownBy(project::load).isInstanceOf(ComposeException.class)
                .hasMessageStartingWith("Circular reference:");
    }

    @Test
    void includeLoadsAProjectWithItsOwnDirectoryAndEnv() {
        LoadedModel model = project().file("compose.yaml", """
                include:
                  - db/compose.yaml
                services:
                  web:
                    image: web
                    depends_on: [db]
                """).file("db/compose.yaml", """
                services:
                  db:
                    image: postgres:${PG}
                    build: ./image
                    environment: [PGDATA]
                """).file("db/.env", "PG=16\nPGDATA=/data\n").load();
        Map<String, Object> db = service(model, "db");
        assertThat(db.get("image")).isEqualTo("postgres:16");
        assertThat(TreeValues.asMap(db.get("build")).get("context")).isEqualTo(dir.resolve("db/image").toString());
        assertThat(db.get("environment")).isEqualTo(Map.of("PGDATA", "/data"));
    }

    @Test
    void theIncludingProjectsVariablesWinOverTheIncludedDotEnv() {
        LoadedModel model = project().file("compose.yaml", """
                include: [db/compose.yaml]
                """).file("db/compose.yaml", """
                services:
                  db: {image: "postgres:${PG}"}
                """).file("db/.env", "PG=16\n").file(".env", "PG=17\n").load();
        assertThat(image(model, "db")).isEqualTo("postgres:17");
    }

    @Test
    void aLocalDefinitionOverridesAnIncludedOne() {
        LoadedModel model = project().file("compose.yaml", """
                include: [db.yaml]
                services:
                  db:
                    image: postgres:17
                """).file("db.yaml", """
                services:
                  db:
                    image: postgres:16
                    command: [postgres]
                """).load();
        assertThat(service(model, "db")).containsEntry("image", "postgres:17");
        assertThat(service(model, "db").get("command")).isEqualTo(List.of("postgres"));
    }

    @Test
    void profilesSelectServicesAndADependencyOnADisabledOneFails() {
        ProjectFixture project = project().file("compose.yaml", """
                services:
                  web:
                    image: web
                    depends_on: [tools]
                  tools:
                    image: tools
                    profiles: [dev]
                """);
        assertThatThrownBy(project::load).isInstanceOf(ComposeException.class)
                .hasMessage("service \"web\" depends on undefined service \"tools\": invalid compose project");
        LoadedModel model = ProjectLoader.loadModel(project.options().profiles(List.of("dev")).build());
        assertThat(model.selection().enabled()).containsExactly("tools", "web");
        LoadedModel unchecked = ProjectLoader.loadModel(project.options().checkConsistency(false).build());
        assertThat(unchecked.enabledTree().get("services")).isInstanceOf(Map.class);
    }

    @Test
    void namedServicesNarrowTheModel() {
        LoadedModel model = ProjectLoader.loadModel(project().file("compose.yaml", """
                services:
                  web: {image: web, depends_on: [db]}
                  db: {image: db}
                  other: {image: other}
                  debug: {image: debug, profiles: [debug]}
                """).options().services(List.of("web", "debug")).build());
        assertThat(model.selection().enabled()).containsExactly("db", "debug", "web");
        assertThat(TreeValues.asMap(model.enabledTree().get("services"))).containsOnlyKeys("db", "debug", "web");
    }

    @Test
    void resetAndOverrideWorkAcrossFiles() {
        LoadedModel model = project().file("compose.yaml", """
                services:
                  web:
                    image: web
                    ports: ["80:80"]
                    environment: {A: "1"}
                """).file("compose.override.yaml", """
                services:
                  web:
                    ports: !reset []
                    environment: !override {B: "2"}
                """).load();
        assertThat(service(model, "web")).doesNotContainKey("ports");
        assertThat(service(model, "web").get("environment")).isEqualTo(Map.of("B", "2"));
    }

    @Test
    void schemaErrorsNameTheFileAndLine() {
        ProjectFixture project = project().file("compose.yaml", """
                services:
                  web:
                    image: nginx
                    ports: 80
                """);
        assertThatThrownBy(project::load).isInstanceOf(ComposeException.class)
                .hasMessageStartingWith("compose.yaml:4:")
                .hasMessageContaining("services.web.ports");
    }

    @Test
    void validationRunsOnTheMergedModelSoALaterFileMayCompleteAnEarlierOne() {
        LoadedModel model = project().file("compose.yaml", """
                services:
                  web:
                    image: web
                    ulimits:
                      nofile: 1000
                """).file("compose.override.yaml", """
                services:
                  web:
                    ulimits:
                      nofile: {soft: 10}
                """).load();
        assertThat(service(model, "web").get("ulimits")).isEqualTo(Map.of("nofile", Map.of("soft", 10L, "hard", 1000L)));
    }

    @Test
    void aViolationInALaterFilePointsAtThatFile() {
        ProjectFixture project = project().file("compose.yaml", """
                services:
                  web: {image: web}
                """).file("compose.override.yaml", """
                services:
                  web:
                    restart: always
                    unknown_key: 1
                """);
        assertThatThrownBy(project::load).isInstanceOf(ComposeException.class)
                .hasMessageStartingWith("compose.override.yaml:4:")
                .hasMessageContaining("services.web");
    }

    @Test
    void anEmptyFileIsAnError() {
        ProjectFixture project = project().file("compose.yaml", "");
        assertThatThrownBy(project::load).isInstanceOf(ComposeException.class).hasMessage("empty compose file");
    }

    @Test
    void theBoundProjectHasOnlyEnabledServices() {
        LoadedProject loaded = ProjectLoader.load(project().file("compose.yaml", """
                services:
                  web: {image: web}
                  debug: {image: debug, profiles: [debug]}
                """).options().build());
        assertThat(loaded.project().serviceNames()).containsExactly("web");
        assertThat(loaded.project().disabledServices()).containsOnlyKeys("debug");
    }
}
