package io.jcompose.tests.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.engine.EngineException;
import io.jcompose.engine.api.NetworkCreateBody;
import io.jcompose.engine.api.NetworkInspect;
import io.jcompose.tests.support.Cleanup;
import io.jcompose.tests.support.RequiresEngine;
import io.jcompose.tests.support.TestEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@RequiresEngine
class NetworksIT {

    private TestEngine engine;
    private Cleanup cleanup;

    @BeforeEach
    void setUp(TestEngine shared) {
        engine = shared;
        cleanup = new Cleanup(shared);
    }

    @AfterEach
    void tearDown() {
        cleanup.close();
    }

    @Test
    void createInspectListAndRemove() {
        String name = cleanup.network(engine.uniqueName("net"));
        NetworkCreateBody body = NetworkCreateBody.named(name, engine.labels(Map.of("com.docker.compose.network", "default")));

        String id = engine.await(engine.client().networks().create(body));
        NetworkInspect inspected = engine.await(engine.client().networks().inspect(name));

        assertThat(inspected.id()).isEqualTo(id);
        assertThat(inspected.driver()).isEqualTo("bridge");
        assertThat(inspected.labels()).containsEntry("com.docker.compose.network", "default");
        assertThat(engine.await(engine.client().networks().list(Map.of("label", List.of(engine.runLabelFilter())))))
                .extracting(NetworkInspect::name).contains(name);

        engine.await(engine.client().networks().remove(name));

        assertThatThrownBy(() -> engine.await(engine.client().networks().inspect(name)))
                .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.isNotFound()).isTrue())
                .hasMessageStartingWith("inspecting network " + name + ": ");
    }

    @Test
    void aDuplicateNameFailsWithWhatWasBeingDone() {
        String name = cleanup.network(engine.uniqueName("dup"));
        engine.await(engine.client().networks().create(NetworkCreateBody.named(name, engine.labels(Map.of()))));

        assertThatThrownBy(() -> engine.await(engine.client().networks().create(
                NetworkCreateBody.named(name, engine.labels(Map.of())))))
                .isInstanceOf(EngineException.class)
                .hasMessage("creating network " + name + ": network with name " + name + " already exists");
    }

    @Test
    void subnetAndConnectDisconnect() {
        String name = cleanup.network(engine.uniqueName("sub"));
        engine.await(engine.client().networks().create(NetworkCreateBody.named(name, engine.labels(Map.of()))
                .withSubnets("", List.of("10.231.0.0/24"))));
        String container = cleanup.container(engine.await(engine.client().containers().create(
                engine.uniqueName("c"), engine.busybox(List.of("sleep", "30")))));

        engine.await(engine.client().networks().connect(name, container, Map.of("Aliases", List.of("db"))));
        NetworkInspect connected = engine.await(engine.client().networks().inspect(name));
        engine.await(engine.client().networks().disconnect(name, container, false));

        assertThat(connected.ipam().config()).extracting(NetworkInspect.IpamPool::subnet).containsExactly("10.231.0.0/24");
        assertThat(engine.await(engine.client().containers().inspect(container)).networkSettings().networks())
                .doesNotContainKey(name);
    }
}
