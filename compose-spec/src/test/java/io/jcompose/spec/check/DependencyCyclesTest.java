package io.jcompose.spec.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.spec.schema.YamlText;
import java.util.List;
import org.junit.jupiter.api.Test;

class DependencyCyclesTest {

    private static String cycle(String yaml) {
        return DependencyCycles.find(YamlText.tree(yaml)).map(DependencyCycles::describe).orElse("none");
    }

    @Test
    void twoServicesDependingOnEachOther() {
        assertThat(cycle("""
                services:
                  web: {depends_on: {api: {condition: service_started}}}
                  api: {depends_on: {web: {condition: service_healthy}}}
                """)).isEqualTo("dependency cycle detected: api -> web -> api");
    }

    @Test
    void selfDependency() {
        assertThat(cycle("""
                services:
                  web: {depends_on: {web: {condition: service_started}}}
                """)).isEqualTo("dependency cycle detected: web -> web");
    }

    @Test
    void longerCycleStartsWhereTheWalkEntersIt() {
        assertThat(cycle("""
                services:
                  entry: {depends_on: {b: {}}}
                  b: {depends_on: {c: {}}}
                  c: {depends_on: {d: {}}}
                  d: {depends_on: {b: {}}}
                """)).isEqualTo("dependency cycle detected: b -> c -> d -> b");
    }

    @Test
    void implicitDependenciesCount() {
        assertThat(cycle("""
                services:
                  app: {links: ["db:database"]}
                  db: {network_mode: "service:vpn"}
                  vpn: {volumes_from: ["app:ro"]}
                """)).isEqualTo("dependency cycle detected: app -> db -> vpn -> app");
        assertThat(cycle("""
                services:
                  app: {ipc: "service:db"}
                  db: {pid: "service:app"}
                """)).isEqualTo("dependency cycle detected: app -> db -> app");
    }

    @Test
    void diamondsAndContainerReferencesAreNotCycles() {
        assertThat(cycle("""
                services:
                  top: {depends_on: {left: {}, right: {}}}
                  left: {depends_on: {bottom: {}}}
                  right: {depends_on: {bottom: {}}, volumes_from: ["container:bottom"]}
                  bottom: {network_mode: host}
                """)).isEqualTo("none");
    }

    @Test
    void referencesToUndefinedServicesAreLeftToTheReferenceChecks() {
        assertThat(cycle("""
                services:
                  web: {depends_on: {ghost: {}}, links: [other]}
                """)).isEqualTo("none");
    }

    @Test
    void theSameCycleWhateverTheDeclarationOrder() {
        String forward = cycle("""
                services:
                  a: {depends_on: {b: {}}}
                  b: {depends_on: {c: {}}}
                  c: {depends_on: {a: {}}}
                """);
        String backward = cycle("""
                services:
                  c: {depends_on: {a: {}}}
                  b: {depends_on: {c: {}}}
                  a: {depends_on: {b: {}}}
                """);
        assertThat(forward).isEqualTo(backward).isEqualTo("dependency cycle detected: a -> b -> c -> a");
    }

    @Test
    void findReturnsTheServicesAlongTheCycle() {
        assertThat(DependencyCycles.find(YamlText.tree("""
                services:
                  x: {depends_on: {y: {}}}
                  y: {links: [x]}
                """))).contains(List.of("x", "y", "x"));
    }
}
