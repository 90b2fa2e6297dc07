package io.jcompose.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.spec.load.LoadOptions;
import io.jcompose.spec.load.ProjectLoader;
import io.jcompose.spec.model.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttachSelectionTest {

    private Project project;

    @BeforeEach
    void load(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("compose.yaml"), """
                name: demo
                services:
                  db:
                    image: busybox
                  cache:
                    image: busybox
                    attach: false
                  web:
                    image: busybox
                    depends_on: [db, cache]
                  worker:
                    image: busybox
                """);
        project = ProjectLoader.load(LoadOptions.builder(dir, Map.of()).files(List.of(file.toString())).build())
                .project();
    }

    private Set<String> select(Set<String> targets, List<String> attach, List<String> noAttach, boolean dependencies,
                               Optional<String> exitCodeFrom) {
        return AttachSelection.of(project, targets, attach, noAttach, dependencies, exitCodeFrom);
    }

    @Test
    void everyTargetedServiceButThoseWithAttachFalse() {
        assertThat(select(project.services().keySet(), List.of(), List.of(), false, Optional.empty()))
                .containsExactly("db", "web", "worker");
    }

    @Test
    void namedServicesAloneUnlessDependenciesAreAskedFor() {
        assertThat(select(Set.of("web"), List.of(), List.of(), false, Optional.empty())).containsExactly("web");
        assertThat(select(Set.of("web"), List.of(), List.of(), true, Optional.empty())).containsExactly("db", "web");
    }

    @Test
    void attachNamesTheServicesEvenOneWithAttachFalseAndNoAttachRemoves() {
        assertThat(select(project.services().keySet(), List.of("cache", "worker"), List.of(), false, Optional.empty()))
                .containsExactly("cache", "worker");
        assertThat(select(project.services().keySet(), List.of(), List.of("web", "worker"), false, Optional.empty()))
                .containsExactly("db");
    }

    @Test
    void theExitCodeServiceIsAlwaysWatched() {
        assertThat(select(Set.of("web"), List.of(), List.of("cache"), false, Optional.of("cache")))
                .containsExactly("cache", "web");
    }

    @Test
    void unknownServicesAreErrors() {
        assertThatThrownBy(() -> select(Set.of("web"), List.of("nope"), List.of(), false, Optional.empty()))
                .hasMessage("no such service: nope");
        assertThatThrownBy(() -> select(Set.of("web"), List.of(), List.of(), false, Optional.of("nope")))
                .hasMessage("no such service: nope");
    }
}
