package io.jcompose.spec.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceConfigTest {

    private static ServiceConfig service(Map<String, Object> tree) {
        return ModelBinder.bindService("web", tree);
    }

    @Test
    void scaleFallsBackToReplicasThenOne() {
        assertThat(service(Map.of()).scaleOrDefault()).isEqualTo(1);
        assertThat(service(Map.of("deploy", Map.of("replicas", 3L))).scaleOrDefault()).isEqualTo(3);
        assertThat(service(Map.of("scale", 2L, "deploy", Map.of("replicas", 2L))).scaleOrDefault()).isEqualTo(2);
    }

    @Test
    void buildOnlyServicesGetAProjectImageName() {
        assertThat(service(Map.of()).imageName("shop")).isEqualTo("shop-web");
        assertThat(service(Map.of("image", "nginx")).imageName("shop")).isEqualTo("nginx");
    }

    @Test
    void networksConnectByPriorityThenName() {
        Map<String, Object> networks = new LinkedHashMap<>();
        networks.put("b", null);
        networks.put("a", null);
        networks.put("z", Map.of("priority", 10L));
        assertThat(service(Map.of("networks", networks)).networksByPriority()).containsExactly("z", "a", "b");
    }

    @Test
    void recordsHoldNoNullsAndCopyCollections() {
        ServiceConfig s = service(Map.of("environment", new LinkedHashMap<>(Map.of("A", "1"))));
        assertThat(s.environment()).containsEntry("A", java.util.Optional.of("1"));
        assertThat(s.image()).isEmpty();
        assertThat(s.ports()).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.environment().put("B", java.util.Optional.empty()))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
