package io.jcompose.engine.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DockerIgnoreTest {

    /** Patterns separated by {@code ;}, the path, whether it is excluded. */
    @ParameterizedTest(name = "[{0}] {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            foo                 | foo                | true
            foo                 | foo/bar            | true
            foo                 | foo/bar/baz.txt    | true
            foo                 | food               | false
            foo                 | a/foo              | false
            /foo                | foo                | true
            ./foo               | foo/x              | true
            foo/                | foo/x              | true
            foo/../bar          | bar                | true
            foo//bar            | foo/bar            | true
            *.md                | README.md          | true
            *.md                | docs/README.md     | false
            */*.md              | docs/README.md     | true
            **/*.md             | README.md          | true
            **/*.md             | a/b/c/README.md    | true
            **/*.md             | a/b/c/README.txt   | false
            **                  | anything/at/all    | true
            a/**                | a/b/c              | true
            a/**                | b/a                | false
            a/**/z              | a/z                | true
            a/**/z              | a/b/c/z            | true
            a/**/z              | a/b/c/zz           | false
            **/node_modules     | web/node_modules/x | true
            **/node_modules     | node_modules       | true
            file?.txt           | file1.txt          | true
            file?.txt           | file10.txt         | false
            file?.txt           | file/.txt          | false
            *                   | a/b                | true
            *                   | .dockerignore      | true
            f[a-c]o             | fbo                | true
            f[a-c]o             | fdo                | false
            f[^a-c]o            | fdo                | true
            f[!a-c]o            | fao                | false
            data.json           | dataxjson          | false
            a+b                 | a+b                | true
            a+b                 | aab                | false
            (x)                 | (x)                | true
            a\\*b               | a*b                | true
            a\\*b               | axb                | false
            *.log;!keep.log     | keep.log           | false
            *.log;!keep.log     | other.log          | true
            !keep.log;*.log     | keep.log           | true
            docs;!docs/keep.md  | docs/keep.md       | false
            docs;!docs/keep.md  | docs/other.md      | true
            docs;!docs/keep.md  | docs               | true
            docs;!docs/keep.md;docs/keep.md | docs/keep.md | true
            **;!src;src/gen     | src/main.c         | false
            **;!src;src/gen     | src/gen/x.c        | true
            **;!src;src/gen     | README             | true
            *;!*/;!**/*.go      | pkg/a.go           | false
            # comment;foo       | foo                | true
            ' foo '             | foo                | true
            ''                  | foo                | false
            """)
    void matchesLikeTheDockerCli(String patterns, String path, boolean excluded) {
        DockerIgnore ignore = DockerIgnore.parse(String.join("\n", patterns.split(";")));

        assertThat(ignore.excludes(path)).isEqualTo(excluded);
    }

    @Test
    void commentsOnlyStartAtTheBeginningOfALine() {
        DockerIgnore ignore = DockerIgnore.parse("""
                # a comment
                  #not-a-comment
                \t
                build
                """);

        assertThat(ignore.patterns()).containsExactly("#not-a-comment", "build");
    }

    @Test
    void patternsAreCleanedAndLeadingSlashesDropped() {
        DockerIgnore ignore = DockerIgnore.parse("""
                /abs/path/
                ./rel/./x
                ! /keep/../kept
                a/b/..
                /
                """);

        assertThat(ignore.patterns()).containsExactly("abs/path", "rel/x", "!kept", "a", "/");
    }

    @Test
    void aLeadingByteOrderMarkIsIgnored() {
        assertThat(DockerIgnore.parse("\uFEFFsecret").excludes("secret")).isTrue();
    }

    @Test
    void aBareExclamationMarkIsAnError() {
        assertThatThrownBy(() -> DockerIgnore.parse("!"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("illegal exclusion pattern: \"!\"");
    }

    @Test
    void anUnterminatedCharacterClassIsAnError() {
        assertThatThrownBy(() -> DockerIgnore.parse("a[bc"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("syntax error in pattern \"a[bc\"");
    }

    @ParameterizedTest(name = "[{0}] below {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            docs                      | docs       | false
            docs;!docs/keep.md        | docs       | true
            docs;!docs/keep.md        | docs/sub   | false
            docs;!other/keep.md       | docs       | false
            docs;!d*/keep.md          | docs       | true
            docs;!**/keep.md          | docs       | true
            docs;!docs/a/b/c          | docs/a     | true
            docs;!docs/x/b/c          | docs/a     | false
            docs;!docs                | docs/a     | true
            """)
    void knowsWhenAnExcludedDirectoryNeedNotBeWalked(String patterns, String directory, boolean walk) {
        DockerIgnore ignore = DockerIgnore.of(Arrays.asList(patterns.split(";")));

        assertThat(ignore.mayIncludeBelow(directory)).isEqualTo(walk);
    }

    @Test
    void keepingAddsAnExceptionOnlyWhenNeeded() {
        DockerIgnore ignore = DockerIgnore.of(List.of("Dockerfile*", "*.md"));

        assertThat(ignore.keeping("Dockerfile").excludes("Dockerfile")).isFalse();
        assertThat(ignore.keeping("Dockerfile").excludes("Dockerfile.dev")).isTrue();
        assertThat(ignore.keeping("src/x").patterns()).isEqualTo(ignore.patterns());
    }
}
