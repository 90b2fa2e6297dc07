package io.jcompose.spec.merge;

import static io.jcompose.spec.merge.TestTrees.yaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.spec.ComposeException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The profiles rows of the reference (2.7). */
class ProfileSelectionTest {

    private static final Map<String, Object> MODEL = yaml("""
            services:
              web:
                image: web
                depends_on:
                  db: {condition: service_started, required: true}
              db:
                image: db
              debug:
                image: debug
                profiles: [debug]
              tools:
                image: tools
                profiles: [debug, ops]
              seed:
                image: seed
                profiles: [seed]
                depends_on:
                  db: {condition: service_started, required: true}
            """);

    @Test
    void servicesWithoutProfilesAreAlwaysOn() {
        assertThat(ProfileSelection.select(MODEL, List.of(), List.of(), true).enabled()).containsExactly("web", "db");
    }

    @Test
    void anActiveProfileEnablesItsServices() {
        assertThat(ProfileSelection.select(MODEL, List.of("ops"), List.of(), true).enabled())
                .containsExactly("web", "db", "tools");
    }

    @Test
    void starEnablesEveryProfile() {
        assertThat(ProfileSelection.select(MODEL, List.of("*"), List.of(), true).enabled())
                .containsExactly("web", "db", "debug", "tools", "seed");
    }

    @Test
    void aServiceNamedOnTheCommandLineIsEnabledWithItsProfilesAndDependencies() {
        ProfileSelection selection = ProfileSelection.select(MODEL, List.of(), List.of("seed"), true);
        assertThat(selection.enabled()).containsExactly("db", "seed");
        assertThat(selection.activeProfiles()).containsExactly("seed");
    }

    @Test
    void namingServicesNarrowsTheProjectToThemAndTheirDependencies() {
        assertThat(ProfileSelection.select(MODEL, List.of("debug"), List.of("web"), true).enabled())
                .containsExactly("web", "db");
    }

    @Test
    void namingAnUnknownServiceFails() {
        assertThatThrownBy(() -> ProfileSelection.select(MODEL, List.of(), List.of("nope"), true))
                .isInstanceOf(ComposeException.class).hasMessage("no such service: nope");
    }

    @Test
    void aDependencyOnADisabledServiceIsAnError() {
        Map<String, Object> model = yaml("""
                services:
                  app:
                    image: app
                    depends_on:
                      builder: {condition: service_started, required: true}
                  builder:
                    image: b
                    profiles: [build]
                """);
        assertThatThrownBy(() -> ProfileSelection.select(model, List.of(), List.of(), true))
                .isInstanceOf(ComposeException.class)
                .hasMessage("service \"app\" depends on undefined service \"builder\": invalid compose project");
        assertThat(ProfileSelection.select(model, List.of("build"), List.of(), true).enabled())
                .containsExactly("app", "builder");
    }

    @Test
    void consistencyIsCheckedBeforeNamedServicesBringTheirProfilesIn() {
        Map<String, Object> model = yaml("""
                services:
                  app:
                    image: app
                    depends_on:
                      builder: {condition: service_started, required: true}
                  builder:
                    image: b
                    profiles: [build]
                """);
        assertThatThrownBy(() -> ProfileSelection.select(model, List.of(), List.of("builder"), true))
                .isInstanceOf(ComposeException.class)
                .hasMessage("service \"app\" depends on undefined service \"builder\": invalid compose project");
    }

    @Test
    void aNamedServiceRequiringADisabledServiceFails() {
        Map<String, Object> model = yaml("""
                services:
                  seed:
                    image: seed
                    profiles: [seed]
                    depends_on:
                      db: {condition: service_started, required: true}
                  db:
                    image: db
                    profiles: [db]
                """);
        assertThatThrownBy(() -> ProfileSelection.select(model, List.of(), List.of("seed"), true))
                .isInstanceOf(ComposeException.class).hasMessage("no such service: db");
    }

    @Test
    void anOptionalDependencyOnADisabledServiceIsAllowed() {
        Map<String, Object> model = yaml("""
                services:
                  app:
                    image: app
                    depends_on:
                      builder: {condition: service_started, required: false}
                  builder:
                    image: b
                    profiles: [build]
                """);
        assertThat(ProfileSelection.select(model, List.of(), List.of(), true).enabled()).containsExactly("app");
    }

    @Test
    void applyKeepsOnlyEnabledServicesAndOtherSections() {
        Map<String, Object> model = yaml("""
                services:
                  a: {image: a}
                  b: {image: b, profiles: [x]}
                volumes:
                  data: {}
                """);
        Map<String, Object> applied = ProfileSelection.select(model, List.of(), List.of(), true).apply(model);
        assertThat(TreeValues.asMap(applied.get("services"))).containsOnlyKeys("a");
        assertThat(applied.get("volumes")).isEqualTo(Map.of("data", Map.of()));
    }
}
