package io.jcompose.cli;

import io.jcompose.engine.EngineClient;
import io.jcompose.engine.api.ContainerSummary;
import io.jcompose.spec.ComposeException;
import io.jcompose.spec.labels.ComposeLabels;
import io.jcompose.spec.load.LoadedProject;
import io.jcompose.spec.load.ProjectLoader;
import io.jcompose.spec.load.ProjectNames;
import io.jcompose.spec.model.Project;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The project a label-only command ({@code ps}, {@code kill}, {@code rm}, {@code top}, {@code logs}...) works on:
 * its name, and the loaded model when one was needed to find the name or was asked for with {@code -f}.
 * As docker compose does, {@code -p NAME} without {@code -f} skips the loader entirely, and a missing
 * Compose file falls back to {@code COMPOSE_PROJECT_NAME}. Only containers carrying this project's label
 * are ever returned.
 */
public record ProjectScope(String name, Optional<Project> project) {

    public ProjectScope {
        name = ProjectNames.validate(name);
    }

    /**
     * docker compose's {@code projectOrName}: the model is loaded when {@code -f} is given or {@code -p} is
     * not; a load failure falls back to {@code COMPOSE_PROJECT_NAME} when set.
     */
    public static ProjectScope resolve(GlobalOptions global, PrintWriter err) {
        if (global.projectName != null && global.files.isEmpty()) {
            return new ProjectScope(global.projectName, Optional.empty());
        }
        try {
            LoadedProject loaded = ProjectLoader.load(ProjectOptions.of(global).build());
            loaded.model().warnings().forEach(w -> err.println("WARN[0000] " + w));
            err.flush();
            return new ProjectScope(loaded.project().name(), Optional.of(loaded.project()));
        } catch (ComposeException failure) {
            String fromEnvironment = System.getenv("COMPOSE_PROJECT_NAME");
            if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
                return new ProjectScope(fromEnvironment, Optional.empty());
            }
            throw failure;
        }
    }

    /**
     * docker compose's {@code toProjectName}, for commands that never need the model ({@code top},
     * {@code port}, {@code images}): {@code -p}, then {@code COMPOSE_PROJECT_NAME}, then the loaded project's name.
     */
    public static ProjectScope nameOnly(GlobalOptions global, PrintWriter err) {
        if (global.projectName != null) {
            return new ProjectScope(global.projectName, Optional.empty());
        }
        String fromEnvironment = System.getenv("COMPOSE_PROJECT_NAME");
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return new ProjectScope(fromEnvironment, Optional.empty());
        }
        return resolve(global, err);
    }

    /** Fails with compose's "no such service: x" when a model is loaded and does not declare a named service. */
    public void requireServices(List<String> services) {
        project.ifPresent(p -> {
            for (String service : services) {
                if (!p.services().containsKey(service) && !p.disabledServices().containsKey(service)) {
                    throw new IllegalArgumentException("no such service: " + service);
                }
            }
        });
    }

    /**
     * The project's containers (reference 3.4: project and config-hash labels), sorted by name.
     *
     * @param all stopped ones too
     * @param oneOffs {@code run} containers too
     * @param services only these services; empty means every service
     */
    public List<ContainerSummary> containers(EngineClient engine, boolean all, boolean oneOffs, List<String> services) {
        List<String> labels = new ArrayList<>(List.of(ComposeLabels.PROJECT + "=" + name, ComposeLabels.CONFIG_HASH));
        if (!oneOffs) {
            labels.add(ComposeLabels.ONEOFF + "=" + ComposeLabels.ONEOFF_FALSE);
        }
        if (services.size() == 1) {
            labels.add(ComposeLabels.SERVICE + "=" + services.get(0));
        }
        List<ContainerSummary> found = new ArrayList<>(engine.await(engine.containers().listByLabels(all, labels)));
        found.removeIf(c -> !services.isEmpty() && !services.contains(service(c)));
        // the engine filtered by label already; checking again keeps a stray answer from touching another project
        found.removeIf(c -> !name.equals(c.labels().get(ComposeLabels.PROJECT)));
        found.sort(Comparator.comparing(ContainerSummary::name));
        return found;
    }

    public static String service(ContainerSummary container) {
        return container.labels().getOrDefault(ComposeLabels.SERVICE, "");
    }

    /** The replica number, 0 for a one-off container. */
    public static int number(ContainerSummary container) {
        Map<String, String> labels = container.labels();
        try {
            return Integer.parseInt(labels.getOrDefault(ComposeLabels.CONTAINER_NUMBER, "0"));
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }
}
