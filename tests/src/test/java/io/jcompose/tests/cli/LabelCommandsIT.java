package io.jcompose.tests.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jcompose.engine.api.ContainerCreateBody;
import io.jcompose.engine.api.ContainerInspect;
import io.jcompose.engine.api.ContainerSummary;
import io.jcompose.engine.container.ContainerLabels;
import io.jcompose.engine.container.ContainerNames;
import io.jcompose.spec.load.LoadOptions;
import io.jcompose.spec.load.ProjectLoader;
import io.jcompose.spec.model.Project;
import io.jcompose.tests.support.RequiresEngine;
import io.jcompose.tests.support.TestEngine;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The label-only commands against containers made here with compose's labels and names (no {@code up}):
 * {@code web-1} runs {@code sleep 3600} published on 127.0.0.1, {@code job-1} has exited with code 3.
 */
@RequiresEngine
class LabelCommandsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestEngine engine;
    private String project;
    private Path composeFile;
    private Project model;
    private int port;
    private String web;
    private String job;

    @BeforeEach
    void createProject(TestEngine shared, @TempDir Path dir) throws IOException {
        engine = shared;
        project = engine.uniqueName("cmd");
        port = freePort();
        composeFile = dir.resolve("compose.yaml");
        Files.writeString(composeFile, """
                name: %s
                services:
                  web:
                    image: busybox:latest
                    command: ["sleep", "3600"]
                    ports: ["127.0.0.1:%d:80"]
                  job:
                    image: busybox:latest
                    command: ["sh", "-c", "exit 3"]
                  sig:
                    image: busybox:latest
                """.formatted(project, port));
        model = ProjectLoader.load(LoadOptions.builder(dir, Map.of()).files(List.of(composeFile.toString()))
                .build()).project();
        engine.ensureBusybox();
        web = create("web", List.of("sleep", "3600"), true);
        job = create("job", List.of("sh", "-c", "exit 3"), false);
        engine.await(engine.client().containers().start(job));
        engine.await(engine.client().containers().waitFor(job, "not-running"));
        engine.await(engine.client().containers().start(web));
    }

    /** Removes every container of the test project, whatever the test did or failed to do. */
    @AfterEach
    void removeProject() {
        for (ContainerSummary c : engine.await(engine.client().containers().listByLabels(true,
                List.of("com.docker.compose.project=" + project)))) {
            engine.await(engine.client().containers().remove(c.id(), true, true));
        }
    }

    private String create(String service, List<String> command, boolean published) {
        String imageId = engine.await(engine.client().images().inspect(TestEngine.BUSYBOX)).id();
        ContainerLabels labels = new ContainerLabels(project, composeFile.getParent(), List.of(composeFile), List.of(),
                "test");
        Map<String, String> all = new HashMap<>(labels.service(model.service(service).orElseThrow(), 1, imageId,
                Optional.empty()));
        all.putAll(engine.labels(Map.of()));
        ContainerCreateBody body = ContainerCreateBody.image(TestEngine.BUSYBOX).cmd(command).labels(all)
                .stopSignal("SIGKILL");
        if (published) {
            body = body.exposedPorts(List.of("80/tcp")).hostConfig(Map.of("PortBindings",
                    Map.of("80/tcp", List.of(Map.of("HostIp", "127.0.0.1", "HostPort", Integer.toString(port))))));
        }
        String name = ContainerNames.standard().service(project, model.service(service).orElseThrow(), 1);
        return engine.await(engine.client().containers().create(name, body));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    private CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of("-p", project));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    private ContainerInspect inspect(String id) {
        return engine.await(engine.client().containers().inspect(id));
    }

    @Test
    void psPrintsComposesTableOfRunningContainers() {
        CliRun ps = run("ps");

        assertThat(ps.exitCode()).as(ps.err()).isZero();
        List<String> lines = ps.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches("NAME +IMAGE +COMMAND +SERVICE +CREATED +STATUS +PORTS");
        assertThat(lines.get(1)).matches(project + "-web-1 +busybox:latest +\"sleep 3600\" +web +"
                + "(Less than a second|\\d+ seconds?) ago +Up .* +127\\.0\\.0\\.1:" + port + "->80/tcp");
        // columns line up under their titles
        assertThat(lines.get(1).indexOf("busybox")).isEqualTo(lines.get(0).indexOf("IMAGE"));
        assertThat(lines.get(1).indexOf("127.0.0.1")).isEqualTo(lines.get(0).indexOf("PORTS"));
    }

    @Test
    void psAllQuietServicesAndStatusFilters() {
        assertThat(run("ps", "-a").out()).contains(project + "-job-1").containsPattern("Exited \\(3\\) .*ago");
        assertThat(run("ps", "-q").out()).isEqualTo(web + "\n");
        assertThat(run("ps", "-a", "-q").out().lines()).containsExactly(job, web);
        assertThat(run("ps", "-a", "--services").out()).isEqualTo("job\nweb\n");
        assertThat(run("ps", "--status", "exited", "-q").out()).isEqualTo(job + "\n");
        assertThat(run("ps", "--status", "exited", "--status", "running", "-q").out().lines()).containsExactly(job, web);
        assertThat(run("ps", "--filter", "status=running", "-q").out()).isEqualTo(web + "\n");
        assertThat(run("ps", "-a", "-q", "job").out()).isEqualTo(job + "\n");
        CliRun badFilter = run("ps", "--filter", "name=x");
        assertThat(badFilter.exitCode()).isEqualTo(1);
        assertThat(badFilter.err()).contains("unknown filter name");
    }

    @Test
    void psJsonHasComposesFieldsOnePerLine() throws IOException {
        CliRun ps = run("ps", "-a", "--format", "json");

        List<String> lines = ps.out().lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode jobJson = JSON.readTree(lines.get(0));
        JsonNode webJson = JSON.readTree(lines.get(1));
        List<String> fields = new ArrayList<>();
        webJson.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("Command", "CreatedAt", "ExitCode", "Health", "ID", "Image", "Labels",
                "LocalVolumes", "Mounts", "Name", "Names", "Networks", "Ports", "Project", "Publishers", "RunningFor",
                "Service", "Size", "State", "Status");
        assertThat(webJson.path("Name").asText()).isEqualTo(project + "-web-1");
        assertThat(webJson.path("ID").asText()).isEqualTo(web.substring(0, 12));
        assertThat(webJson.path("Command").asText()).isEqualTo("\"sleep 3600\"");
        assertThat(webJson.path("Project").asText()).isEqualTo(project);
        assertThat(webJson.path("Service").asText()).isEqualTo("web");
        assertThat(webJson.path("State").asText()).isEqualTo("running");
        assertThat(webJson.path("Status").asText()).startsWith("Up ");
        assertThat(webJson.path("Ports").asText()).isEqualTo("127.0.0.1:" + port + "->80/tcp");
        assertThat(webJson.path("Networks").asText()).isEqualTo("bridge");
        assertThat(webJson.path("Labels").asText()).contains("com.docker.compose.project=" + project);
        JsonNode publisher = webJson.path("Publishers").get(0);
        assertThat(publisher.path("URL").asText()).isEqualTo("127.0.0.1");
        assertThat(publisher.path("TargetPort").asInt()).isEqualTo(80);
        assertThat(publisher.path("PublishedPort").asInt()).isEqualTo(port);
        assertThat(publisher.path("Protocol").asText()).isEqualTo("tcp");
        assertThat(jobJson.path("ExitCode").asInt()).isEqualTo(3);
        assertThat(jobJson.path("State").asText()).isEqualTo("exited");
        assertThat(jobJson.path("Publishers").isArray()).isTrue();
        assertThat(jobJson.path("Publishers").isEmpty()).isTrue();

        assertThat(run("ps", "-a", "--format", "{{.Service}}:{{.State}}").out()).isEqualTo("job:exited\nweb:running\n");
        assertThat(run("ps", "--format", "table {{.Name}}\\t{{.State}}").out())
                .matches("NAME +STATE\n" + project + "-web-1 +running\n");
        assertThat(run("ps", "--no-trunc", "--format", "{{.ID}}").out()).isEqualTo(web + "\n");
    }

    @Test
    void psWithTheComposeFileChecksServiceNames() {
        CliRun ps = CliRun.of("-f", composeFile.toString(), "ps", "-q");
        assertThat(ps.exitCode()).as(ps.err()).isZero();
        assertThat(ps.out()).isEqualTo(web + "\n");

        CliRun unknown = CliRun.of("-f", composeFile.toString(), "ps", "nosuch");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("no such service: nosuch");
    }

    @Test
    void lsAggregatesStatesPerProject() throws IOException {
        CliRun all = CliRun.of("ls", "-a", "--filter", "name=" + project);
        assertThat(all.exitCode()).as(all.err()).isZero();
        assertThat(all.out()).matches("NAME +STATUS +CONFIG FILES\n" + project + " +exited\\(1\\), running\\(1\\) +"
                + composeFile.toAbsolutePath() + "\n");

        JsonNode running = JSON.readTree(CliRun.of("ls", "--format", "json", "--filter", "name=" + project).out());
        assertThat(running.size()).isEqualTo(1);
        assertThat(running.get(0).path("Name").asText()).isEqualTo(project);
        assertThat(running.get(0).path("Status").asText()).isEqualTo("running(1)");
        assertThat(running.get(0).path("ConfigFiles").asText()).isEqualTo(composeFile.toAbsolutePath().toString());

        assertThat(CliRun.of("ls", "-q").out().lines()).contains(project);
    }

    @Test
    void topShowsTheProcessesPerService() {
        CliRun top = run("top");

        assertThat(top.exitCode()).as(top.err()).isZero();
        List<String> lines = top.out().lines().toList();
        assertThat(lines.get(0)).startsWith("SERVICE  #   ").endsWith("CMD").contains("PID");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("web      1   ").endsWith("sleep 3600"));
    }

    @Test
    void portPrintsTheHostAddress() {
        assertThat(run("port", "web", "80").out()).isEqualTo("127.0.0.1:" + port + "\n");

        CliRun missing = run("port", "web", "81");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("no port 81/tcp for container " + project + "-web-1: " + port + "/tcp");
        CliRun noReplica = run("port", "--index", "2", "web", "80");
        assertThat(noReplica.err()).contains("no container found for web-2");
    }

    @Test
    void imagesListsEachContainersImage() throws IOException {
        String imageId = engine.await(engine.client().images().inspect(TestEngine.BUSYBOX)).id();
        String shortId = imageId.substring("sha256:".length(), "sha256:".length() + 12);

        CliRun images = run("images");
        assertThat(images.exitCode()).as(images.err()).isZero();
        assertThat(images.out()).matches("CONTAINER +REPOSITORY +TAG +IMAGE ID +SIZE\n"
                + project + "-job-1 +busybox +latest +" + shortId + " +[0-9.]+[kM]?B\n"
                + project + "-web-1 +busybox +latest +" + shortId + " +[0-9.]+[kM]?B\n");
        assertThat(run("images", "-q").out()).isEqualTo(imageId.substring("sha256:".length()) + "\n");
        JsonNode json = JSON.readTree(run("images", "--format", "json").out());
        assertThat(json.get(0).path("ContainerName").asText()).isEqualTo(project + "-job-1");
        assertThat(json.get(0).path("ID").asText()).isEqualTo(imageId);
    }

    @Test
    void pauseAndUnpause() {
        CliRun pause = run("pause");
        assertThat(pause.exitCode()).as(pause.err()).isZero();
        assertThat(pause.err()).contains("Container " + project + "-web-1  Paused");
        assertThat(inspect(web).state().paused()).isTrue();
        assertThat(run("ps", "--status", "paused", "-q").out()).isEqualTo(web + "\n");

        CliRun unpause = run("unpause", "web");
        assertThat(unpause.exitCode()).as(unpause.err()).isZero();
        assertThat(inspect(web).state().paused()).isFalse();
        assertThat(inspect(web).state().running()).isTrue();
    }

    @Test
    void killSendsTheSignal() {
        String sig = create("sig", List.of("sh", "-c", "trap 'exit 7' HUP; while :; do sleep 1; done"), false);
        engine.await(engine.client().containers().start(sig));

        CliRun hup = run("kill", "-s", "SIGHUP", "sig");
        assertThat(hup.exitCode()).as(hup.err()).isZero();
        assertThat(engine.await(engine.client().containers().waitFor(sig, "not-running")).statusCode()).isEqualTo(7);
        assertThat(inspect(web).state().running()).isTrue();

        CliRun dryRun = CliRun.of("--dry-run", "-p", project, "kill", "web");
        assertThat(dryRun.err()).contains("DRY-RUN MODE -  Container " + project + "-web-1  Killed");
        assertThat(inspect(web).state().running()).isTrue();

        CliRun kill = run("kill");
        assertThat(kill.exitCode()).as(kill.err()).isZero();
        assertThat(kill.err()).contains("Container " + project + "-web-1  Killed");
        ContainerInspect killed = inspect(web);
        assertThat(killed.state().running()).isFalse();
        assertThat(killed.state().exitCode()).isEqualTo(137);

        assertThat(run("kill").err()).contains("no container to kill");
    }

    @Test
    void killRemovesOrphansWhenTheComposeFileIsGiven() {
        String imageId = engine.await(engine.client().images().inspect(TestEngine.BUSYBOX)).id();
        Map<String, String> labels = new HashMap<>(new ContainerLabels(project, composeFile.getParent(),
                List.of(composeFile), List.of(), "test").service(model.service("sig").orElseThrow(), 1, imageId,
                Optional.empty()));
        labels.put("com.docker.compose.service", "ghost");
        labels.putAll(engine.labels(Map.of()));
        String ghost = engine.await(engine.client().containers().create(project + "-ghost-1",
                ContainerCreateBody.image(TestEngine.BUSYBOX).cmd(List.of("sleep", "3600")).labels(labels)));
        engine.await(engine.client().containers().start(ghost));

        CliRun kill = CliRun.of("-f", composeFile.toString(), "kill", "--remove-orphans");

        assertThat(kill.exitCode()).as(kill.err()).isZero();
        assertThat(kill.err()).contains("Container " + project + "-ghost-1  Removed")
                .contains("Container " + project + "-web-1  Killed");
        assertThat(engine.await(engine.client().containers().listByLabels(true,
                List.of("com.docker.compose.project=" + project, "com.docker.compose.service=ghost")))).isEmpty();
        assertThat(inspect(web).state().running()).isFalse();
    }

    @Test
    void rmAsksAndRemovesOnlyStoppedContainers() {
        CliRun declined = run("rm");
        assertThat(declined.exitCode()).isZero();
        assertThat(declined.out()).isEqualTo("Going to remove " + project + "-job-1");
        assertThat(engine.await(engine.client().containers().listByLabels(true,
                List.of("com.docker.compose.project=" + project)))).hasSize(2);

        List<String> args = List.of("-p", project, "rm");
        CliRun accepted = CliRun.withInput("y\n", args.toArray(String[]::new));
        assertThat(accepted.exitCode()).as(accepted.err()).isZero();
        assertThat(accepted.err()).contains("Container " + project + "-job-1  Removed");
        assertThat(run("ps", "-a", "-q").out()).isEqualTo(web + "\n");

        assertThat(run("rm", "-f").err()).contains("No stopped containers");
    }

    @Test
    void rmStopForceAndVolumes() {
        String withVolume = createWithAnonymousVolume();
        String volume = inspect(withVolume).mounts().get(0).name();

        CliRun rm = run("rm", "-s", "-f", "-v");

        assertThat(rm.exitCode()).as(rm.err()).isZero();
        assertThat(rm.out()).startsWith("Going to remove ").contains(project + "-web-1").contains(project + "-job-1");
        assertThat(engine.await(engine.client().containers().listByLabels(true,
                List.of("com.docker.compose.project=" + project)))).isEmpty();
        assertThat(engine.await(engine.client().volumes().list(Map.of("name", List.of(volume)))))
                .noneMatch(v -> v.name().equals(volume));
    }

    /** A stopped {@code sig-1} with an anonymous volume at /data, removed by {@code rm -v}. */
    private String createWithAnonymousVolume() {
        String imageId = engine.await(engine.client().images().inspect(TestEngine.BUSYBOX)).id();
        ContainerLabels labels = new ContainerLabels(project, composeFile.getParent(), List.of(composeFile), List.of(),
                "test");
        Map<String, String> all = new HashMap<>(labels.service(model.service("sig").orElseThrow(), 1, imageId,
                Optional.empty()));
        all.putAll(engine.labels(Map.of()));
        return engine.await(engine.client().containers().create(project + "-sig-1",
                ContainerCreateBody.image(TestEngine.BUSYBOX).cmd(List.of("true")).labels(all)
                        .with("Volumes", Map.of("/data", Map.of()))));
    }
}
