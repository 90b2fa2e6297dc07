package io.jcompose.tests.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.tests.support.RequiresEngine;
import io.jcompose.tests.support.TestEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cp} between the local disk and a service container made here. */
@RequiresEngine
class CpCommandIT {

    private TestEngine engine;
    private String project;
    private ServiceContainers containers;
    private Path dir;

    @BeforeEach
    void createProject(TestEngine shared, @TempDir Path tempDir) throws IOException {
        engine = shared;
        dir = tempDir;
        project = engine.uniqueName("cp");
        containers = new ServiceContainers(engine, project, dir, List.of("web", "gone"));
        containers.start("web", 1, List.of("sleep", "3600"), body -> body);
    }

    @AfterEach
    void removeProject() {
        containers.removeAll();
    }

    private CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of("-p", project));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    @Test
    void roundTripKeepsContentAndModes() throws IOException {
        Path tree = dir.resolve("out/tree");
        Files.createDirectories(tree.resolve("private"));
        Path script = Files.writeString(tree.resolve("run.sh"), "#!/bin/sh\necho hi\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-x---"));
        Files.writeString(tree.resolve("private/secret"), "s3cret\n");
        Files.setPosixFilePermissions(tree.resolve("private"), PosixFilePermissions.fromString("rwx------"));

        CliRun in = run("cp", tree.toString(), "web:/tmp/");
        assertThat(in.exitCode()).as(in.err()).isZero();
        CliRun listing = run("exec", "-T", "web", "sh", "-c", "cd /tmp/tree && stat -c '%a %n' run.sh private private/secret");
        assertThat(listing.out()).isEqualTo("750 run.sh\n700 private\n644 private/secret\n");

        Path back = Files.createDirectories(dir.resolve("back"));
        CliRun out = run("cp", "web:/tmp/tree", back.resolve("copy").toString());
        assertThat(out.exitCode()).as(out.err()).isZero();
        Path copy = back.resolve("copy");
        assertThat(Files.readString(copy.resolve("run.sh"))).isEqualTo("#!/bin/sh\necho hi\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copy.resolve("run.sh"))))
                .isEqualTo("rwxr-x---");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copy.resolve("private"))))
                .isEqualTo("rwx------");
        assertThat(Files.readString(copy.resolve("private/secret"))).isEqualTo("s3cret\n");
    }

    @Test
    void dockerCpPathRules() throws IOException {
        Path file = Files.writeString(dir.resolve("note.txt"), "note\n");
        Path tree = Files.createDirectories(dir.resolve("src"));
        Files.writeString(tree.resolve("a"), "a\n");

        assertThat(run("cp", file.toString(), "web:/tmp/renamed.txt").exitCode()).isZero();
        assertThat(run("cp", tree.toString(), "web:/tmp/fresh").exitCode()).isZero();
        assertThat(run("cp", tree + "/.", "web:/tmp/").exitCode()).isZero();
        CliRun listing = run("exec", "-T", "web", "sh", "-c", "cat /tmp/renamed.txt /tmp/fresh/a /tmp/a");
        assertThat(listing.out()).isEqualTo("note\na\na\n");

        CliRun missingDirectory = run("cp", file.toString(), "web:/tmp/nowhere/");
        assertThat(missingDirectory.exitCode()).isEqualTo(1);
        assertThat(missingDirectory.err()).contains("/tmp/nowhere/").contains("does not exist");

        CliRun noService = run("cp", file.toString(), "gone:/tmp/");
        assertThat(noService.exitCode()).isEqualTo(1);
        assertThat(noService.err()).isEqualTo("no container found for service \"gone\"\n");
    }

    @Test
    void fromAContainerToStdoutIsATar() {
        run("exec", "-T", "web", "sh", "-c", "echo x > /tmp/x");
        CliRun tar = run("cp", "web:/tmp/x", "-");
        assertThat(tar.exitCode()).as(tar.err()).isZero();
        // a ustar header: the name first, "ustar" at offset 257
        assertThat(tar.out()).startsWith("x\0").contains("ustar");
    }
}
