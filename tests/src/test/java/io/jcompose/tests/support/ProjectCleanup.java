package io.jcompose.tests.support;

import io.jcompose.engine.EngineClient;
import io.jcompose.engine.EngineException;
import io.jcompose.engine.api.ContainerSummary;
import io.jcompose.engine.api.NetworkInspect;
import io.jcompose.engine.api.Volume;
import io.jcompose.spec.labels.ComposeLabels;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Removes everything that carries a project's label: containers, then networks, then volumes. */
public final class ProjectCleanup {

    private ProjectCleanup() {
    }

    /**
     * As {@link #remove(TestEngine, String)}, then {@code anonymousVolumes}: they carry no label, and a plain
     * {@code down} (or a recreate with {@code -V}) leaves them behind, as docker compose does.
     */
    public static void remove(TestEngine engine, String project, Collection<String> anonymousVolumes) {
        remove(engine, project);
        for (String volume : anonymousVolumes) {
            ignoreMissing(() -> engine.await(engine.client().volumes().remove(volume, true)));
        }
    }

    public static void remove(TestEngine engine, String project) {
        EngineClient client = engine.client();
        Map<String, List<String>> filter = Map.of("label", List.of(ComposeLabels.PROJECT + "=" + project));
        for (ContainerSummary container : engine.await(client.containers().list(true, filter))) {
            ignoreMissing(() -> engine.await(client.containers().remove(container.id(), true, true)));
        }
        for (NetworkInspect network : engine.await(client.networks().list(filter))) {
            ignoreMissing(() -> engine.await(client.networks().remove(network.id())));
        }
        for (Volume volume : engine.await(client.volumes().list(filter))) {
            ignoreMissing(() -> engine.await(client.volumes().remove(volume.name(), true)));
        }
    }

    private static void ignoreMissing(Runnable removal) {
        try {
            removal.run();
        } catch (EngineException e) {
            if (!e.isNotFound()) {
                throw e;
            }
        }
    }
}
