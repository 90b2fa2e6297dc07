package io.jcompose.spec.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Single-file loading cases: what docker compose config prints, or the error it stops with. */
class LoaderConformanceTest {

    @TempDir
    Path dir;

    private ComposeProject project;

    @BeforeEach
    void fresh() {
        project = new ComposeProject(dir);
    }

    @Test
    void interpolatedFileModesAreOctalStrings() {
        project.env("MODE", "555").compose("""
                name: modes
                services:
                  web:
                    image: nginx
                    configs:
                      - source: app
                        mode: "$MODE"
                      - source: app
                        target: /literal-octal
                        mode: 0440
                      - source: app
                        target: /literal-decimal
                        mode: 440
                configs:
                  app:
                    external: true
                """);
        assertThat(project.yaml()).isEqualTo("""
                name: modes
                services:
                  web:
                    configs:
                      - source: app
                        mode: 365
                      - source: app
                        target: /literal-octal
                        mode: 288
                      - source: app
                        target: /literal-decimal
                        mode: 440
                    image: nginx
                    networks:
                      default: null
                networks:
                  default:
                    name: modes_default
                configs:
                  app:
                    name: app
                    external: true
                """);
    }

    @Test
    void anExternalNetworkMayCarryOtherSettings() {
        project.env("B", "true").compose("""
                name: ext
                services:
                  web:
                    image: nginx
                    networks: [front]
                networks:
                  front:
                    external: $B
                    internal: $B
                    attachable: $B
                """);
        assertThat(project.yaml()).endsWith("""
                networks:
                  front:
                    name: front
                    external: true
                    internal: true
                    attachable: true
                """);
    }

    @Test
    void anExternalVolumeMayNotHaveADriver() {
        project.compose("""
                name: ext
                services:
                  web:
                    image: nginx
                volumes:
                  external_volume:
                    external: true
                    driver: foobar
                """);
        assertThat(project.error())
                .endsWith("volumes.external_volume conflicting parameters \"external\" and \"driver\" specified");
    }

    @Test
    void labelFilesAreFoldedIntoLabelsAndDropped() {
        project.file("one.label", "FOO=foo_from_label_file\nBAR=bar_from_label_file\nLABEL.WITH.DOT=ok\n")
                .compose("""
                        name: labels
                        services:
                          web:
                            image: nginx
                            label_file: ./one.label
                            labels:
                              BAR: from_labels
                        """);
        assertThat(project.yaml()).contains("""
                    labels:
                      BAR: from_labels
                      FOO: foo_from_label_file
                      LABEL.WITH.DOT: ok
                    networks:
                """).doesNotContain("label_file:");
        // compose-go reads label files even when the environment is not resolved (config --hash, --services)
        assertThat(project.options(b -> b.resolveEnvironment(false)).yaml()).contains("FOO: foo_from_label_file");
    }

    @Test
    void theTopLevelMustBeAMapping() {
        project.compose("[\"hello\"]\n");
        assertThat(project.error()).isEqualTo("compose.yaml:1:1: top-level object must be a mapping");
    }

    /** The GPU reservation every vendor documents: driver, count and capabilities together. */
    @Test
    void aGpuReservationWithDriverAndCapabilitiesLoads() {
        project.compose("""
                name: gpu
                services:
                  train:
                    image: trainer
                    deploy:
                      resources:
                        reservations:
                          devices:
                            - driver: nvidia
                              count: 1
                              capabilities: [gpu]
                            - capabilities: [gpu]
                """);
        assertThat(project.yaml()).contains("""
                          devices:
                            - capabilities:
                                - gpu
                              driver: nvidia
                              count: 1
                            - capabilities:
                                - gpu
                              count: -1
                """);
    }

    /** A named service keeps only the dependencies selected with it; the whole project keeps them all. */
    @Test
    void namedServicesForgetOptionalDependenciesLeftOut() {
        project.compose("""
                name: sel
                services:
                  web:
                    image: x
                    depends_on:
                      debug:
                        condition: service_started
                        required: false
                      db:
                        condition: service_started
                  db:
                    image: z
                  debug:
                    image: y
                    profiles: [tools]
                """);
        assertThat(project.yaml("web")).contains("""
                  web:
                    depends_on:
                      db:
                        condition: service_started
                        required: true
                    image: x
                """);
        assertThat(project.yaml()).contains("""
                      debug:
                        condition: service_started
                        required: false
                """);
    }

    /**
     * Templates inside env files look up the project environment first, then the service's own
     * environment, then what earlier env files defined (compose-go's WithServicesEnvironmentResolved).
     */
    @Test
    void envFileTemplatesPreferTheProjectThenTheServiceEnvironment() {
        project.file(".env", "A=from_dotenv\n")
                .file("first.env", "A=file1\n")
                .file("svc.env", "B=${A}-x\nC=${D:-dflt}\nE=${A1:-none}\n")
                .compose("""
                        name: envf
                        services:
                          s:
                            image: x
                            env_file: [first.env, svc.env]
                            environment:
                              D: from_env
                        """);
        assertThat(project.yaml()).contains("""
                    environment:
                      A: file1
                      B: from_dotenv-x
                      C: from_env
                      D: from_env
                      E: none
                """);
    }
}
