package io.jcompose.tests.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.engine.api.ContainerInspect;
import io.jcompose.engine.api.ContainerSummary;
import io.jcompose.engine.api.NetworkInspect;
import io.jcompose.engine.api.Volume;
import io.jcompose.spec.labels.ComposeLabels;
import io.jcompose.tests.support.Jcompose;
import io.jcompose.tests.support.Jcompose.Result;
import io.jcompose.tests.support.ProjectCleanup;
import io.jcompose.tests.support.RequiresEngine;
import io.jcompose.tests.support.TestEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code up} and {@code down} against the real engine: what exists afterwards is asked of the engine. */
@RequiresEngine
class UpIT {

    private static final String STACK = """
            services:
              db:
                image: busybox:latest
                command: ["sleep", "300"]
                volumes:
                  - data:/data
                  - /scratch
                tmpfs:
                  - /run/tmp
                healthcheck:
                  test: ["CMD", "true"]
                  interval: 1s
              web:
                image: busybox:latest
                command: ["sleep", "300"]
                volumes:
                  - ./site:/site:ro
                environment:
                  MODE: one
                depends_on:
                  db:
                    condition: service_healthy
            volumes:
              data: {}
            """;

    @TempDir
    Path dir;

    private TestEngine engine;
    private String project;
    private final Set<String> anonymousVolumes = new HashSet<>();

    @BeforeEach
    void setUp(TestEngine shared) throws IOException {
        engine = shared;
        engine.ensureBusybox();
        project = engine.uniqueName("up");
        Files.createDirectories(dir.resolve("site"));
        Files.writeString(dir.resolve("site/index.html"), "hi");
    }

    @AfterEach
    void removeProject() {
        ProjectCleanup.remove(engine, project, anonymousVolumes);
    }

    private Result jcompose(String... args) {
        return Jcompose.inProject(dir.resolve("compose.yaml"), project, args);
    }

