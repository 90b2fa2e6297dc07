package io.jcompose.cli;

import io.jcompose.spec.graph.DependencyGraph;
import io.jcompose.spec.model.Project;
import io.jcompose.spec.model.ServiceConfig;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The services whose output attached {@code up} streams (reference 3.16): those named with {@code --attach},
 * else the targeted services whose {@code attach} is not false; with {@code --attach-dependencies} also their
 * dependencies (again unless {@code attach: false}); less {@code --no-attach}. The service of
 * {@code --exit-code-from} is always watched, since its exit decides the exit code.
 */
final class AttachSelection {

    private AttachSelection() {
    }

    /**
     * @param targets the services {@code up} was asked for (all when none were named)
     * @throws IllegalArgumentException naming a service of {@code --attach} or {@code --exit-code-from} that the
     *     project does not have
     */
    static Set<String> of(Project project, Set<String> targets, List<String> attach, List<String> noAttach,
                          boolean dependencies, Optional<String> exitCodeFrom) {
        attach.forEach(name -> require(project, name));
        exitCodeFrom.ifPresent(name -> require(project, name));
        Set<String> selected = new TreeSet<>();
        if (attach.isEmpty()) {
            targets.stream().filter(name -> attachable(project, name)).forEach(selected::add);
        } else {
            selected.addAll(attach);
        }
        if (dependencies) {
            DependencyGraph.of(project).withDependencies(Set.copyOf(selected)).stream()
                    .filter(name -> attachable(project, name)).forEach(selected::add);
        }
        noAttach.forEach(selected::remove);
        exitCodeFrom.ifPresent(selected::add);
        return selected;
    }

    private static boolean attachable(Project project, String name) {
        return Optional.ofNullable(project.services().get(name)).flatMap(ServiceConfig::attach).orElse(true);
    }

    private static void require(Project project, String name) {
        if (!project.services().containsKey(name)) {
            throw new IllegalArgumentException("no such service: " + name);
        }
    }
}
