package io.jcompose.engine.container;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.jcompose.engine.transport.ApiVersion;
import io.jcompose.spec.load.LoadOptions;
import io.jcompose.spec.load.ProjectLoader;
import io.jcompose.spec.model.Project;
import io.jcompose.spec.model.ServiceConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A Compose file loaded through the real loader (project {@code demo}), and the create calls made from it. */
final class ServiceFixture {

    static final ApiVersion API_1_41 = new ApiVersion(1, 41);
    static final ApiVersion API_1_44 = new ApiVersion(1, 44);

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    final Path root;
    final Project project;

    private ServiceFixture(Path root, Project project) {
        this.root = root;
        this.project = project;
    }

    static ServiceFixture load(Path root, String composeYaml) {
        return load(root, composeYaml, Map.of());
    }

    static ServiceFixture load(Path root, String composeYaml, Map<String, String> environment) {
        try {
            Files.writeString(root.resolve("compose.yaml"), composeYaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LoadOptions options = LoadOptions.builder(root, environment).projectName(Optional.of("demo"))
                .stdin(() -> "").build();
        return new ServiceFixture(root, ProjectLoader.load(options).project());
    }

    ServiceConfig service(String name) {
        return project.service(name).orElseThrow();
    }

    /** Engine network names for every network key, as the network planner would give them. */
    Map<String, String> networkNames() {
        Map<String, String> names = new LinkedHashMap<>();
        project.networks().forEach((key, network) -> names.put(key, network.name().orElse("demo_" + key)));
        return names;
    }

    /**
     * The context of replica 1 of {@code service}, without labels (their own test covers them); every service's
     * container id is {@code <service>-container-id}.
     */
    CreateContext context(String service, ApiVersion api) {
        Map<String, String> containers = new LinkedHashMap<>();
        project.serviceNames().forEach(name -> containers.put(name, name + "-container-id"));
        return CreateContext.of("demo-" + service + "-1", "busybox:latest", Map.of(), api, networkNames(), root)
                .withServiceContainers(containers);
    }

    ContainerCreateRequest request(String service) {
        return request(service, API_1_41);
    }

    ContainerCreateRequest request(String service, ApiVersion api) {
        return ContainerCreate.request(service(service), context(service, api));
    }

    /** The create body as pretty JSON with sorted keys. */
    static String json(ContainerCreateRequest request) {
        return write(request.body().toJson());
    }

    /** The request as a whole: name, platform, body and the connects after create. */
    static String wholeJson(ContainerCreateRequest request) {
        Map<String, Object> whole = new TreeMap<>();
        whole.put("name", request.name());
        whole.put("platform", request.platform().orElse(""));
        whole.put("body", request.body().toJson());
        whole.put("connects", request.connects().stream()
                .map(c -> Map.of("network", c.network(), "endpoint", c.endpointConfig())).toList());
        return write(whole);
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value).replace("\r\n", "\n") + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
