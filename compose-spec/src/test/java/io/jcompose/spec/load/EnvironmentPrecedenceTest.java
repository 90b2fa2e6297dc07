package io.jcompose.spec.load;

import static io.jcompose.spec.load.ProjectFixture.image;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.spec.ComposeException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The .env location and precedence rows of the reference (2.4, 1.2), through the whole loader. */
class EnvironmentPrecedenceTest {

    @TempDir
    Path dir;

    private ProjectFixture project;

    @BeforeEach
    void composeFileUsingTag() {
        project = new ProjectFixture(dir).file("compose.yaml", """
                services:
                  web:
                    image: nginx:${TAG:-default}
                """);
    }

    @Test
    void dotEnvInTheProjectDirectoryFeedsInterpolation() {
        project.file(".env", "TAG=from-dotenv\n");
        LoadedModel model = project.load();
        assertThat(image(model, "web")).isEqualTo("nginx:from-dotenv");
        assertThat(model.envFiles()).containsExactly(dir.resolve(".env"));
    }

    @Test
    void theProcessEnvironmentWinsOverDotEnv() {
        project.file(".env", "TAG=from-dotenv\n").env("TAG", "from-shell");
        assertThat(image(project.load(), "web")).isEqualTo("nginx:from-shell");
    }

    @Test
    void envFileOptionReplacesDotEnv() {
        project.file(".env", "TAG=from-dotenv\nOTHER=x\n").file("custom.env", "OTHER=y\n");
        LoadedModel model = ProjectLoader.loadModel(project.options().envFiles(List.of("custom.env")).build());
        assertThat(image(model, "web")).isEqualTo("nginx:default");
        assertThat(model.environment()).containsEntry("OTHER", "y");
    }

    @Test
    void severalEnvFilesLaterWins() {
        project.file("a.env", "TAG=a\n").file("b.env", "TAG=b\n");
        LoadedModel model = ProjectLoader.loadModel(project.options().envFiles(List.of("a.env", "b.env")).build());
        assertThat(image(model, "web")).isEqualTo("nginx:b");
    }

    @Test
    void composeEnvFilesIsUsedWithoutEnvFileOption() {
        project.file(".env", "TAG=dotenv\n").file("one.env", "TAG=one\n").file("two.env", "TAG=two\n")
                .env("COMPOSE_ENV_FILES", "one.env,two.env");
        assertThat(image(project.load(), "web")).isEqualTo("nginx:two");
    }

    @Test
    void envFileOptionWinsOverComposeEnvFiles() {
        project.file("one.env", "TAG=one\n").file("flag.env", "TAG=flag\n").env("COMPOSE_ENV_FILES", "one.env");
        LoadedModel model = ProjectLoader.loadModel(project.options().envFiles(List.of("flag.env")).build());
        assertThat(image(model, "web")).isEqualTo("nginx:flag");
    }

    @Test
    void anUnparsableComposeDisableEnvFileIsAnError() {
        project.env("COMPOSE_DISABLE_ENV_FILE", "maybe");
        assertThatThrownBy(project::load).isInstanceOf(ComposeException.class)
                .hasMessage("strconv.ParseBool: parsing \"maybe\": invalid syntax");
    }

    @Test
    void composeDisableEnvFileFalseStillReadsDotEnv() {
        project.file(".env", "TAG=dotenv\n").env("COMPOSE_DISABLE_ENV_FILE", "0");
        assertThat(image(project.load(), "web")).isEqualTo("nginx:dotenv");
    }

    @Test
    void composeDisableEnvFileSkipsDotEnv() {
        project.file(".env", "TAG=dotenv\n").env("COMPOSE_DISABLE_ENV_FILE", "true");
        assertThat(image(project.load(), "web")).isEqualTo("nginx:default");
    }

    @Test
    void aDirectoryNamedDotEnvIsIgnored() throws IOException {
        Files.createDirectories(dir.resolve(".env"));
        assertThat(image(project.load(), "web")).isEqualTo("nginx:default");
    }

    @Test
    void aMissingEnvFileIsAnError() {
        assertThatThrownBy(() -> ProjectLoader.loadModel(project.options().envFiles(List.of("nope.env")).build()))
                .isInstanceOf(ComposeException.class)
                .hasMessage("couldn't find env file: " + dir.resolve("nope.env"));
    }

    @Test
    void aDirectoryGivenAsEnvFileIsAnError() throws IOException {
        Files.createDirectories(dir.resolve("envdir"));
        assertThatThrownBy(() -> ProjectLoader.loadModel(project.options().envFiles(List.of("envdir")).build()))
                .isInstanceOf(ComposeException.class)
                .hasMessage(dir.resolve("envdir") + " is a directory");
    }

    @Test
    void envFileValuesInterpolateFromTheProcessEnvironmentFirst() {
        project.file(".env", "BASE=file\nTAG=${BASE}-tag\n").env("BASE", "shell");
        assertThat(image(project.load(), "web")).isEqualTo("nginx:shell-tag");
    }

    @Test
    void envFileValuesInterpolateFromEarlierEntries() {
        project.file(".env", "BASE=file\nTAG=${BASE}-tag\n");
        assertThat(image(project.load(), "web")).isEqualTo("nginx:file-tag");
    }

    @Test
    void composeFileMayBeSetFromDotEnv() {
        project.file("other.yaml", """
                services:
                  other:
                    image: other
                """).file(".env", "COMPOSE_FILE=other.yaml\n");
        LoadedModel model = project.load();
        assertThat(model.files()).containsExactly(dir.resolve("other.yaml").toString());
        assertThat(image(model, "other")).isEqualTo("other");
    }

    @Test
    void composeProfilesMayBeSetFromDotEnvAndTheOptionWins() {
        project.file("compose.yaml", """
                services:
                  a: {image: a, profiles: [one]}
                  b: {image: b, profiles: [two]}
                """).file(".env", "COMPOSE_PROFILES=one\n");
        assertThat(project.load().selection().enabled()).containsExactly("a");
        LoadedModel withOption = ProjectLoader.loadModel(project.options().profiles(List.of("two")).build());
        assertThat(withOption.selection().enabled()).containsExactly("b");
    }

    @Test
    void dotEnvBesideAFileFoundInAParentDirectoryIsUsed() throws IOException {
        project.file(".env", "TAG=parent\n");
        Files.createDirectories(dir.resolve("sub/deeper"));
        LoadedModel model = ProjectLoader.loadModel(project.options("sub/deeper").build());
        assertThat(image(model, "web")).isEqualTo("nginx:parent");
        assertThat(model.projectDirectory()).isEqualTo(dir);
    }

    @Test
    void theProjectNameIsAvailableForInterpolation() {
        project.file("compose.yaml", """
                name: demo
                services:
                  web:
                    image: ${COMPOSE_PROJECT_NAME}-web
                """);
        assertThat(image(project.load(), "web")).isEqualTo("demo-web");
    }

    @Test
    void noInterpolateKeepsTheTemplates() {
        LoadedModel model = ProjectLoader.loadModel(project.options().interpolate(false).build());
        assertThat(image(model, "web")).isEqualTo("nginx:${TAG:-default}");
    }
}
