package io.jcompose.spec.interpolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.spec.ComposeException;
import io.jcompose.spec.tree.ComposeDocument;
import io.jcompose.spec.tree.Tagged;
import io.jcompose.spec.tree.YamlPath;
import io.jcompose.spec.yaml.ComposeYaml;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InterpolationTest {

    private final Map<String, String> env = new HashMap<>(Map.of("TAG", "1.25", "PORT", "8080", "N", "3",
            "YES", "true", "EMPTY", ""));
    private final List<String> warnings = new ArrayList<>();

    private ComposeDocument interpolate(String yaml) {
        ComposeDocument doc = ComposeYaml.parse("compose.yaml", yaml).get(0);
        return Interpolation.interpolate(doc, name -> Optional.ofNullable(env.get(name)), warnings::add);
    }

    @SuppressWarnings("unchecked")
    private static Object at(ComposeDocument doc, String... path) {
        Object node = doc.root();
        for (String part : path) {
            node = node instanceof List<?> list ? list.get(Integer.parseInt(part)) : ((Map<String, Object>) node).get(part);
        }
        return node;
    }

    @Test
    void interpolatesValuesButNeverKeys() {
        ComposeDocument doc = interpolate("""
                services:
                  web:
                    image: "nginx:${TAG}"
                    labels:
                      ${TAG}: "$PORT"
                """);
        assertThat(at(doc, "services", "web", "image")).isEqualTo("nginx:1.25");
        assertThat(at(doc, "services", "web", "labels")).isEqualTo(Map.of("${TAG}", "8080"));
    }

    @Test
    void interpolatesListItemsNestedMapsAndExtensions() {
        ComposeDocument doc = interpolate("""
                x-common:
                  tag: ${TAG}
                services:
                  web:
                    command: ["echo", "${PORT}", "$$HOME"]
                    environment:
                      - A=${TAG:-none}
                    x-meta:
                      deep: [{v: $N}]
                name: app-${TAG}
                """);
        assertThat(at(doc, "x-common", "tag")).isEqualTo("1.25");
        assertThat(at(doc, "services", "web", "command")).isEqualTo(List.of("echo", "8080", "$HOME"));
        assertThat(at(doc, "services", "web", "environment", "0")).isEqualTo("A=1.25");
        assertThat(at(doc, "services", "web", "x-meta", "deep", "0", "v")).isEqualTo("3");
        assertThat(at(doc, "name")).isEqualTo("app-1.25");
    }

    @Test
    void leavesNonStringScalarsAlone() {
        ComposeDocument doc = interpolate("""
                services:
                  web:
                    scale: 2
                    tty: true
                    cpus: 0.5
                    image: null
                """);
        assertThat(at(doc, "services", "web", "scale")).isEqualTo(2L);
        assertThat(at(doc, "services", "web", "tty")).isEqualTo(true);
        assertThat(at(doc, "services", "web", "cpus")).isEqualTo(0.5);
        assertThat(at(doc, "services", "web", "image")).isNull();
    }

    @Test
    void interpolatesInsideOverrideAndKeepsReset() {
        ComposeDocument doc = interpolate("""
                services:
                  web:
                    image: !override nginx:${TAG}
                    ports: !reset []
                """);
        assertThat(at(doc, "services", "web", "image")).isEqualTo(new Tagged.Override("nginx:1.25"));
        assertThat(at(doc, "services", "web", "ports")).isEqualTo(new Tagged.Reset());
    }

    @Test
    void reportsUnsetVariables() {
        interpolate("services: {web: {image: \"${MISSING}\"}}");
        assertThat(warnings).containsExactly("The \"MISSING\" variable is not set. Defaulting to a blank string.");
    }

    @Test
    void keepsMarksAndSource() {
        ComposeDocument doc = interpolate("services:\n  web:\n    image: ${TAG}\n");
        assertThat(doc.source()).isEqualTo("compose.yaml");
        assertThat(doc.marks().exact(YamlPath.of("services", "web", "image"))).hasValueSatisfying(
                m -> assertThat(m.toString()).isEqualTo("compose.yaml:3:12"));
    }

    static Stream<Arguments> casts() {
        return Stream.of(
                Arguments.of("services: {web: {deploy: {replicas: \"${N}\"}}}", "services.web.deploy.replicas", 3L),
                Arguments.of("services: {web: {scale: \"$N\"}}", "services.web.scale", 3L),
                Arguments.of("services: {web: {ports: [{target: \"${PORT}\"}]}}", "services.web.ports.0.target", 8080L),
                Arguments.of("services: {web: {ports: [{published: \"${PORT}\"}]}}", "services.web.ports.0.published",
                        "8080"),
                Arguments.of("services: {web: {healthcheck: {retries: \"${N}\"}}}", "services.web.healthcheck.retries",
                        3L),
                Arguments.of("services: {web: {healthcheck: {disable: \"${YES}\"}}}",
                        "services.web.healthcheck.disable", true),
                Arguments.of("services: {web: {privileged: \"${YES}\"}}", "services.web.privileged", true),
                Arguments.of("services: {web: {read_only: \"false\"}}", "services.web.read_only", false),
                Arguments.of("services: {web: {stdin_open: \"TRUE\"}}", "services.web.stdin_open", true),
                Arguments.of("services: {web: {tty: \"${YES}\"}}", "services.web.tty", true),
                Arguments.of("services: {web: {init: \"true\"}}", "services.web.init", true),
                Arguments.of("services: {web: {oom_kill_disable: \"true\"}}", "services.web.oom_kill_disable", true),
                Arguments.of("services: {web: {cpus: \"0.5\"}}", "services.web.cpus", 0.5),
                Arguments.of("services: {web: {cpu_percent: \"50\"}}", "services.web.cpu_percent", 50.0),
                Arguments.of("services: {web: {cpu_shares: \"512\"}}", "services.web.cpu_shares", 512L),
                Arguments.of("services: {web: {cpu_count: \"2\"}}", "services.web.cpu_count", 2L),
                Arguments.of("services: {web: {cpu_period: \"100000\"}}", "services.web.cpu_period", 100000L),
                Arguments.of("services: {web: {cpu_quota: \"-1\"}}", "services.web.cpu_quota", -1L),
                Arguments.of("services: {web: {oom_score_adj: \"-500\"}}", "services.web.oom_score_adj", -500L),
                Arguments.of("services: {web: {pids_limit: \"100\"}}", "services.web.pids_limit", 100L),
                Arguments.of("services: {web: {ulimits: {nproc: \"${N}\"}}}", "services.web.ulimits.nproc", 3L),
                Arguments.of("services: {web: {ulimits: {nofile: {soft: \"1024\", hard: \"2048\"}}}}",
                        "services.web.ulimits.nofile.hard", 2048L),
                Arguments.of("services: {web: {volumes: [{read_only: \"true\"}]}}", "services.web.volumes.0.read_only",
                        true),
                Arguments.of("services: {web: {volumes: [{volume: {nocopy: \"true\"}}]}}",
                        "services.web.volumes.0.volume.nocopy", true),
                Arguments.of("services: {web: {depends_on: {db: {required: \"false\"}}}}",
                        "services.web.depends_on.db.required", false),
                Arguments.of("services: {web: {deploy: {update_config: {parallelism: \"2\", max_failure_ratio: \"0.3\"}}}}",
                        "services.web.deploy.update_config.max_failure_ratio", 0.3),
                Arguments.of("services: {web: {deploy: {restart_policy: {max_attempts: \"5\"}}}}",
                        "services.web.deploy.restart_policy.max_attempts", 5L),
                Arguments.of("services: {web: {deploy: {placement: {max_replicas_per_node: \"1\"}}}}",
                        "services.web.deploy.placement.max_replicas_per_node", 1L),
                Arguments.of("networks: {front: {external: \"true\"}}", "networks.front.external", true),
                Arguments.of("networks: {front: {internal: \"yes\"}}", "networks.front.internal", true),
                Arguments.of("networks: {front: {attachable: \"off\"}}", "networks.front.attachable", false),
                Arguments.of("networks: {front: {enable_ipv6: \"false\"}}", "networks.front.enable_ipv6", false),
                Arguments.of("volumes: {data: {external: \"true\"}}", "volumes.data.external", true),
                Arguments.of("secrets: {s: {external: \"true\"}}", "secrets.s.external", true),
                Arguments.of("configs: {c: {external: \"false\"}}", "configs.c.external", false),
                // not a cast path: stays a string (a file mode string is read as octal later)
                Arguments.of("services: {web: {secrets: [{mode: \"440\"}]}}", "services.web.secrets.0.mode", "440"),
                Arguments.of("services: {web: {image: \"${N}\"}}", "services.web.image", "3"),
                Arguments.of("x-replicas: \"${N}\"", "x-replicas", "3"),
                Arguments.of("services: {web: {ports: [\"${PORT}:80\"]}}", "services.web.ports.0", "8080:80"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("casts")
    void castsInterpolatedStringsAtKnownPaths(String yaml, String path, Object expected) {
        assertThat(at(interpolate(yaml), path.split("\\."))).isEqualTo(expected);
    }

    @Test
    void yamlOneOneBooleansWarn() {
        interpolate("services: {web: {tty: \"on\"}}");
        assertThat(warnings).containsExactly("\"on\" for boolean is not supported by YAML 1.2, please use `true`");
    }

    static Stream<Arguments> badCasts() {
        return Stream.of(
                Arguments.of("services:\n  web:\n    deploy:\n      replicas: \"x${N}\"\n",
                        "compose.yaml:4:17: error while interpolating services.web.deploy.replicas: failed to cast to expected type: "
                                + "strconv.Atoi: parsing \"x3\": invalid syntax"),
                Arguments.of("services:\n  web:\n    tty: \"maybe\"\n",
                        "compose.yaml:3:10: error while interpolating services.web.tty: failed to cast to expected type: invalid boolean: maybe"),
                Arguments.of("services:\n  web:\n    cpu_shares: \"${EMPTY}\"\n",
                        "compose.yaml:3:17: error while interpolating services.web.cpu_shares: failed to cast to expected type: "
                                + "strconv.ParseInt: parsing \"\": invalid syntax"),
                Arguments.of("services:\n  web:\n    cpus: \"1e99\"\n",
                        "compose.yaml:3:11: error while interpolating services.web.cpus: failed to cast to expected type: "
                                + "strconv.ParseFloat: parsing \"1e99\": value out of range"),
                Arguments.of("services:\n  web:\n    scale: \"99999999999999999999\"\n",
                        "compose.yaml:3:12: error while interpolating services.web.scale: failed to cast to expected type: "
                                + "strconv.Atoi: parsing \"99999999999999999999\": value out of range"),
                Arguments.of("services:\n  web:\n    cpus: \"half\"\n",
                        "compose.yaml:3:11: error while interpolating services.web.cpus: failed to cast to expected type: "
                                + "strconv.ParseFloat: parsing \"half\": invalid syntax"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badCasts")
    void badCastsNameThePlaceAndTheReason(String yaml, String message) {
        assertThatThrownBy(() -> interpolate(yaml)).isInstanceOf(ComposeException.class).hasMessage(message);
    }

    @Test
    void invalidTemplateIsLocated() {
        assertThatThrownBy(() -> interpolate("services:\n  web:\n    command: echo ${ bad}\n"))
                .isInstanceOf(ComposeException.class)
                .hasMessage("compose.yaml:3:14: invalid interpolation format for services.web.command.\n"
                        + "You may need to escape any $ with another $.\necho ${ bad}");
    }

    @Test
    void missingRequiredVariableIsLocated() {
        assertThatThrownBy(() -> interpolate("services:\n  web:\n    image: ${IMAGE:?set IMAGE first}\n"))
                .isInstanceOf(ComposeException.class)
                .hasMessage("compose.yaml:3:12: error while interpolating services.web.image: "
                        + "required variable IMAGE is missing a value: set IMAGE first");
    }

    @Test
    void everyFailureIsReportedSortedByPathEachWithItsLocation() {
        assertThatThrownBy(() -> interpolate("""
                services:
                  web:
                    volumes:
                      - source: ${ACME_PATH:?}
                    environment:
                      TIMEZONE: ${TIMEZONE:?}
                      ZZZ: ${
                """))
                .isInstanceOf(ComposeException.class)
                .hasMessage("compose.yaml:6:17: error while interpolating services.web.environment.TIMEZONE: "
                        + "required variable TIMEZONE is missing a value\n"
                        + "compose.yaml:7:12: invalid interpolation format for services.web.environment.ZZZ.\n"
                        + "You may need to escape any $ with another $.\n${\n"
                        + "compose.yaml:4:17: error while interpolating services.web.volumes.[].source: "
                        + "required variable ACME_PATH is missing a value");
    }

    @Test
    void errorsInListItemsPointAtTheItem() {
        assertThatThrownBy(() -> interpolate("services:\n  web:\n    command:\n      - ok\n      - ${X?}\n"))
                .hasMessageStartingWith("compose.yaml:5:9: error while interpolating services.web.command.[]: "
                        + "required variable X");
    }

    @Test
    void variablesAreCombinedAcrossTheDocument() {
        ComposeDocument doc = ComposeYaml.parse("c.yaml", """
                services:
                  web:
                    image: ${IMAGE}:${TAG:-latest}
                    environment:
                      A: ${IMAGE:?required}
                    command: [$CMD, "${TAG:+tagged}"]
                  ${KEY}: {}
                """).get(0);
        Map<String, TemplateVariable> vars = Interpolation.variables(doc.root());
        assertThat(vars.keySet()).containsExactly("IMAGE", "TAG", "CMD");
        assertThat(vars.get("IMAGE").required()).isTrue();
        assertThat(vars.get("TAG").defaultValue()).contains("latest");
        assertThat(vars.get("TAG").alternateValue()).contains("tagged");
    }
}
