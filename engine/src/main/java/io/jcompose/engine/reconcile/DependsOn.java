package io.jcompose.engine.reconcile;

import io.jcompose.spec.labels.ComposeLabels;
import io.jcompose.spec.model.Project;
import io.jcompose.spec.model.ServiceConfig;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * One {@code depends_on} edge, from the model or, for commands run with {@code -p NAME} and no compose file,
 * from the {@code com.docker.compose.depends_on} label ({@code db:service_healthy:false,...}).
 */
public record DependsOn(String service, String condition, boolean restart, boolean required) {

    public DependsOn {
        Objects.requireNonNull(service);
        Objects.requireNonNull(condition);
    }

    /** Every enabled service's dependencies on enabled services. */
    public static Map<String, List<DependsOn>> of(Project project) {
        Map<String, List<DependsOn>> out = new TreeMap<>();
        for (ServiceConfig service : project.services().values()) {
            List<DependsOn> edges = new ArrayList<>();
            service.dependsOn().forEach((name, dependency) -> {
                if (project.services().containsKey(name)) {
                    edges.add(new DependsOn(name, dependency.condition().orElse(Gate.STARTED), dependency.restart(),
                            dependency.required()));
                }
            });
            out.put(service.name(), List.copyOf(edges));
        }
        return out;
    }

    /** The edges the project's containers carry in their labels. */
    public static Map<String, List<DependsOn>> fromLabels(Collection<ObservedContainer> containers) {
        Map<String, List<DependsOn>> out = new TreeMap<>();
        for (ObservedContainer container : containers) {
            if (container.oneOff() || out.containsKey(container.service())) {
                continue;
            }
            List<DependsOn> edges = new ArrayList<>();
            String label = container.labels().getOrDefault(ComposeLabels.DEPENDS_ON, "");
            for (String entry : label.split(",")) {
                String[] parts = entry.split(":");
                if (!parts[0].isBlank()) {
                    edges.add(new DependsOn(parts[0], parts.length > 1 ? parts[1] : Gate.STARTED,
                            parts.length > 2 && Boolean.parseBoolean(parts[2]), true));
                }
            }
            out.put(container.service(), List.copyOf(edges));
        }
        return out;
    }

    /**
     * Per service, the services that depend on it directly, in the graph's order: worked out once, so that a
     * plan over many services does not search every edge list for each of them.
     */
    public static Map<String, Set<String>> dependants(Map<String, List<DependsOn>> graph) {
        Map<String, Set<String>> out = new HashMap<>();
        graph.forEach((name, edges) -> edges.forEach(edge ->
                out.computeIfAbsent(edge.service(), service -> new LinkedHashSet<>()).add(name)));
        return out;
    }

    /** Dependencies first, ties by name; services only named in edges come too. */
    public static List<String> order(Map<String, List<DependsOn>> graph) {
        Set<String> out = new LinkedHashSet<>();
        for (String service : graph.keySet()) {
            visit(graph, service, out, new HashSet<>());
        }
        return List.copyOf(out);
    }

    private static void visit(Map<String, List<DependsOn>> graph, String service, Set<String> out,
                              Set<String> path) {
        if (out.contains(service) || !path.add(service)) {
            return;
        }
        for (DependsOn edge : graph.getOrDefault(service, List.of())) {
            visit(graph, edge.service(), out, path);
        }
        path.remove(service);
        out.add(service);
    }
}
