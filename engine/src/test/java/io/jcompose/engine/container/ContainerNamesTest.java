package io.jcompose.engine.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContainerNamesTest {

    @TempDir
    Path dir;

    @Test
    void replicasAreNumberedWithDashes() {
        ServiceFixture fixture = ServiceFixture.load(dir, """
                services:
                  web: {image: busybox}
                """);
        assertThat(ContainerNames.standard().service("demo", fixture.service("web"), 3)).isEqualTo("demo-web-3");
        assertThat(ContainerNames.standard().replaced(fixture.service("web"), 3)).isEqualTo("web-3");
    }

    @Test
    void compatibilityUsesUnderscores() {
        ServiceFixture fixture = ServiceFixture.load(dir, """
                services:
                  web: {image: busybox}
                """);
        ContainerNames names = ContainerNames.compatibility(true);
        assertThat(names.service("demo", fixture.service("web"), 1)).isEqualTo("demo_web_1");
        assertThat(names.oneOff("demo", "web", "0123456789abcdef")).isEqualTo("demo_web_run_0123456789ab");
        assertThat(ContainerNames.compatibility(false).separator()).isEqualTo("-");
    }

    @Test
    void containerNameWinsOverTheNumberedName() {
        ServiceFixture fixture = ServiceFixture.load(dir, """
                services:
                  db: {image: busybox, container_name: my-db}
                """);
        assertThat(ContainerNames.standard().service("demo", fixture.service("db"), 1)).isEqualTo("my-db");
        assertThat(ContainerNames.standard().replaced(fixture.service("db"), 1)).isEqualTo("my-db");
        assertThat(ContainerNames.standard().numbered("demo", "db", 1)).isEqualTo("demo-db-1");
    }

    @Test
    void oneOffNamesCarryTheFirst12HexOfTheSlug() {
        String slug = ContainerNames.newSlug();
        assertThat(slug).matches("[0-9a-f]{64}");
        assertThat(ContainerNames.newSlug()).isNotEqualTo(slug);
        assertThat(ContainerNames.standard().oneOff("demo", "web", slug))
                .isEqualTo("demo-web-run-" + slug.substring(0, 12));
    }

    @Test
    void aReplacementIsCreatedUnderTheOldIdPrefix() {
        assertThat(ContainerNames.temporary("4f3c2b1a0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a", "demo-web-1"))
                .isEqualTo("4f3c2b1a0d9e_demo-web-1");
    }

    @Test
    void theNextNumberIsOneMoreThanTheHighestInUse() {
        assertThat(ContainerNames.nextNumber(List.of())).isEqualTo(1);
        assertThat(ContainerNames.nextNumber(List.of(1, 2))).isEqualTo(3);
        assertThat(ContainerNames.nextNumber(List.of(3, 1))).isEqualTo(4);
    }
}
