package io.jcompose.tests.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jcompose.engine.EngineException;
import io.jcompose.engine.api.ContainerSummary;
import io.jcompose.engine.container.ContainerCreate;
import io.jcompose.engine.container.ContainerCreateRequest;
import io.jcompose.engine.container.ContainerLabels;
import io.jcompose.engine.container.ContainerNames;
import io.jcompose.engine.container.CreateContext;
import io.jcompose.spec.labels.ComposeLabels;
import io.jcompose.spec.load.LoadOptions;
import io.jcompose.spec.load.ProjectLoader;
import io.jcompose.spec.model.Project;
import io.jcompose.spec.model.ServiceConfig;
import io.jcompose.spec.output.ConfigHash;
import io.jcompose.tests.support.RequiresEngine;
import io.jcompose.tests.support.TestEngine;
import java.io.IOException;
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

/** A rich service created through the real engine with jcompose's create body, then read back by inspect. */
@RequiresEngine
class ContainerCreateIT {

    @TempDir
    Path dir;

    private TestEngine engine;
    private String project;

    @BeforeEach
    void setUp(TestEngine shared) {
        engine = shared;
        project = engine.uniqueName("create");
    }

    /** Removes every container of the project, found by its compose label, whatever the test got to. */
    @AfterEach
    void removeByLabel() {
        List<ContainerSummary> containers = engine.await(engine.client().containers()
                .listByLabels(true, List.of(ComposeLabels.PROJECT + "=" + project)));
        for (ContainerSummary container : containers) {
            try {
                engine.await(engine.client().containers().remove(container.id(), true, true));
            } catch (EngineException e) {
                if (!e.isNotFound()) {
                    throw e;
                }
            }
        }
    }

    @Test
    void theEngineKeepsWhatTheServiceAskedFor() throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), """
                services:
                  web:
                    image: busybox:latest
                    command: ["sleep", "300"]
                    environment:
                      GREETING: hello world
                      EMPTY: ""
                    healthcheck:
                      test: ["CMD", "true"]
                      interval: 1m30s
                      timeout: 500ms
                      retries: 4
                      start_period: 2s
                    restart: on-failure:2
                    ports:
                      - "127.0.0.1::8080"
                      - "127.0.0.1::53/udp"
                    tmpfs:
                      - /scratch:size=8m,mode=1777
                    ulimits:
                      nofile: {soft: 1024, hard: 2048}
                      nproc: 512
                    labels:
                      com.example.tier: web
                    cap_add: [NET_ADMIN]
                    stop_grace_period: 1m30.9s
                    extra_hosts:
                      - "somehost:162.242.195.82"
                      - "otherhost=10.0.0.7"
                    network_mode: bridge
                """);
        engine.ensureBusybox();
        Project loaded = ProjectLoader.load(LoadOptions.builder(dir, Map.of()).projectName(Optional.of(project))
                .stdin(() -> "").build()).project();
        ServiceConfig web = loaded.service("web").orElseThrow();
        String imageId = engine.await(engine.client().images().inspect(TestEngine.BUSYBOX)).id();

        Map<String, String> labels = new HashMap<>(new ContainerLabels(project, dir,
                List.of(dir.resolve("compose.yaml")), List.of(), "0.1.0-it").service(web, 1, imageId, Optional.empty()));
        labels.putAll(engine.labels(Map.of()));
        String name = ContainerNames.standard().service(project, web, 1);
        ContainerCreateRequest request = ContainerCreate.request(web, CreateContext.of(name, TestEngine.BUSYBOX,
                labels, engine.client().apiVersion(), Map.of(), dir));
        String id = engine.await(engine.client().containers().create(request.name(), request.platform(),
                request.body()));
        engine.await(engine.client().containers().start(id));

        JsonNode inspect = engine.await(engine.client().containers().inspectJson(id));
        assertThat(inspect.path("Name").asText()).isEqualTo("/" + project + "-web-1");
        assertThat(inspect.path("State").path("Running").asBoolean()).isTrue();
        JsonNode config = inspect.path("Config");
        JsonNode host = inspect.path("HostConfig");

        assertThat(strings(config.path("Env"))).contains("EMPTY=", "GREETING=hello world");
        assertThat(strings(config.path("Cmd"))).containsExactly("sleep", "300");
        JsonNode health = config.path("Healthcheck");
        assertThat(strings(health.path("Test"))).containsExactly("CMD", "true");
        assertThat(health.path("Interval").asLong()).isEqualTo(90_000_000_000L);
        assertThat(health.path("Timeout").asLong()).isEqualTo(500_000_000L);
        assertThat(health.path("StartPeriod").asLong()).isEqualTo(2_000_000_000L);
        assertThat(health.path("Retries").asInt()).isEqualTo(4);
        assertThat(host.path("RestartPolicy").path("Name").asText()).isEqualTo("on-failure");
        assertThat(host.path("RestartPolicy").path("MaximumRetryCount").asInt()).isEqualTo(2);

        assertThat(fieldNames(host.path("PortBindings"))).containsExactlyInAnyOrder("8080/tcp", "53/udp");
        for (JsonNode bindings : host.path("PortBindings")) {
            assertThat(bindings).hasSize(1);
            assertThat(bindings.get(0).path("HostIp").asText()).isEqualTo("127.0.0.1");
        }
        assertThat(inspect.path("NetworkSettings").path("Ports").path("8080/tcp").get(0).path("HostIp").asText())
                .isEqualTo("127.0.0.1");

        assertThat(host.path("Tmpfs").path("/scratch").asText()).isEqualTo("size=8m,mode=1777");
        Map<String, String> ulimits = new HashMap<>();
        host.path("Ulimits").forEach(u -> ulimits.put(u.path("Name").asText(),
                u.path("Soft").asLong() + "/" + u.path("Hard").asLong()));
        assertThat(ulimits).containsExactlyInAnyOrderEntriesOf(Map.of("nofile", "1024/2048", "nproc", "512/512"));
        assertThat(strings(host.path("CapAdd"))).containsExactly("NET_ADMIN");
        assertThat(config.path("StopTimeout").asInt()).isEqualTo(90);
        assertThat(strings(host.path("ExtraHosts")))
                .containsExactlyInAnyOrder("somehost:162.242.195.82", "otherhost:10.0.0.7");

        JsonNode actualLabels = config.path("Labels");
        assertThat(actualLabels.path("com.example.tier").asText()).isEqualTo("web");
        assertThat(actualLabels.path(ComposeLabels.PROJECT).asText()).isEqualTo(project);
        assertThat(actualLabels.path(ComposeLabels.SERVICE).asText()).isEqualTo("web");
        assertThat(actualLabels.path(ComposeLabels.CONTAINER_NUMBER).asText()).isEqualTo("1");
        assertThat(actualLabels.path(ComposeLabels.ONEOFF).asText()).isEqualTo("False");
        assertThat(actualLabels.path(ComposeLabels.CONFIG_HASH).asText()).isEqualTo(ConfigHash.of(web));
        assertThat(actualLabels.path(ComposeLabels.IMAGE).asText()).isEqualTo(imageId);
        assertThat(actualLabels.path(ComposeLabels.DEPENDS_ON).asText()).isEmpty();
        assertThat(actualLabels.path(ComposeLabels.CONFIG_FILES).asText())
                .isEqualTo(dir.toAbsolutePath().resolve("compose.yaml").toString());
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(item -> out.add(item.asText()));
        return out;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
