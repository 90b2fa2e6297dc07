package io.jcompose.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectScopeTest {

    private final StringWriter warnings = new StringWriter();
    private final PrintWriter err = new PrintWriter(warnings);

    @Test
    void projectNameAloneSkipsTheLoader() {
        GlobalOptions global = new GlobalOptions();
        global.projectName = "demo";

        ProjectScope scope = ProjectScope.resolve(global, err);

        assertThat(scope.name()).isEqualTo("demo");
        assertThat(scope.project()).isEmpty();
        scope.requireServices(List.of("anything"));
    }

    @Test
    void projectNameMustAlreadyBeValid() {
        GlobalOptions global = new GlobalOptions();
        global.projectName = "My.Project";

        assertThatThrownBy(() -> ProjectScope.resolve(global, err))
                .hasMessage("invalid project name \"My.Project\": must consist only of lowercase alphanumeric "
                        + "characters, hyphens, and underscores as well as start with a letter or number");
    }

    @Test
    void composeFileGivesTheNameAndTheServices(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("compose.yaml"), """
                name: Shop.Front
                services:
                  web:
                    image: busybox
                """);
        GlobalOptions global = new GlobalOptions();
        global.files.add(file.toString());
        global.projectName = "override";

        ProjectScope scope = ProjectScope.resolve(global, err);

        assertThat(scope.name()).isEqualTo("override");
        assertThat(scope.project()).hasValueSatisfying(p -> assertThat(p.serviceNames()).containsExactly("web"));
        scope.requireServices(List.of("web"));
        assertThatThrownBy(() -> scope.requireServices(List.of("db"))).hasMessage("no such service: db");

        global.projectName = null;
        assertThat(ProjectScope.resolve(global, err).name()).isEqualTo("shopfront");
        assertThat(ProjectScope.nameOnly(global, err).name()).isEqualTo("shopfront");
    }
}
