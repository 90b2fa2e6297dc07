package io.jcompose.tests.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.engine.ClientVersion;
import io.jcompose.engine.EngineException;
import io.jcompose.engine.api.ContainerCreateBody;
import io.jcompose.engine.api.ImageInspect;
import io.jcompose.engine.api.ImageSummary;
import io.jcompose.engine.api.LogOptions;
import io.jcompose.tests.support.Cleanup;
import io.jcompose.tests.support.RequiresEngine;
import io.jcompose.tests.support.TestEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jcompose build} run as users run it (a separate JVM, real exit code and stderr), against the
 * real engine's classic builder; what was built is then inspected and run.
 */
@RequiresEngine
class BuildIT {

    private TestEngine engine;
    private Cleanup cleanup;
    private String project;

    @TempDir
    Path dir;

    private record Run(int exitCode, String stdout, String stderr) {
    }

    @BeforeEach
    void setUp(TestEngine shared) {
        engine = shared;
        cleanup = new Cleanup(shared);
        engine.ensureBusybox();
        project = engine.uniqueName("build").toLowerCase(java.util.Locale.ROOT);
    }

    /** Removes every image the project built, found by its label, even when the test failed half-way. */
    @AfterEach
    void tearDown() {
        try {
            cleanup.close();
        } finally {
            List<ImageSummary> built = engine.await(engine.client().images().list(
                    Map.of("label", List.of("com.docker.compose.project=" + project))));
            for (ImageSummary image : built) {
                try {
                    engine.await(engine.client().images().remove(image.id(), true, false));
                } catch (EngineException e) {
                    if (!e.isNotFound()) {
                        throw e;
                    }
                }
            }
        }
    }

    @Test
    void buildsWithArgsTargetAndDockerignoreThenTheImageHoldsExactlyTheSentFiles() throws Exception {
        write("compose.yaml", """
                services:
                  web:
                    build:
                      context: ./app
                      target: runtime
                      args:
                        GREETING: hello from args
                        FROM_ENV:
                      labels:
                        org.example.team: web
                """);
        write("app/Dockerfile", """
                FROM busybox:latest AS base
                ARG GREETING
                ARG FROM_ENV
                ARG FROM_CLI
                RUN echo "$GREETING|$FROM_ENV|$FROM_CLI" > /greeting
                FROM base AS runtime
                COPY . /app/
                FROM base AS never
                RUN exit 9
                """);
        write("app/.dockerignore", """
                # keep secrets and logs out, but one log in
                *.secret
                logs
                !logs/keep.log
                """);
        write("app/main.txt", "main");
        write("app/token.secret", "do not ship");
        write("app/logs/drop.log", "drop");
        write("app/logs/keep.log", "keep");
        write("app/run.sh", "#!/bin/sh\n");
        Files.setPosixFilePermissions(dir.resolve("app/run.sh"), java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-x---"));
        Files.createSymbolicLink(dir.resolve("app/link"), Path.of("main.txt"));
        cleanup.image(project + "-web");

        Run run = jcompose(Map.of("FROM_ENV", "env-value"), "build", "--build-arg", "FROM_CLI=cli-value");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stderr()).contains("[web] Step 1/").contains("[web] Successfully tagged " + project + "-web:latest");
        String listing = runInImage(project + "-web",
                "cat /greeting; cd /app && find . -type f | sort; readlink link; stat -c %a run.sh");
        assertThat(listing.lines().toList()).containsExactly(
                "hello from args|env-value|cli-value",
                "./.dockerignore", "./Dockerfile", "./logs/keep.log", "./main.txt", "./run.sh",
                "main.txt", "750");
    }

