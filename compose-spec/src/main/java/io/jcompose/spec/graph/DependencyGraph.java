package io.jcompose.spec.graph;

import io.jcompose.spec.ComposeException;
import io.jcompose.spec.model.Project;
import io.jcompose.spec.model.ServiceConfig;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Services ordered by {@code depends_on} (which already holds the dependencies implied by links, shared
 * namespaces and volumes_from). Dependencies on services that are not enabled are left out: compose ignores
 * optional ones and reports required ones in its consistency check.
 */
public final class DependencyGraph {

    private final Map<String, Set<String>> dependencies;
    private final List<String> order;

    private DependencyGraph(Map<String, Set<String>> dependencies) {
        this.dependencies = dependencies;
        this.order = topologicalOrder(dependencies);
    }

    public static DependencyGraph of(Project project) {
        Map<String, Set<String>> dependencies = new TreeMap<>();
        for (ServiceConfig service : project.services().values()) {
            Set<String> deps = new TreeSet<>();
            for (String dep : service.dependsOn().keySet()) {
                if (project.services().containsKey(dep)) {
                    deps.add(dep);
                }
            }
            dependencies.put(service.name(), Collections.unmodifiableSet(deps));
        }
        return new DependencyGraph(dependencies);
    }

    /** Dependencies first; services with no order between them sorted by name. */
    public List<String> order() {
        return order;
    }

    /** Dependants first: the order to stop or remove in. */
    public List<String> reverseOrder() {
        List<String> reversed = new ArrayList<>(order);
        Collections.reverse(reversed);
        return List.copyOf(reversed);
    }

    public Set<String> dependenciesOf(String service) {
        return dependencies.getOrDefault(service, Set.of());
    }

    /** Services that depend on {@code service} directly. */
    public Set<String> dependantsOf(String service) {
        Set<String> out = new TreeSet<>();
        dependencies.forEach((name, deps) -> {
            if (deps.contains(service)) {
                out.add(name);
            }
        });
        return Collections.unmodifiableSet(out);
    }

    /** {@code services} plus everything they depend on, transitively. */
    public Set<String> withDependencies(Set<String> services) {
        Set<String> out = new TreeSet<>();
        List<String> todo = new ArrayList<>(services);
        while (!todo.isEmpty()) {
            String s = todo.remove(todo.size() - 1);
            if (out.add(s)) {
                todo.addAll(dependenciesOf(s));
            }
        }
        return Collections.unmodifiableSet(out);
    }

    /** {@code services} plus everything that depends on them, transitively. */
    public Set<String> withDependants(Set<String> services) {
        Set<String> out = new TreeSet<>();
        List<String> todo = new ArrayList<>(services);
        while (!todo.isEmpty()) {
            String s = todo.remove(todo.size() - 1);
            if (out.add(s)) {
                todo.addAll(dependantsOf(s));
            }
        }
        return Collections.unmodifiableSet(out);
    }

    private static List<String> topologicalOrder(Map<String, Set<String>> dependencies) {
        List<String> out = new ArrayList<>();
        Set<String> done = new TreeSet<>();
        for (String service : dependencies.keySet()) {
            visit(service, dependencies, done, new ArrayList<>(), out);
        }
        return List.copyOf(out);
    }

    private static void visit(String service, Map<String, Set<String>> dependencies, Set<String> done,
                              List<String> path, List<String> out) {
        if (done.contains(service)) {
            return;
        }
        int at = path.indexOf(service);
        if (at >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(at, path.size()));
            cycle.add(service);
            throw new ComposeException("dependency cycle detected: " + String.join(" -> ", cycle));
        }
        path.add(service);
        for (String dep : dependencies.getOrDefault(service, Set.of())) {
            visit(dep, dependencies, done, path, out);
        }
        path.remove(path.size() - 1);
        done.add(service);
        out.add(service);
    }
}