    private void write(String yaml) throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), yaml);
    }

    /** Container name to id, of the project's containers. */
    private Map<String, String> containers() {
        return engine.await(engine.client().containers().listByLabels(true,
                        List.of(ComposeLabels.PROJECT + "=" + project))).stream()
                .collect(Collectors.toMap(ContainerSummary::name, ContainerSummary::id, (a, b) -> a, TreeMap::new));
    }

    private ContainerInspect inspect(String name) {
        return engine.await(engine.client().containers().inspect(name));
    }

    @Test
    void upCreatesEverythingAsComposeNamesAndLabelsItAndASecondUpIsANoOp() throws IOException {
        write(STACK);
        Result first = jcompose("up", "-d");
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(containers()).containsOnlyKeys(project + "-db-1", project + "-web-1");

        ContainerInspect web = inspect(project + "-web-1");
        assertThat(web.state().running()).isTrue();
        assertThat(web.config().labels()).containsEntry(ComposeLabels.PROJECT, project)
                .containsEntry(ComposeLabels.SERVICE, "web")
                .containsEntry(ComposeLabels.CONTAINER_NUMBER, "1")
                .containsEntry(ComposeLabels.ONEOFF, "False")
                .containsEntry(ComposeLabels.DEPENDS_ON, "db:service_healthy:false")
                .containsEntry(ComposeLabels.WORKING_DIR, dir.toString())
                .containsEntry(ComposeLabels.CONFIG_FILES, dir.resolve("compose.yaml").toString())
                .containsKey(ComposeLabels.CONFIG_HASH);
        assertThat(web.config().labels().get(ComposeLabels.IMAGE)).startsWith("sha256:");
        assertThat(web.networkSettings().networks()).containsOnlyKeys(project + "_default");
        assertThat(web.networkSettings().networks().get(project + "_default").aliases())
                .contains("web", project + "-web-1");
        assertThat(web.mounts()).anySatisfy(m -> {
            assertThat(m.type()).isEqualTo("bind");
            assertThat(m.source()).isEqualTo(dir.resolve("site").toString());
            assertThat(m.rw()).isFalse();
        });
        ContainerInspect db = inspect(project + "-db-1");
        assertThat(db.mounts()).anySatisfy(m -> assertThat(m.name()).isEqualTo(project + "_data"));
        assertThat(db.mounts()).anySatisfy(m -> assertThat(m.destination()).isEqualTo("/scratch"));
        assertThat(db.hostConfig()).containsKey("Tmpfs");

        NetworkInspect network = engine.await(engine.client().networks().inspect(project + "_default"));
        assertThat(network.labels()).containsEntry(ComposeLabels.PROJECT, project)
                .containsEntry(ComposeLabels.NETWORK, "default").containsKey(ComposeLabels.CONFIG_HASH);
        Volume volume = engine.await(engine.client().volumes().inspect(project + "_data"));
        assertThat(volume.labels()).containsEntry(ComposeLabels.PROJECT, project)
                .containsEntry(ComposeLabels.VOLUME, "data");

        Map<String, String> before = containers();
        Result second = jcompose("up", "-d");
        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(second.err()).contains("Nothing to do").contains("Container " + project + "-web-1  Running")
                .doesNotContain("Creat").doesNotContain("Recreat");
        assertThat(containers()).isEqualTo(before);
    }

    @Test
    void changingOneServiceRecreatesOnlyItKeepingItsName() throws IOException {
        write(STACK);
        assertThat(jcompose("up", "-d").exitCode()).isZero();
        Map<String, String> before = containers();
        write(STACK.replace("MODE: one", "MODE: two"));
        Result result = jcompose("up", "-d");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        Map<String, String> after = containers();
        assertThat(after).containsOnlyKeys(project + "-db-1", project + "-web-1");
        assertThat(after.get(project + "-db-1")).isEqualTo(before.get(project + "-db-1"));
        assertThat(after.get(project + "-web-1")).isNotEqualTo(before.get(project + "-web-1"));
        ContainerInspect web = inspect(project + "-web-1");
        assertThat(web.config().env()).contains("MODE=two");
        assertThat(web.state().running()).isTrue();
        assertThat(web.config().labels()).containsEntry(ComposeLabels.REPLACE, "web-1");
    }

    @Test
    void aRestartTrueDependantIsRestartedWhenItsDependencyIsRecreated() throws IOException {
        String yaml = """
                services:
                  db:
                    image: busybox:latest
                    command: ["sleep", "300"]
                    environment:
                      V: "1"
                  web:
                    image: busybox:latest
                    command: ["sleep", "300"]
                    depends_on:
                      db:
                        condition: service_started
                        restart: true
                """;
        write(yaml);
        assertThat(jcompose("up", "-d").exitCode()).isZero();
        Map<String, String> before = containers();
        String webStarted = inspect(project + "-web-1").state().startedAt();
        write(yaml.replace("V: \"1\"", "V: \"2\""));
        Result result = jcompose("up", "-d", "-t", "0");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        Map<String, String> after = containers();
        assertThat(after.get(project + "-db-1")).isNotEqualTo(before.get(project + "-db-1"));
        assertThat(after.get(project + "-web-1")).isEqualTo(before.get(project + "-web-1"));
        assertThat(inspect(project + "-web-1").state().startedAt()).isNotEqualTo(webStarted);
    }

    @Test
    void aRecreatedContainerKeepsItsAnonymousVolumeUnlessRenewed() throws IOException {
        write(STACK);
        assertThat(jcompose("up", "-d").exitCode()).isZero();
        String scratch = anonymousVolume(project + "-db-1");
        Result kept = jcompose("up", "-d", "--force-recreate", "-t", "0", "db");
        assertThat(kept.exitCode()).as(kept.toString()).isZero();
        assertThat(anonymousVolume(project + "-db-1")).isEqualTo(scratch);
        Result renewed = jcompose("up", "-d", "--force-recreate", "-V", "-t", "0", "db");
        assertThat(renewed.exitCode()).as(renewed.toString()).isZero();
        assertThat(anonymousVolume(project + "-db-1")).isNotEqualTo(scratch);
    }

    /** The anonymous volume at /scratch of {@code container}, removed after the test (it has no project label). */
    private String anonymousVolume(String container) {
        String name = inspect(container).mounts().stream().filter(m -> m.destination().equals("/scratch"))
                .findFirst().orElseThrow().name();
        anonymousVolumes.add(name);
        return name;
    }

    @Test
    void scaleAddsAndRemovesReplicasWithoutRecreating() throws IOException {
        write("""
                services:
                  web:
                    image: busybox:latest
                    command: ["sleep", "300"]
                """);
        assertThat(jcompose("up", "-d", "--scale", "web=3").exitCode()).isZero();
        Map<String, String> three = containers();
        assertThat(three).containsOnlyKeys(project + "-web-1", project + "-web-2", project + "-web-3");
        Result down = jcompose("up", "-d", "--scale", "web=1");
        assertThat(down.exitCode()).as(down.toString()).isZero();
        assertThat(containers()).containsExactly(Map.entry(project + "-web-1", three.get(project + "-web-1")));
    }

    @Test
    void orphansAreWarnedAboutThenRemoved() throws IOException {
        String two = """
                services:
                  web:
                    image: busybox:latest
                    command: ["sleep", "300"]
                  extra:
                    image: busybox:latest
                    command: ["sleep", "300"]
                """;
        write(two);
        assertThat(jcompose("up", "-d").exitCode()).isZero();
        write(two.substring(0, two.indexOf("  extra:")));
        Result warned = jcompose("up", "-d");
        assertThat(warned.exitCode()).isZero();
        assertThat(warned.err()).contains("Found orphan containers (" + project + "-extra-1) for this project");
        assertThat(containers()).containsKey(project + "-extra-1");
        Result removed = jcompose("up", "-d", "--remove-orphans");
        assertThat(removed.exitCode()).as(removed.toString()).isZero();
        assertThat(containers()).containsOnlyKeys(project + "-web-1");
    }

    @Test
    void downWithVolumesLeavesNothingWithTheProjectLabel() throws IOException {
        write(STACK);
        assertThat(jcompose("up", "-d").exitCode()).isZero();
        Result down = jcompose("down", "-v", "-t", "0");
        assertThat(down.exitCode()).as(down.toString()).isZero();
        Map<String, List<String>> filter = Map.of("label", List.of(ComposeLabels.PROJECT + "=" + project));
        assertThat(engine.await(engine.client().containers().list(true, filter))).isEmpty();
        assertThat(engine.await(engine.client().networks().list(filter))).isEmpty();
        assertThat(engine.await(engine.client().volumes().list(filter))).isEmpty();
        assertThat(engine.await(engine.client().volumes().list(Map.of()))).noneMatch(v -> v.name()
                .equals(project + "_data"));
    }

    /** A one-off is not removed by a plain {@code down}: the network it holds stays, and the output says so. */
    @Test
    void downSaysANetworkStillInUseWasKeptNotRemoved() throws IOException {
        write(STACK);
        assertThat(jcompose("up", "-d").exitCode()).isZero();
        Result run = jcompose("run", "-d", "--no-deps", "web", "sleep", "300");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        anonymousVolume(project + "-db-1"); // a plain down leaves it
        Result down = jcompose("down", "-t", "0");
        assertThat(down.exitCode()).as(down.toString()).isZero();
        String network = "Network " + project + "_default";
        assertThat(down.out() + down.err()).as(down.toString())
                .contains(network + "  Resource is still in use")
                .doesNotContain(network + "  Removed");
        assertThat(engine.await(engine.client().networks().list(Map.of("name", List.of(project + "_default")))))
                .isNotEmpty();
    }

    @Test
    void stopStartAndDownWorkFromLabelsWithoutAComposeFile() throws IOException {
        write(STACK);
        assertThat(jcompose("up", "-d").exitCode()).isZero();
        Result stop = Jcompose.run("-p", project, "stop", "-t", "0");
        assertThat(stop.exitCode()).as(stop.toString()).isZero();
        assertThat(stop.err().indexOf("Container " + project + "-web-1  Stopped"))
                .isLessThan(stop.err().indexOf("Container " + project + "-db-1  Stopping"));
        assertThat(inspect(project + "-db-1").state().running()).isFalse();
        Result start = Jcompose.run("-p", project, "start");
        assertThat(start.exitCode()).as(start.toString()).isZero();
        assertThat(inspect(project + "-web-1").state().running()).isTrue();
        anonymousVolume(project + "-db-1"); // a plain down leaves it
        Result down = Jcompose.run("-p", project, "down", "-t", "0");
        assertThat(down.exitCode()).as(down.toString()).isZero();
        assertThat(containers()).isEmpty();
    }

    @Test
    void dryRunPrintsThePlanAndChangesNothing() throws IOException {
        write(STACK);
        Result dry = jcompose("--dry-run", "up", "-d");
        assertThat(dry.exitCode()).as(dry.toString()).isZero();
        assertThat(dry.out()).contains("#1 CreateNetwork " + project + "_default (not found)")
                .contains("StartContainer " + project + "-web-1 (created) after");
        assertThat(containers()).isEmpty();
    }
}
