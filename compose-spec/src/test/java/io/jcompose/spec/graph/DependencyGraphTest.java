package io.jcompose.spec.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.spec.ComposeException;
import io.jcompose.spec.model.ModelBinder;
import io.jcompose.spec.model.Project;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DependencyGraphTest {

    private static Project project(Map<String, List<String>> dependsOn) {
        Map<String, Object> services = new LinkedHashMap<>();
        dependsOn.forEach((name, deps) -> {
            Map<String, Object> service = new LinkedHashMap<>();
            Map<String, Object> d = new LinkedHashMap<>();
            deps.forEach(dep -> d.put(dep, Map.of("condition", "service_started", "required", true)));
            service.put("depends_on", d);
            services.put(name, service);
        });
        return ModelBinder.bind(Map.of("name", "demo", "services", services));
    }

    @Test
    void ordersDependenciesFirst() {
        DependencyGraph graph = DependencyGraph.of(project(Map.of(
                "web", List.of("api"), "api", List.of("db", "cache"), "db", List.of(), "cache", List.of(),
                "worker", List.of("db"))));
        assertThat(graph.order()).containsExactly("cache", "db", "api", "web", "worker");
        assertThat(graph.reverseOrder()).containsExactly("worker", "web", "api", "db", "cache");
        assertThat(graph.dependenciesOf("api")).containsExactly("cache", "db");
        assertThat(graph.dependantsOf("db")).containsExactly("api", "worker");
        assertThat(graph.withDependencies(Set.of("web"))).containsExactly("api", "cache", "db", "web");
        assertThat(graph.withDependants(Set.of("db"))).containsExactly("api", "db", "web", "worker");
    }

    @Test
    void cyclesAreReported() {
        assertThatThrownBy(() -> DependencyGraph.of(project(Map.of("a", List.of("b"), "b", List.of("a")))))
                .isInstanceOf(ComposeException.class)
                .hasMessage("dependency cycle detected: a -> b -> a");
    }

    @Test
    void disabledDependenciesAreIgnored() {
        Project p = project(Map.of("a", List.of("b"), "b", List.of())).withEnabledServices(Set.of("a"));
        assertThat(p.disabledServices()).containsOnlyKeys("b");
        assertThat(DependencyGraph.of(p).order()).containsExactly("a");
        assertThat(p.withEnabledServices(Set.of("a", "b")).services()).containsOnlyKeys("a", "b");
    }
}
