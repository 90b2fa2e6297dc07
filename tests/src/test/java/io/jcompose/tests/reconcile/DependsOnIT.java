package io.jcompose.tests.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.engine.api.ContainerInspect;
import io.jcompose.tests.support.Jcompose;
import io.jcompose.tests.support.Jcompose.Result;
import io.jcompose.tests.support.ProjectCleanup;
import io.jcompose.tests.support.RequiresEngine;
import io.jcompose.tests.support.TestEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** depends_on conditions and {@code --wait}, gated by engine events. */
@RequiresEngine
class DependsOnIT {

    @TempDir
    Path dir;

    private TestEngine engine;
    private String project;

    @BeforeEach
    void setUp(TestEngine shared) {
        engine = shared;
        engine.ensureBusybox();
        project = engine.uniqueName("deps");
    }

    @AfterEach
    void removeProject() {
        ProjectCleanup.remove(engine, project);
    }

    private Result up(String yaml, String... flags) throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), yaml);
        List<String> args = new ArrayList<>(List.of("up", "-d"));
        args.addAll(List.of(flags));
        return Jcompose.inProject(dir.resolve("compose.yaml"), project, args.toArray(String[]::new));
    }

    private ContainerInspect inspect(String service) {
        return engine.await(engine.client().containers().inspect(project + "-" + service + "-1"));
    }

    @Test
    void aServiceHealthyDependantStartsOnlyOnceItsDependencyIsHealthy() throws IOException {
        Result result = up("""
                services:
                  db:
                    image: busybox:latest
                    command: ["sh", "-c", "sleep 2; touch /tmp/ready; sleep 300"]
                    healthcheck:
                      test: ["CMD", "test", "-f", "/tmp/ready"]
                      interval: 1s
                      retries: 30
                  web:
                    image: busybox:latest
                    command: ["sleep", "300"]
                    depends_on:
                      db:
                        condition: service_healthy
                """);
        assertThat(result.exitCode()).as(result.toString()).isZero();
        String err = result.err();
        assertThat(err.indexOf("Container " + project + "-db-1  Healthy"))
                .isPositive()
                .isLessThan(err.indexOf("Container " + project + "-web-1  Starting"));
        Instant dbStarted = Instant.parse(inspect("db").state().startedAt());
        Instant webStarted = Instant.parse(inspect("web").state().startedAt());
        assertThat(webStarted).isAfter(dbStarted.plusSeconds(2));
    }

    @Test
    void anUnhealthyDependencyFailsAtOnceWithItsLastHealthCheckOutput() throws IOException {
        Result result = up("""
                services:
                  db:
                    image: busybox:latest
                    command: ["sleep", "300"]
                    healthcheck:
                      test: ["CMD-SHELL", "echo db is not ready; exit 1"]
                      interval: 1s
                      retries: 1
                  web:
                    image: busybox:latest
                    command: ["sleep", "300"]
                    depends_on:
                      db:
                        condition: service_healthy
                """);
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.err()).contains("dependency failed to start: container " + project
                + "-db-1 is unhealthy: db is not ready");
        assertThat(inspect("web").state().status()).isEqualTo("created");
    }

    @Test
    void completedSuccessfullyWaitsForExitZero() throws IOException {
        Result result = up("""
                services:
                  init:
                    image: busybox:latest
                    command: ["sh", "-c", "sleep 1; exit 0"]
                  app:
                    image: busybox:latest
                    command: ["sleep", "300"]
                    depends_on:
                      init:
                        condition: service_completed_successfully
                """);
        assertThat(result.exitCode()).as(result.toString()).isZero();
        ContainerInspect init = inspect("init");
        assertThat(init.state().exitCode()).isZero();
        assertThat(Instant.parse(inspect("app").state().startedAt()))
                .isAfterOrEqualTo(Instant.parse(init.state().finishedAt()));
    }

    @Test
    void aFailedOneShotDependencyNamesItsExitCode() throws IOException {
        Result result = up("""
                services:
                  init:
                    image: busybox:latest
                    command: ["sh", "-c", "exit 3"]
                  app:
                    image: busybox:latest
                    command: ["sleep", "300"]
                    depends_on:
                      init:
                        condition: service_completed_successfully
                """);
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.err()).contains("service init didn't complete successfully: exit 3");
    }

    @Test
    void anOptionalFailingDependencyOnlyWarns() throws IOException {
        Result result = up("""
                services:
                  init:
                    image: busybox:latest
                    command: ["sh", "-c", "exit 3"]
                  app:
                    image: busybox:latest
                    command: ["sleep", "300"]
                    depends_on:
                      init:
                        condition: service_completed_successfully
                        required: false
                """);
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.err()).contains("service init didn't complete successfully: exit 3");
        assertThat(inspect("app").state().running()).isTrue();
    }

    @Test
    void waitReturnsOnceEveryServiceIsHealthyOrRunning() throws IOException {
        Result result = up("""
                services:
                  web:
                    image: busybox:latest
                    command: ["sleep", "300"]
                    healthcheck:
                      test: ["CMD", "true"]
                      interval: 1s
                  side:
                    image: busybox:latest
                    command: ["sleep", "300"]
                """, "--wait");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(inspect("web").state().healthStatus()).contains("healthy");
    }

    @Test
    void waitTimesOutWhenAServiceNeverBecomesHealthy() throws IOException {
        Result result = up("""
                services:
                  web:
                    image: busybox:latest
                    command: ["sleep", "300"]
                    healthcheck:
                      test: ["CMD", "sleep", "60"]
                      interval: 1s
                      timeout: 60s
                """, "--wait", "--wait-timeout", "2");
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.err()).contains("application not healthy after 2s");
    }
}
