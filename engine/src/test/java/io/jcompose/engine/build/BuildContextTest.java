package io.jcompose.engine.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildContextTest {

    @TempDir
    Path dir;

    @Test
    void sendsEveryFileInSortedOrderWithModesSymlinksAndFixedOwnership() throws IOException {
        write("Dockerfile", "FROM busybox\n");
        write("b/z.txt", "z");
        write("b/a.sh", "#!/bin/sh\n");
        Files.setPosixFilePermissions(dir.resolve("b/a.sh"), PosixFilePermissions.fromString("rwxr-x---"));
        Files.setPosixFilePermissions(dir.resolve("b"), PosixFilePermissions.fromString("rwx------"));
        write("a.txt", "hello");
        Files.createSymbolicLink(dir.resolve("link"), Path.of("b/z.txt"));

        Map<String, TarArchiveEntry> entries = entries(BuildContext.of(dir, "Dockerfile"));

        assertThat(entries.keySet()).containsExactly("Dockerfile", "a.txt", "b/", "b/a.sh", "b/z.txt", "link");
        assertThat(entries.get("b/a.sh").getMode()).isEqualTo(0100750);
        assertThat(entries.get("b/").getMode()).isEqualTo(040700);
        assertThat(entries.get("b/").isDirectory()).isTrue();
        assertThat(entries.get("a.txt").getSize()).isEqualTo(5);
        TarArchiveEntry link = entries.get("link");
        assertThat(link.isSymbolicLink()).isTrue();
        assertThat(link.getLinkName()).isEqualTo("b/z.txt");
        assertThat(link.getMode()).isEqualTo(0120777);
        assertThat(link.getSize()).isZero();
        assertThat(entries.values()).allSatisfy(entry -> {
            assertThat(entry.getLongUserId()).isZero();
            assertThat(entry.getLongGroupId()).isZero();
            assertThat(entry.getLastModifiedTime()).isEqualTo(BuildContext.MODIFIED);
        });
    }

    @Test
    void namesAreOrderedByTheirUtf8Bytes() throws IOException {
        write("Dockerfile", "FROM busybox\n");
        write("\uFF21.txt", "fullwidth A, U+FF21");
        write("\uD83D\uDE00.txt", "emoji, U+1F600: after U+FF21 in UTF-8, before it in UTF-16");
        write("Z.txt", "z");

        assertThat(entries(BuildContext.of(dir, "Dockerfile")).keySet())
                .containsExactly("Dockerfile", "Z.txt", "\uFF21.txt", "\uD83D\uDE00.txt");
    }

    @Test
    void fileContentTravelsIntact() throws IOException {
        write("Dockerfile", "FROM busybox\n");
        write("data/blob.txt", "x".repeat(100_000));

        assertThat(contents(BuildContext.of(dir, "Dockerfile")).get("data/blob.txt")).isEqualTo("x".repeat(100_000));
    }

    @Test
    void ignoredFilesStayOutAndExceptionsComeBack() throws IOException {
        write("Dockerfile", "FROM busybox\n");
        write(".dockerignore", """
                # secrets and build output
                *.secret
                node_modules
                docs
                !docs/keep.md
                Dockerfile
                .dockerignore
                """);
        write("app.secret", "s");
        write("src/nested.secret", "kept: *.secret is not recursive");
        write("node_modules/lib/index.js", "x");
        write("docs/keep.md", "k");
        write("docs/drop.md", "d");
        write("main.c", "int main;");

        Map<String, TarArchiveEntry> entries = entries(BuildContext.of(dir, "Dockerfile"));

        assertThat(entries.keySet()).containsExactly(
                ".dockerignore", "Dockerfile", "docs/keep.md", "main.c", "src/", "src/nested.secret");
    }

    @Test
    void aDockerfileInAnIgnoredDirectoryIsStillSent() throws IOException {
        write("build/Dockerfile.dev", "FROM busybox\n");
        write("build/other", "o");
        write(".dockerignore", "build\n");

        BuildContext context = BuildContext.of(dir, "build/Dockerfile.dev");

        assertThat(entries(context).keySet()).containsExactly(".dockerignore", "build/Dockerfile.dev");
        assertThat(context.dockerfile()).isEqualTo("build/Dockerfile.dev");
    }

    @Test
    void anInlineDockerfileIsAGeneratedEntry() throws IOException {
        write("app.txt", "a");

        BuildContext context = BuildContext.inline(dir, "FROM busybox\nCOPY app.txt /\n");

        assertThat(context.dockerfile()).matches("\\.dockerfile\\.[0-9a-f]{12}");
        assertThat(contents(context)).containsExactly(
                Map.entry("app.txt", "a"), Map.entry(context.dockerfile(), "FROM busybox\nCOPY app.txt /\n"));
    }

    @Test
    void aDockerfileOutsideTheContextIsCopiedIn(@TempDir Path elsewhere) throws IOException {
        Files.writeString(elsewhere.resolve("Dockerfile.ci"), "FROM busybox\n");
        write("app.txt", "a");

        BuildContext context = BuildContext.of(dir, elsewhere.resolve("Dockerfile.ci").toString());

        assertThat(contents(context)).containsEntry(context.dockerfile(), "FROM busybox\n").containsKey("app.txt");
    }

    @Test
    void longAndNonAsciiNamesUsePaxHeaders() throws IOException {
        String deep = "d".repeat(60) + "/" + "e".repeat(60) + "/" + "f".repeat(80) + ".txt";
        write("Dockerfile", "FROM busybox\n");
        write(deep, "deep");
        write("héllo wörld ☃.txt", "unicode");

        Map<String, String> contents = contents(BuildContext.of(dir, "Dockerfile"));

        assertThat(contents).containsEntry(deep, "deep").containsEntry("héllo wörld ☃.txt", "unicode");
    }

    @Test
    void theSameFilesGiveTheSameBytes() throws IOException {
        write("Dockerfile", "FROM busybox\n");
        write("a/b/c.txt", "c");
        byte[] first = tar(BuildContext.of(dir, "Dockerfile"));
        Files.setLastModifiedTime(dir.resolve("a/b/c.txt"), java.nio.file.attribute.FileTime.fromMillis(1_000_000));

        assertThat(tar(BuildContext.of(dir, "Dockerfile"))).isEqualTo(first);
    }

    @Test
    void aMissingContextOrDockerfileIsReported() throws IOException {
        assertThatThrownBy(() -> BuildContext.of(dir.resolve("nope"), "Dockerfile"))
                .hasMessage("build context " + dir.resolve("nope") + " is not a directory");
        assertThatThrownBy(() -> BuildContext.of(dir, "/nowhere/Dockerfile"))
                .hasMessage("Dockerfile /nowhere/Dockerfile not found");
        assertThatThrownBy(() -> BuildContext.of(dir, "Dockerfile.missing"))
                .hasMessage("Dockerfile " + dir.resolve("Dockerfile.missing") + " not found");
        write("Dockerfile", "FROM busybox\n");
        write(".dockerignore", "!\n");
        assertThatThrownBy(() -> BuildContext.of(dir, "Dockerfile"))
                .hasMessage(dir.resolve(".dockerignore") + ": illegal exclusion pattern: \"!\"");
    }

    private void write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    static byte[] tar(BuildContext context) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        context.writeTo(out);
        return out.toByteArray();
    }

    static Map<String, TarArchiveEntry> entries(BuildContext context) throws IOException {
        Map<String, TarArchiveEntry> entries = new LinkedHashMap<>();
        try (TarArchiveInputStream in = new TarArchiveInputStream(new ByteArrayInputStream(tar(context)))) {
            for (TarArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), entry);
            }
        }
        return entries;
    }

    static Map<String, String> contents(BuildContext context) throws IOException {
        Map<String, String> contents = new LinkedHashMap<>();
        try (TarArchiveInputStream in = new TarArchiveInputStream(new ByteArrayInputStream(tar(context)))) {
            for (TarArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.isDirectory()) {
                    contents.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return contents;
    }
}
