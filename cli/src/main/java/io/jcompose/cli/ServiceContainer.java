package io.jcompose.cli;

import io.jcompose.engine.EngineClient;
import io.jcompose.engine.api.ContainerSummary;
import io.jcompose.spec.labels.ComposeLabels;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The one container of a service a command works in ({@code exec}, {@code attach}, {@code cp --index}):
 * docker compose's getSpecifiedContainer, failing with its messages.
 */
final class ServiceContainer {

    private ServiceContainer() {
    }

    /**
     * The container numbered {@code index}, or with index 0 the lowest-numbered one (a service container
     * before a one-off of the same number).
     *
     * @param all stopped containers too
     * @param oneOffs {@code run} containers too
     */
    static ContainerSummary find(EngineClient engine, String project, String service, int index, boolean all,
            boolean oneOffs) {
        List<String> labels = new ArrayList<>(List.of(ComposeLabels.PROJECT + "=" + project,
                ComposeLabels.SERVICE + "=" + service, ComposeLabels.CONFIG_HASH));
        if (!oneOffs) {
            labels.add(ComposeLabels.ONEOFF + "=" + ComposeLabels.ONEOFF_FALSE);
        }
        if (index > 0) {
            labels.add(ComposeLabels.CONTAINER_NUMBER + "=" + index);
        }
        List<ContainerSummary> found = new ArrayList<>(engine.await(engine.containers().listByLabels(all, labels)));
        found.removeIf(c -> !project.equals(c.labels().get(ComposeLabels.PROJECT)));
        if (found.isEmpty()) {
            throw new IllegalArgumentException(index > 0
                    ? "service \"" + service + "\" is not running container #" + index
                    : "service \"" + service + "\" is not running");
        }
        found.sort(Comparator.comparingInt(ProjectScope::number)
                .thenComparing(c -> ComposeLabels.ONEOFF_TRUE.equals(c.labels().get(ComposeLabels.ONEOFF))));
        return found.get(0);
    }
}
