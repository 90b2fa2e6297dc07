package io.jcompose.spec.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.spec.ComposeException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The project-name table of the reference (2.8): normalization of names from files and directories. */
class ProjectNamesTest {

    @ParameterizedTest
    @CsvSource({
        "myproject, myproject",
        "My.Proj, myproj",
        "My Project, myproject",
        "_-leading, leading",
        "a_b-c, a_b-c",
        "UPPER123, upper123",
        "'é-accent', accent",
        "'--', ''",
    })
    void normalizesNamesFromFilesAndDirectories(String given, String expected) {
        assertThat(ProjectNames.normalize(given)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "demo_1", "1demo", "a-b"})
    void acceptsNamesAlreadyInNormalForm(String name) {
        assertThat(ProjectNames.validate(name)).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"My.Proj", "Demo", "_demo", "-demo", "de mo"})
    void rejectsGivenNamesThatNeedNormalizing(String name) {
        assertThatThrownBy(() -> ProjectNames.validate(name))
                .isInstanceOf(ComposeException.class)
                .hasMessage("invalid project name \"" + name + "\": must consist only of lowercase alphanumeric "
                        + "characters, hyphens, and underscores as well as start with a letter or number");
    }
}