    @Test
    void extraHostsAndShmSizeReachTheBuildContainers() throws Exception {
        write("compose.yaml", """
                services:
                  web:
                    build:
                      context: .
                      extra_hosts:
                        - "db.build.local=10.1.2.3"
                        - "cache.build.local:10.1.2.4"
                      shm_size: 32m
                      network: default
                """);
        write("Dockerfile", """
                FROM busybox:latest
                RUN grep build.local /etc/hosts | sort > /hosts && df -k /dev/shm | tail -1 | awk '{print $2}' > /shm
                """);
        cleanup.image(project + "-web");

        Run run = jcompose(Map.of(), "build");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(runInImage(project + "-web", "cat /hosts /shm").lines().map(String::strip).toList())
                .containsExactly("10.1.2.3\tdb.build.local", "10.1.2.4\tcache.build.local", "32768");
    }

    @Test
    void aLargeContextIsStreamedToTheEngine() throws Exception {
        write("compose.yaml", """
                services:
                  big:
                    build: .
                """);
        write("Dockerfile", "FROM busybox:latest\nCOPY data /data\nRUN du -sk /data | cut -f1 > /size && ls /data | wc -l > /count\n");
        // 400 sparse files of 256 KiB: 100 MiB of context, next to no disk
        Files.createDirectories(dir.resolve("data"));
        for (int i = 0; i < 400; i++) {
            try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(dir.resolve("data/f" + i).toFile(), "rw")) {
                file.setLength(256 * 1024);
            }
        }
        cleanup.image(project + "-big");

