package io.jcompose.engine.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.engine.api.BuildOptions;
import io.jcompose.spec.load.LoadOptions;
import io.jcompose.spec.load.ProjectLoader;
import io.jcompose.spec.model.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

class ImageBuildTest {

    private static final Map<String, String> ENVIRONMENT = Map.of("FROM_ENV", "env-value", "CLI_ENV", "cli-env");

    @TempDir
    Path dir;

    @BeforeEach
    void dockerfile() throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), "FROM busybox\n");
    }

    @Test
    void mapsTheBuildSectionOntoClassicBuilderOptions() {
        ImageBuild build = single("""
                services:
                  web:
                    build:
                      context: .
                      dockerfile: Dockerfile
                      args:
                        PLAIN: value
                        FROM_ENV:
                        MISSING:
                      target: runtime
                      labels:
                        org.example.team: web
                      network: host
                      extra_hosts:
                        - "db.local:10.0.0.2"
                      shm_size: 64m
                      cache_from: [demo-web:cache]
                      tags: [registry.local/web:1]
                      no_cache: true
                """, BuildSettings.defaults("1.2.3", ENVIRONMENT));

        BuildOptions options = build.options();
        assertThat(build.services()).containsExactly("web");
        assertThat(build.image()).isEqualTo("demo-web");
        assertThat(options.tags()).containsExactly("demo-web", "registry.local/web:1");
        assertThat(options.dockerfile()).isEqualTo("Dockerfile");
        assertThat(options.buildArgs()).containsExactlyInAnyOrderEntriesOf(Map.of("PLAIN", "value", "FROM_ENV", "env-value"));
        assertThat(options.target()).isEqualTo("runtime");
        assertThat(options.labels()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "org.example.team", "web",
                "com.docker.compose.project", "demo",
                "com.docker.compose.service", "web",
                "com.docker.compose.version", "1.2.3",
                "com.docker.compose.image.builder", "classic"));
        assertThat(options.networkMode()).isEqualTo("host");
        assertThat(options.extraHosts()).containsExactly("db.local:10.0.0.2");
        assertThat(options.shmSize()).isEqualTo(64L * 1024 * 1024);
        assertThat(options.cacheFrom()).containsExactly("demo-web:cache");
        assertThat(options.noCache()).isTrue();
        assertThat(options.pull()).isFalse();
        assertThat(build.context().directory()).isEqualTo(dir);
    }

    @Test
    void anImageNameWinsAndCommandLineArgumentsOverride() {
        ImageBuild build = single("""
                services:
                  api:
                    image: example/api:dev
                    build:
                      context: .
                      args: [A=from-file, B=kept]
                """, new BuildSettings(List.of("A=from-cli", "CLI_ENV", "UNSET_VAR"), true, true, "1", ENVIRONMENT));

        assertThat(build.options().tags()).containsExactly("example/api:dev");
        assertThat(build.options().buildArgs())
                .containsExactlyInAnyOrderEntriesOf(Map.of("A", "from-cli", "B", "kept", "CLI_ENV", "cli-env"));
        assertThat(build.options().noCache()).isTrue();
        assertThat(build.options().pull()).isTrue();
    }

    @Test
    void servicesSharingABuildAreBuiltOnceWithEveryTag() {
        List<ImageBuild> builds = plan("""
                services:
                  web:
                    build: .
                  worker:
                    build: .
                  admin:
                    build:
                      context: .
                      args: [MODE=admin]
                  db:
                    image: postgres
                """, BuildSettings.defaults("1", ENVIRONMENT));

        assertThat(builds).extracting(ImageBuild::name).containsExactly("admin", "web,worker");
        assertThat(builds.get(1).options().tags()).containsExactly("demo-web", "demo-worker");
    }

    @Test
    void anInlineDockerfileIsSentAsAGeneratedFile() {
        ImageBuild build = single("""
                services:
                  web:
                    build:
                      context: .
                      dockerfile_inline: |
                        FROM busybox
                """, BuildSettings.defaults("1", ENVIRONMENT));

        assertThat(build.options().dockerfile()).startsWith(".dockerfile.");
    }

    @Test
    void aRemoteContextIsRefusedByName() {
        assertThatThrownBy(() -> plan("""
                services:
                  web:
                    build: https://github.com/example/app.git#main
                """, BuildSettings.defaults("1", ENVIRONMENT)))
                .isInstanceOf(BuildException.class)
                .hasMessage("services.web.build.context: remote build context \"https://github.com/example/app.git#main\""
                        + " is not supported: jcompose builds from a local directory with the classic builder");
    }

    @Test
    void aMissingDockerfileNamesTheService() {
        assertThatThrownBy(() -> plan("""
                services:
                  web:
                    build:
                      context: ./nowhere
                """, BuildSettings.defaults("1", ENVIRONMENT)))
                .isInstanceOf(BuildException.class)
                .hasMessage("services.web.build: build context " + dir.resolve("nowhere") + " is not a directory");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ssh                 | ssh: [default]
            secrets             | secrets: [token]
            additional_contexts | 'additional_contexts: {extra: ../extra}'
            platforms           | 'platforms: [linux/amd64, linux/arm64]'
            privileged          | 'privileged: true'
            cache_to            | 'cache_to: [type=local,dest=/tmp/c]'
            entitlements        | 'entitlements: [network.host]'
            provenance          | 'provenance: true'
            sbom                | 'sbom: true'
            ulimits             | 'ulimits: {nofile: 1024}'
            isolation           | 'isolation: hyperv'
            """)
    void whatTheClassicBuilderCannotDoIsAnErrorNamingTheAttribute(String attribute, String yaml) {
        String compose = """
                services:
                  web:
                    build:
                      context: .
                      %s
                secrets:
                  token:
                    file: ./Dockerfile
                """.formatted(yaml);

        assertThatThrownBy(() -> plan(compose, BuildSettings.defaults("1", ENVIRONMENT)))
                .isInstanceOf(BuildException.class)
                .hasMessage("services.web.build." + attribute
                        + ": not supported by the classic builder jcompose uses; remove it or build with docker buildx");
    }

    @Test
    void servicesWithoutABuildNeedNoBuild() {
        assertThat(plan("""
                services:
                  db:
                    image: postgres
                """, BuildSettings.defaults("1", ENVIRONMENT))).isEmpty();
    }

    private ImageBuild single(String yaml, BuildSettings settings) {
        List<ImageBuild> builds = plan(yaml, settings);
        assertThat(builds).hasSize(1);
        return builds.get(0);
    }

    private List<ImageBuild> plan(String yaml, BuildSettings settings) {
        Project project = load(yaml, settings.environment());
        return ImageBuild.plan(project, project.serviceNames(), settings);
    }

    private Project load(String yaml, Map<String, String> environment) {
        try {
            Files.writeString(dir.resolve("compose.yaml"), yaml);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        LoadOptions options = LoadOptions.builder(dir, environment).projectName(Optional.of("demo")).stdin(() -> "").build();
        return ProjectLoader.load(options).project();
    }
}
