package io.jcompose.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** docker cp's destination rules, one case each. */
class CopyPlanTest {

    @Test
    void intoAnExistingDirectoryUnderTheSourcesName() {
        assertThat(CopyPlan.of("src/app", true, "/srv", true, true)).isEqualTo(new CopyPlan("/srv", Optional.of("app")));
        assertThat(CopyPlan.of("notes.txt", false, "/srv/", true, true))
                .isEqualTo(new CopyPlan("/srv/", Optional.of("notes.txt")));
    }

    @Test
    void aDirectoryEndingInDotCopiesItsContent() {
        assertThat(CopyPlan.of("src/app/.", true, "/srv", true, true)).isEqualTo(new CopyPlan("/srv", Optional.empty()));
    }

    @Test
    void aNewDestinationNamesTheCopy() {
        assertThat(CopyPlan.of("src/app", true, "/srv/site", false, false))
                .isEqualTo(new CopyPlan("/srv", Optional.of("site")));
        assertThat(CopyPlan.of("src/app/.", true, "/srv/site", false, false))
                .isEqualTo(new CopyPlan("/srv", Optional.of("site")));
        assertThat(CopyPlan.of("a.txt", false, "b.txt", false, false)).isEqualTo(new CopyPlan(".", Optional.of("b.txt")));
    }

    @Test
    void aFileReplacesAnExistingFile() {
        assertThat(CopyPlan.of("a.txt", false, "/etc/motd", true, false))
                .isEqualTo(new CopyPlan("/etc", Optional.of("motd")));
    }

    @Test
    void impossibleCopiesFail() {
        assertThatThrownBy(() -> CopyPlan.of("dir", true, "/etc/motd", true, false))
                .hasMessageContaining("cannot copy a directory to a file");
        assertThatThrownBy(() -> CopyPlan.of("a.txt", false, "/nowhere/", false, false))
                .hasMessage("destination directory /nowhere/ does not exist");
    }

    @Test
    void namesOfPaths() {
        assertThat(CopyPlan.baseName("/a/b/")).isEqualTo("b");
        assertThat(CopyPlan.baseName("/a/b/.")).isEqualTo("b");
        assertThat(CopyPlan.parent("/a")).isEqualTo("/");
        assertThat(CopyPlan.parent("a")).isEqualTo(".");
    }
}
