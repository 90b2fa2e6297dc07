package io.jcompose.engine.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class DependsOnTest {

    private static DependsOn on(String service) {
        return new DependsOn(service, Gate.STARTED, false, true);
    }

    /** web and worker on db and cache, db on volume-init; cache named only in edges. */
    private static Map<String, List<DependsOn>> diamond() {
        Map<String, List<DependsOn>> graph = new TreeMap<>();
        graph.put("worker", List.of(on("db"), on("cache")));
        graph.put("web", List.of(on("cache"), on("db")));
        graph.put("db", List.of(on("volume-init")));
        graph.put("volume-init", List.of());
        return graph;
    }

    @Test
    void dependantsAreIndexedPerServiceInTheGraphsOrder() {
        Map<String, Set<String>> dependants = DependsOn.dependants(diamond());

        assertThat(dependants).containsOnlyKeys("db", "cache", "volume-init");
        assertThat(dependants.get("db")).containsExactly("web", "worker");
        assertThat(dependants.get("cache")).containsExactly("web", "worker");
        assertThat(dependants.get("volume-init")).containsExactly("db");
    }

    @Test
    void orderPutsDependenciesFirstAndTiesByName() {
        assertThat(DependsOn.order(diamond())).containsExactly("volume-init", "db", "cache", "web", "worker");
    }

    @Test
    void aCycleFromLabelsStillOrdersEveryServiceOnce() {
        Map<String, List<DependsOn>> graph = new TreeMap<>(Map.of("a", List.of(on("b")), "b", List.of(on("a"))));

        assertThat(DependsOn.order(graph)).containsExactly("b", "a");
    }
}
