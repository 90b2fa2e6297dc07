package io.jcompose.tests.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.engine.EngineException;
import io.jcompose.engine.api.Volume;
import io.jcompose.engine.api.VolumeCreateBody;
import io.jcompose.tests.support.Cleanup;
import io.jcompose.tests.support.RequiresEngine;
import io.jcompose.tests.support.TestEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@RequiresEngine
class VolumesIT {

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
        String name = cleanup.volume(engine.uniqueName("vol"));

        Volume created = engine.await(engine.client().volumes().create(
                VolumeCreateBody.named(name, engine.labels(Map.of("com.docker.compose.volume", "data")))));
        Volume inspected = engine.await(engine.client().volumes().inspect(name));

        assertThat(created.name()).isEqualTo(name);
        assertThat(inspected.driver()).isEqualTo("local");
        assertThat(inspected.labels()).containsEntry("com.docker.compose.volume", "data");
        assertThat(engine.await(engine.client().volumes().list(Map.of("label", List.of(engine.runLabelFilter())))))
                .extracting(Volume::name).contains(name);

        engine.await(engine.client().volumes().remove(name, false));

        assertThatThrownBy(() -> engine.await(engine.client().volumes().inspect(name)))
                .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.isNotFound()).isTrue());
    }

    @Test
    void aVolumeInUseCannotBeRemoved() {
        String name = cleanup.volume(engine.uniqueName("busy"));
        engine.await(engine.client().volumes().create(VolumeCreateBody.named(name, engine.labels(Map.of()))));
        cleanup.container(engine.await(engine.client().containers().create(engine.uniqueName("user"),
                engine.busybox(List.of("true")).hostConfig(Map.of("Binds", List.of(name + ":/data"))))));

        assertThatThrownBy(() -> engine.await(engine.client().volumes().remove(name, false)))
                .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.isConflict()).isTrue())
                .hasMessageStartingWith("removing volume " + name + ": ")
                .hasMessageContaining("in use");
    }
}
