package io.jcompose.spec.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Finds a dependency cycle among services, counting the dependencies compose adds implicitly:
 * {@code links}, {@code network_mode}/{@code ipc}/{@code pid}/{@code uts: service:x} and
 * {@code volumes_from}. Only the check; the model builds its own graph for ordering.
 *
 * <p>Services and their dependencies are walked in name order, so the same project always
 * reports the same cycle.
 */
public final class DependencyCycles {

    private static final List<String> NAMESPACE_ATTRIBUTES = List.of("network_mode", "ipc", "pid", "uts");
    private static final String SERVICE_PREFIX = "service:";
    private static final String CONTAINER_PREFIX = "container:";

    private DependencyCycles() {
    }

    /**
     * The first cycle found, as the services along it with the first repeated at the end
     * ({@code [a, b, a]}); empty when the services can be ordered.
     */
    public static Optional<List<String>> find(Map<String, Object> canonicalProject) {
        SortedMap<String, SortedSet<String>> graph = graph(Attributes.map(canonicalProject, "services"));
        Map<String, Boolean> finished = new HashMap<>();
        for (String service : graph.keySet()) {
            Optional<List<String>> cycle = visit(service, graph, finished, new ArrayList<>());
            if (cycle.isPresent()) {
                return cycle;
            }
        }
        return Optional.empty();
    }

    /** {@code a -> b -> a}, the way compose prints a cycle. */
    public static String describe(List<String> cycle) {
        return "dependency cycle detected: " + String.join(" -> ", cycle);
    }

    /** Every service's dependencies, explicit and implicit, restricted to defined services. */
    static SortedMap<String, SortedSet<String>> graph(Map<String, Object> services) {
        SortedMap<String, SortedSet<String>> graph = new TreeMap<>();
        services.forEach((name, definition) -> {
            SortedSet<String> dependencies = new TreeSet<>();
            for (String dependency : referencedServices(Attributes.map(definition))) {
                if (services.containsKey(dependency)) {
                    dependencies.add(dependency);
                }
            }
            graph.put(name, dependencies);
        });
        return graph;
    }

    /** The services a definition depends on, whether declared in depends_on or implied. */
    static List<String> referencedServices(Map<String, Object> service) {
        List<String> referenced = new ArrayList<>(Attributes.map(service, "depends_on").keySet());
        for (Object link : Attributes.list(service, "links")) {
            referenced.add(linkedService(String.valueOf(link)));
        }
        for (String attribute : NAMESPACE_ATTRIBUTES) {
            Attributes.string(service, attribute)
                    .filter(mode -> mode.startsWith(SERVICE_PREFIX))
                    .ifPresent(mode -> referenced.add(mode.substring(SERVICE_PREFIX.length())));
        }
        for (Object source : Attributes.list(service, "volumes_from")) {
            volumesFromService(String.valueOf(source)).ifPresent(referenced::add);
        }
        return referenced;
    }

    /** {@code db:database} links service {@code db}. */
    static String linkedService(String link) {
        int colon = link.indexOf(':');
        return colon < 0 ? link : link.substring(0, colon);
    }

    /** {@code db}, {@code db:ro} name a service; {@code container:id[:ro]} does not. */
    static Optional<String> volumesFromService(String source) {
        if (source.startsWith(CONTAINER_PREFIX)) {
            return Optional.empty();
        }
        int colon = source.indexOf(':');
        return Optional.of(colon < 0 ? source : source.substring(0, colon));
    }

    private static Optional<List<String>> visit(String service, SortedMap<String, SortedSet<String>> graph,
            Map<String, Boolean> finished, List<String> path) {
        Boolean done = finished.get(service);
        if (Boolean.TRUE.equals(done)) {
            return Optional.empty();
        }
        if (Boolean.FALSE.equals(done)) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(service), path.size()));
            cycle.add(service);
            return Optional.of(cycle);
        }
        finished.put(service, false);
        path.add(service);
        for (String dependency : graph.getOrDefault(service, new TreeSet<>())) {
            Optional<List<String>> cycle = visit(dependency, graph, finished, path);
            if (cycle.isPresent()) {
                return cycle;
            }
        }
        path.remove(path.size() - 1);
        finished.put(service, true);
        return Optional.empty();
    }
}
