package io.jcompose.spec.load;

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

/** Discovery (reference 2.5): -f, COMPOSE_FILE, default names in the directory or its parents, override file. */
class ComposeFileDiscoveryTest {

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    private List<String> discover(List<String> files, Map<String, String> env, Path cwd) {
        return ComposeFileDiscovery.discover(files, env, cwd, cwd, warnings::add);
    }

    private Path touch(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "services: {}\n");
        return file;
    }

    @Test
    void fileOptionsWinAndAreMadeAbsoluteInOrder() throws IOException {
        touch("compose.yaml");
        assertThat(discover(List.of("b.yml", "sub/a.yml", "-"), Map.of("COMPOSE_FILE", "x.yml"), dir))
                .containsExactly(dir.resolve("b.yml").toString(), dir.resolve("sub/a.yml").toString(), "-");
    }

    @Test
    void composeFileVariableIsSplitOnThePathSeparator() throws IOException {
        touch("a.yml");
        touch("b.yml");
        assertThat(discover(List.of(), Map.of("COMPOSE_FILE", "a.yml" + java.io.File.pathSeparator + "b.yml"), dir))
                .containsExactly(dir.resolve("a.yml").toString(), dir.resolve("b.yml").toString());
    }

    @Test
    void composePathSeparatorReplacesTheDefaultSeparator() throws IOException {
        touch("a.yml");
        touch("b.yml");
        assertThat(discover(List.of(), Map.of("COMPOSE_FILE", "a.yml,b.yml", "COMPOSE_PATH_SEPARATOR", ","), dir))
                .containsExactly(dir.resolve("a.yml").toString(), dir.resolve("b.yml").toString());
    }

    @Test
    void composeFileNamingAMissingFileFails() {
        assertThatThrownBy(() -> discover(List.of(), Map.of("COMPOSE_FILE", "nope.yml"), dir))
                .isInstanceOf(ComposeException.class)
                .hasMessage("stat " + dir.resolve("nope.yml") + ": no such file or directory");
    }

    @Test
    void defaultNamesInPreferenceOrderWithAWarningWhenSeveralExist() throws IOException {
        touch("docker-compose.yml");
        touch("compose.yaml");
        assertThat(discover(List.of(), Map.of(), dir)).containsExactly(dir.resolve("compose.yaml").toString());
        assertThat(warnings).containsExactly(
                "Found multiple config files with supported names: " + dir.resolve("compose.yaml") + ", "
                        + dir.resolve("docker-compose.yml"),
                "Using " + dir.resolve("compose.yaml"));
    }

    @Test
    void theOverrideFileBesideTheComposeFileIsAdded() throws IOException {
        touch("compose.yml");
        touch("compose.override.yaml");
        assertThat(discover(List.of(), Map.of(), dir))
                .containsExactly(dir.resolve("compose.yml").toString(), dir.resolve("compose.override.yaml").toString());
    }

    @Test
    void parentsAreSearchedWhenTheDirectoryHasNoComposeFile() throws IOException {
        touch("docker-compose.yaml");
        Path nested = Files.createDirectories(dir.resolve("a/b"));
        assertThat(discover(List.of(), Map.of(), nested)).containsExactly(dir.resolve("docker-compose.yaml").toString());
    }

    @Test
    void nothingFoundGivesNoFiles() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThat(ComposeFileDiscovery.discover(List.of(), Map.of(), empty, empty, warnings::add)).isEmpty();
    }
}
