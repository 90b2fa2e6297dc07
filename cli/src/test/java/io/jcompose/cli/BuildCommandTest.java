package io.jcompose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jcompose build} paths that never reach the engine, through {@link Main#run}. */
class BuildCommandTest {

    @TempDir
    Path dir;

    private final PrintStream originalOut = System.out;
    private final PrintStream originalErr = System.err;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void capture() throws IOException {
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        Files.writeString(dir.resolve("Dockerfile"), "FROM busybox\n");
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    @Test
    void dryRunNamesEachBuildOnceWithoutTheEngine() throws IOException {
        compose("""
                services:
                  web:
                    build: .
                  worker:
                    build: .
                  api:
                    image: example/api
                    build:
                      context: .
                      args: [MODE=api]
                  db:
                    image: postgres
                """);

        int exit = run("--dry-run", "build");

        assertThat(exit).as(err()).isZero();
        assertThat(err().lines()).containsExactly(
                "[api] would build example/api from " + dir.toRealPath(),
                "[web,worker] would build demo-web from " + dir.toRealPath());
    }

    @Test
    void withDependenciesAddsWhatTheNamedServicesDependOn() throws IOException {
        compose("""
                services:
                  base:
                    build: .
                    image: demo-base
                  app:
                    build:
                      context: .
                      args: [X=1]
                    depends_on: [base]
                """);

        assertThat(run("--dry-run", "build", "app")).isZero();
        assertThat(err().lines()).containsExactly("[app] would build demo-app from " + dir.toRealPath());
        err.reset();
        assertThat(run("--dry-run", "build", "--with-dependencies", "app")).isZero();
        assertThat(err().lines()).hasSize(2).anySatisfy(line -> assertThat(line).startsWith("[base] would build demo-base"));
    }

    @Test
    void unsupportedAttributesAreErrorsWithExitCodeOne() throws IOException {
        compose("""
                services:
                  web:
                    build:
                      context: .
                      secrets: [token]
                secrets:
                  token:
                    file: ./Dockerfile
                """);

        assertThat(run("build")).isEqualTo(1);
        assertThat(err().strip()).isEqualTo("services.web.build.secrets: not supported by the classic builder jcompose uses;"
                + " remove it or build with docker buildx");
    }

    @Test
    void dryRunWithPushNamesTheImagesOfBuiltServicesItWouldPush() throws IOException {
        compose("""
                services:
                  api:
                    image: registry.example:5000/team/api:1
                    build:
                      context: .
                      tags: [registry.example:5000/team/api:latest]
                  web:
                    build: .
                  db:
                    image: postgres
                """);

        assertThat(run("--dry-run", "build", "--push")).as(err()).isZero();
        assertThat(err().lines()).containsExactly(
                "[api] would build registry.example:5000/team/api:1 from " + dir.toRealPath(),
                "[web] would build demo-web from " + dir.toRealPath(),
                "[api] would push registry.example:5000/team/api:1",
                "[api] would push registry.example:5000/team/api:latest");
    }

    @Test
    void aBadImageReferenceFailsBuildPushBeforeAnythingIsBuilt() throws IOException {
        compose("""
                services:
                  api:
                    image: "Team/API:1"
                    build: .
                """);

        assertThat(run("--dry-run", "build", "--push")).isEqualTo(1);
        assertThat(err()).contains("invalid reference format: Team/API:1").doesNotContain("would build");
    }

    private void compose(String yaml) throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), yaml);
    }

    private int run(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "-f";
        all[1] = dir.resolve("compose.yaml").toString();
        all[2] = "-p";
        all[3] = "demo";
        System.arraycopy(args, 0, all, 4, args.length);
        return Main.run(all);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