        Run run = jcompose(Map.of(), "build", "-q");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(runInImage(project + "-big", "cat /count").strip()).isEqualTo("400");
    }

    @Test
    void imagesCarryComposeLabelsAndTheBuildLabels() throws Exception {
        write("compose.yaml", """
                services:
                  api:
                    build:
                      context: .
                      labels:
                        org.example.role: api
                      tags: ["%s-api:extra"]
                """.formatted(project));
        write("Dockerfile", "FROM busybox:latest\nLABEL org.example.from-dockerfile=yes\n");
        cleanup.image(project + "-api");
        cleanup.image(project + "-api:extra");

        Run run = jcompose(Map.of(), "build", "-q");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stderr()).isEmpty();
        assertThat(run.stdout()).isEmpty();
        ImageInspect image = engine.await(engine.client().images().inspect(project + "-api"));
        assertThat(image.repoTags()).contains(project + "-api:latest", project + "-api:extra");
        assertThat(image.config().labels()).containsAllEntriesOf(Map.of(
                "com.docker.compose.project", project,
                "com.docker.compose.service", "api",
                "com.docker.compose.version", ClientVersion.current(),
                "com.docker.compose.image.builder", "classic",
                "org.example.role", "api",
                "org.example.from-dockerfile", "yes"));
    }

    @Test
    void servicesSharingAContextAreBuiltOnce() throws Exception {
        write("compose.yaml", """
                services:
                  web:
                    build: .
                  worker:
                    build: .
                    depends_on: [web]
                  db:
                    image: busybox:latest
                """);
        write("Dockerfile", "FROM busybox:latest\nRUN echo built-once > /marker\n");
        cleanup.image(project + "-web");
        cleanup.image(project + "-worker");

        Run run = jcompose(Map.of(), "build");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stderr().lines().filter(line -> line.matches("\\[web,worker\\] Step 2/\\d+ : RUN echo built-once > /marker"))).hasSize(1);
        assertThat(run.stderr()).contains("[web,worker] Step 1/").doesNotContain("[web] ").doesNotContain("[worker] ");
        String web = engine.await(engine.client().images().inspect(project + "-web")).id();
        String worker = engine.await(engine.client().images().inspect(project + "-worker")).id();
        assertThat(worker).isEqualTo(web);
    }

    @Test
    void onlyTheNamedServiceIsBuiltUnlessDependenciesAreAsked() throws Exception {
        write("compose.yaml", """
                services:
                  base:
                    build:
                      context: .
                      args: [ROLE=base]
                  app:
                    build:
                      context: .
                      args: [ROLE=app]
                    depends_on: [base]
                """);
        write("Dockerfile", "FROM busybox:latest\nARG ROLE\nRUN echo $ROLE > /role\n");
        cleanup.image(project + "-base");
        cleanup.image(project + "-app");

        Run alone = jcompose(Map.of(), "build", "app");
        assertThat(alone.exitCode()).as(alone.stderr()).isZero();
        assertThat(alone.stderr()).contains("[app] ").doesNotContain("[base] ");

        Run withDependencies = jcompose(Map.of(), "build", "--with-dependencies", "app");
        assertThat(withDependencies.exitCode()).as(withDependencies.stderr()).isZero();
        assertThat(withDependencies.stderr()).contains("[base] ").contains("[app] ");
        assertThat(runInImage(project + "-base", "cat /role").strip()).isEqualTo("base");
    }

    @Test
    void aFailingStepIsReportedWithItsOutputAndExitCodeOne() throws Exception {
        write("compose.yaml", """
                services:
                  broken:
                    build:
                      context: .
                      dockerfile_inline: |
                        FROM busybox:latest
                        RUN echo first-line && echo boom-output >&2 && exit 3
                """);
        cleanup.image(project + "-broken");
        long started = java.time.Instant.now().getEpochSecond() - 1;

        Run run = jcompose(Map.of(), "build", "-q");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).startsWith("service broken: building image " + project + "-broken: "
                + "The command '/bin/sh -c echo first-line && echo boom-output >&2 && exit 3' returned a non-zero code: 3");
        // the classic builder counts the label instructions compose adds as steps too
        assertThat(run.stderr()).containsPattern("\n  failed at Step 2/\\d+ : RUN echo first-line && echo boom-output >&2 && exit 3\n")
                .contains("\n  | first-line").contains("\n  | boom-output");
        // the failed step's container is removed too: a failed build leaves nothing behind
        assertThat(engine.await(engine.client().containers().list(true, Map.of())))
                .noneMatch(c -> c.created() >= started && c.command().contains("boom-output"));
    }

    @Test
    void unsupportedAttributesFailClearly() throws Exception {
        write("compose.yaml", """
                services:
                  web:
                    build:
                      context: .
                      ssh: [default]
                """);
        write("Dockerfile", "FROM busybox:latest\n");

        Run ssh = jcompose(Map.of(), "build");

        assertThat(ssh.exitCode()).isEqualTo(1);
        assertThat(ssh.stderr().strip()).isEqualTo("services.web.build.ssh: not supported by the classic builder jcompose uses;"
                + " remove it or build with docker buildx");
    }

    private void write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    /** Runs {@code sh -c script} in a container of {@code image}; returns what it printed. */
    private String runInImage(String image, String script) {
        String id = cleanup.container(engine.await(engine.client().containers().create(engine.uniqueName("ls"),
                ContainerCreateBody.image(image).cmd(List.of("sh", "-c", script)).labels(engine.labels(Map.of())))));
        engine.await(engine.client().containers().start(id));
        engine.await(engine.client().containers().waitFor(id, "not-running"));
        StringBuilder output = new StringBuilder();
        engine.await(engine.client().containers().logs(id, LogOptions.all(), false,
                frame -> output.append(frame.text())).ended());
        return output.toString();
    }

    private Run jcompose(Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.add("-cp");
        command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        command.add("io.jcompose.cli.Main");
        command.addAll(List.of("-p", project, "-f", dir.resolve("compose.yaml").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().remove("DOCKER_CONTEXT");
        builder.environment().put("DOCKER_HOST", engine.client().endpoint().host());
        builder.environment().putAll(environment);
        builder.redirectErrorStream(false);
        Process process = builder.start();
        process.getOutputStream().close();
        // stderr is read on its own thread: a chatty build must not block on a full pipe
        java.util.concurrent.CompletableFuture<String> stderr = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), stdout, stderr.get(60, TimeUnit.SECONDS));
    }
}
