package io.jcompose.spec.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.spec.ComposeException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project-name precedence and treatment rows of the reference (2.8), through the whole loader. */
class ProjectNameTest {

    @TempDir
    Path dir;

    private static final String INVALID = ": must consist only of lowercase alphanumeric characters, hyphens, "
            + "and underscores as well as start with a letter or number";

    private ProjectFixture named(String name) {
        return new ProjectFixture(dir).file("app/compose.yaml", (name == null ? "" : "name: " + name + "\n") + """
                services:
                  web: {image: nginx}
                """);
    }

    private String name(ProjectFixture project, LoadOptions.Builder options) {
        return ProjectLoader.loadModel(options.files(List.of("app/compose.yaml")).build()).name();
    }

    @Test
    void projectOptionWinsOverEverything() {
        ProjectFixture project = named("fromfile").env("COMPOSE_PROJECT_NAME", "fromenv");
        assertThat(name(project, project.options().projectName(Optional.of("fromflag")))).isEqualTo("fromflag");
    }

    @Test
    void composeProjectNameWinsOverTheFile() {
        ProjectFixture project = named("fromfile").env("COMPOSE_PROJECT_NAME", "fromenv");
        assertThat(name(project, project.options())).isEqualTo("fromenv");
    }

    @Test
    void composeProjectNameFromDotEnvCounts() {
        ProjectFixture project = named("fromfile").file("app/.env", "COMPOSE_PROJECT_NAME=dotenv\n");
        assertThat(name(project, project.options())).isEqualTo("dotenv");
    }

    @Test
    void theFilesNameIsInterpolatedAndNormalized() {
        ProjectFixture project = named("\"My ${KIND}.App\"").env("KIND", "Web");
        assertThat(name(project, project.options())).isEqualTo("mywebapp");
    }

    @Test
    void theLastFileWithANameWins() {
        ProjectFixture project = named("first").file("app/second.yaml", "name: second\n");
        LoadOptions options = project.options().files(List.of("app/compose.yaml", "app/second.yaml")).build();
        assertThat(ProjectLoader.loadModel(options).name()).isEqualTo("second");
    }

    @Test
    void theProjectDirectoryBasenameIsNormalized() {
        ProjectFixture project = new ProjectFixture(dir).file("My.Dir/compose.yaml", "services: {web: {image: x}}\n");
        LoadOptions options = project.options().files(List.of("My.Dir/compose.yaml")).build();
        assertThat(ProjectLoader.loadModel(options).name()).isEqualTo("mydir");
    }

    @Test
    void projectDirectoryOptionGivesTheBasename() {
        ProjectFixture project = named(null);
        LoadOptions options = project.options().files(List.of("app/compose.yaml"))
                .projectDirectory(Optional.of("other")).build();
        assertThat(ProjectLoader.loadModel(options).name()).isEqualTo("other");
    }

    @Test
    void aSymlinkedDirectoryKeepsTheLinkNameWithAWarning() throws java.io.IOException {
        ProjectFixture project = new ProjectFixture(dir).file("real/compose.yaml", "services: {web: {image: x}}\n");
        java.nio.file.Files.createSymbolicLink(dir.resolve("link"), dir.resolve("real"));
        LoadedModel model = ProjectLoader.loadModel(project.options("link").build());
        assertThat(model.name()).isEqualTo("link");
        assertThat(model.warnings())
                .contains("project has been loaded without an explicit name from a symlink. Using name \"link\"");
    }

    @Test
    void anInvalidProjectOptionIsRejected() {
        ProjectFixture project = named(null);
        assertThatThrownBy(() -> name(project, project.options().projectName(Optional.of("My.Proj"))))
                .isInstanceOf(ComposeException.class).hasMessage("invalid project name \"My.Proj\"" + INVALID);
    }

    @Test
    void anInvalidComposeProjectNameIsRejected() {
        ProjectFixture project = named(null).env("COMPOSE_PROJECT_NAME", "Bad Name");
        assertThatThrownBy(() -> name(project, project.options()))
                .isInstanceOf(ComposeException.class).hasMessage("invalid project name \"Bad Name\"" + INVALID);
    }

    @Test
    void aNameThatNormalizesToNothingIsAnError() {
        ProjectFixture project = named("\"---\"");
        assertThatThrownBy(() -> name(project, project.options()))
                .isInstanceOf(ComposeException.class).hasMessage("project name must not be empty");
    }

    @Test
    void theNameIsWrittenIntoTheModel() {
        ProjectFixture project = named("Demo");
        LoadedModel model = ProjectLoader.loadModel(project.options().files(List.of("app/compose.yaml")).build());
        assertThat(model.tree().get("name")).isEqualTo("demo");
        assertThat(model.environment()).containsEntry("COMPOSE_PROJECT_NAME", "demo");
    }
}
