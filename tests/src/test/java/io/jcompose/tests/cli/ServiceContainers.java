package io.jcompose.tests.cli;

import io.jcompose.engine.api.ContainerCreateBody;
import io.jcompose.engine.api.ContainerSummary;
import io.jcompose.engine.container.ContainerLabels;
import io.jcompose.engine.container.ContainerNames;
import io.jcompose.spec.load.LoadOptions;
import io.jcompose.spec.load.ProjectLoader;
import io.jcompose.spec.model.Project;
import io.jcompose.tests.support.TestEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A test project's service containers made directly through the engine with compose's labels and names
 * (no {@code up}), and removed by project label whatever the test did.
 */
final class ServiceContainers {

    private final TestEngine engine;
    private final String project;
    private final Path composeFile;
    private final Project model;

    ServiceContainers(TestEngine engine, String project, Path directory, List<String> services) throws IOException {
        this.engine = engine;
        this.project = project;
        this.composeFile = directory.resolve("compose.yaml");
        StringBuilder yaml = new StringBuilder("name: " + project + "\nservices:\n");
        services.forEach(s -> yaml.append("  ").append(s).append(":\n    image: busybox:latest\n"));
        Files.writeString(composeFile, yaml);
        this.model = ProjectLoader.load(LoadOptions.builder(directory, Map.of())
                .files(List.of(composeFile.toString())).build()).project();
        engine.ensureBusybox();
    }

    /** Creates and starts replica {@code number} of {@code service} running {@code command}. */
    String start(String service, int number, List<String> command, UnaryOperator<ContainerCreateBody> extra) {
        String imageId = engine.await(engine.client().images().inspect(TestEngine.BUSYBOX)).id();
        ContainerLabels labels = new ContainerLabels(project, composeFile.getParent(), List.of(composeFile),
                List.of(), "test");
        Map<String, String> all = new HashMap<>(labels.service(model.service(service).orElseThrow(), number, imageId,
                Optional.empty()));
        all.putAll(engine.labels(Map.of()));
        ContainerCreateBody body = extra.apply(ContainerCreateBody.image(TestEngine.BUSYBOX).cmd(command).labels(all)
                .stopSignal("SIGKILL"));
        String name = ContainerNames.standard().service(project, model.service(service).orElseThrow(), number);
        String id = engine.await(engine.client().containers().create(name, body));
        engine.await(engine.client().containers().start(id));
        return id;
    }

    void removeAll() {
        for (ContainerSummary c : engine.await(engine.client().containers().listByLabels(true,
                List.of("com.docker.compose.project=" + project)))) {
            engine.await(engine.client().containers().remove(c.id(), true, true));
        }
    }
}
