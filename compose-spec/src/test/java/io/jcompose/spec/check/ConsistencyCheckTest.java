package io.jcompose.spec.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.spec.ComposeException;
import io.jcompose.spec.schema.YamlText;
import io.jcompose.spec.tree.ComposeDocument;
import io.jcompose.spec.tree.YamlPath;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each check on a small project in canonical form, as {@code config --format json} would print it. */
class ConsistencyCheckTest {

    private static void consistent(String yaml) {
        ComposeDocument document = YamlText.document(yaml);
        assertThatCode(() -> ConsistencyCheck.check(document.root(), document.marks()::exact))
                .doesNotThrowAnyException();
    }

    private static String problem(String yaml) {
        ComposeDocument document = YamlText.document(yaml);
        return assertThatThrownBy(() -> ConsistencyCheck.check(document.root(), document.marks()::exact))
                .isInstanceOf(ComposeException.class)
                .actual().getMessage();
    }

    @Test
    void aConsistentProjectPasses() {
        consistent("""
                name: demo
                services:
                  web:
                    image: nginx
                    depends_on:
                      db: {condition: service_healthy, required: true, restart: true}
                    links: ["db:database"]
                    volumes_from: ["db:ro", "container:legacy"]
                    networks: {front: null, default: {aliases: [www]}}
                    volumes:
                      - {type: volume, source: data, target: /data}
                      - {type: bind, source: /src, target: /src}
                      - {type: volume, target: /anonymous}
                    secrets: [{source: pw, target: /run/secrets/pw}]
                    configs: [{source: cfg, target: /cfg}]
                    ports:
                      - {mode: ingress, target: 80, published: "8080", protocol: tcp, host_ip: 127.0.0.1}
                      - {mode: ingress, target: 81, published: "9000-9010", protocol: tcp, host_ip: "::1"}
                    healthcheck: {test: ["CMD-SHELL", "true"]}
                    mem_limit: "536870912"
                    deploy: {replicas: 1, resources: {limits: {memory: 512m, cpus: "0.5"}}}
                    cpus: 0.5
                    container_name: demo-web
                    tmpfs: ["/tmp:size=64m"]
                  db:
                    build: {context: /work/db, dockerfile: Dockerfile, secrets: [{source: pw}]}
                    network_mode: "service:net"
                    ipc: shareable
                  net:
                    image: busybox
                    develop:
                      watch:
                        - {path: /work/src, action: rebuild}
                        - {path: /work/src, action: sync, target: /src}
                networks:
                  default: {name: demo_default, ipam: {}}
                  front: {name: shared_front, external: true, ipam: {}, labels: {}}
                volumes:
                  data: {name: demo_data}
                secrets:
                  pw: {name: demo_pw, file: /work/pw.txt}
                configs:
                  cfg: {name: demo_cfg, content: hello}
                """);
    }

    @Test
    void undefinedDependency() {
        assertThat(problem("""
                services:
                  web:
                    image: nginx
                    depends_on:
                      db: {condition: service_started, required: true}
                """)).isEqualTo("compose.yaml:5:7: service \"web\" depends on undefined service \"db\": invalid compose project");
    }

    @Test
    void optionalDependencyOnAServiceNotInTheProjectIsAccepted() {
        consistent("""
                services:
                  web:
                    image: nginx
                    depends_on:
                      tools: {condition: service_started, required: false}
                """);
    }

    @Test
    void networkModeOfAnUndefinedService() {
        assertThat(problem("""
                services:
                  web:
                    image: nginx
                    network_mode: "service:vpn"
                """)).isEqualTo("compose.yaml:4:5: service \"vpn\" not found for network_mode 'service:vpn'");
    }

    @Test
    void ipcAndPidOfAnUndefinedService() {
        assertThat(problem("""
                services:
                  web:
                    image: nginx
                    ipc: "service:other"
                """)).isEqualTo("compose.yaml:4:5: service \"other\" not found for ipc 'service:other'");
        assertThat(problem("""
                services:
                  web:
                    image: nginx
                    pid: "service:other"
                """)).isEqualTo("compose.yaml:4:5: service \"other\" not found for pid 'service:other'");
    }

    @Test
    void linkToAnUndefinedService() {
        assertThat(problem("""
                services:
                  web:
                    image: nginx
                    links:
                      - "cache:redis"
                """)).isEqualTo("compose.yaml:5:9: service \"web\" links to undefined service \"cache\"");
    }

    @Test
    void volumesFromAnUndefinedService() {
        assertThat(problem("""
                services:
                  web:
                    image: nginx
                    volumes_from: ["container:ok", "data:ro"]
                """)).isEqualTo("compose.yaml:4:36: service \"web\" mounts volumes from undefined service \"data\"");
    }

    @Test
    void undefinedNetworkVolumeSecretConfigAndBuildSecret() {
        assertThat(problem("""
                services:
                  web:
                    image: nginx
                    networks: {back: null}
                """)).isEqualTo("compose.yaml:4:16: service \"web\" refers to undefined network back: invalid compose project");
        assertThat(problem("""
                services:
                  web:
                    image: nginx
                    volumes:
                      - {type: volume, source: cache, target: /cache}
                """)).isEqualTo("compose.yaml:5:9: service \"web\" refers to undefined volume cache: invalid compose project");
        assertThat(problem("""
                services:
                  web:
                    image: nginx
                    secrets: [{source: token}]
                """)).isEqualTo("compose.yaml:4:15: service \"web\" refers to undefined secret token: invalid compose project");
        assertThat(problem("""
                services:
                  web:
                    image: nginx
                    configs: [nginx_conf]
                """)).isEqualTo("compose.yaml:4:15: service \"web\" refers to undefined config nginx_conf: invalid compose project");
        assertThat(problem("""
                services:
                  web:
                    build: {context: ., secrets: [{source: npmrc}]}
                """)).isEqualTo("compose.yaml:3:35: service \"web\" refers to undefined build secret npmrc: invalid compose project");
    }

    @Test
    void containerNameWithSeveralReplicas() {
        assertThat(problem("""
                services:
                  web:
                    image: nginx
                    container_name: web
                    scale: 3
                """)).isEqualTo("compose.yaml:4:5: services.web.container_name "
                + "can't set container_name and scale as container name must be unique: invalid compose project");
        assertThat(problem("""
                services:
                  web:
                    image: nginx
                    container_name: web
                    deploy: {replicas: 2}
                """)).isEqualTo("compose.yaml:4:5: services.web.container_name "
                + "can't set container_name and deploy.replicas as container name must be unique: invalid compose project");
        consistent("""
                services:
                  web:
                    image: nginx
                    container_name: web
                    scale: 1
                """);
    }

    @Test
    void externalNetworkWithDriverIsAcceptedAsCompose() {
        consistent("""
                services:
                  web: {image: nginx}
                networks:
                  shared:
                    external: true
                    driver: overlay
                    internal: true
                """);
    }

    private static String declarationProblem(String yaml) {
        ComposeDocument document = YamlText.document(yaml);
        return assertThatThrownBy(() -> ConsistencyCheck.checkDeclarations(document.root(), document.marks()::exact))
                .isInstanceOf(ComposeException.class)
                .actual().getMessage();
    }

    @Test
    void externalVolumeWithDriverOptionsAlsoInTheLegacyForm() {
        assertThat(declarationProblem("""
                services:
                  web: {image: nginx}
                volumes:
                  data:
                    external: {name: real}
                    driver_opts: {type: nfs}
                """)).isEqualTo("compose.yaml:4:3: volumes.data conflicting parameters \"external\" and \"driver_opts\" "
                + "specified");
    }

    @Test
    void externalWithOnlyEmptyDefaultsIsFine() {
        consistent("""
                services:
                  web: {image: nginx}
                networks:
                  shared: {name: shared, external: true, ipam: {}, labels: {}, internal: false, x-note: ok}
                volumes:
                  data: {name: data, external: true, x-note: ok}
                """);
        ComposeDocument document = YamlText.document("volumes:\n  data: {name: data, external: true, x-note: ok}\n");
        assertThatCode(() -> ConsistencyCheck.checkDeclarations(document.root(), document.marks()::exact))
                .doesNotThrowAnyException();
    }

    @Test
    void externalVolumeRefusesEvenAnEmptySetting() {
        assertThat(declarationProblem("""
                volumes:
                  data:
                    external: true
                    driver_opts: {}
                """)).isEqualTo("compose.yaml:2:3: volumes.data conflicting parameters \"external\" and \"driver_opts\" "
                + "specified");
    }

    @Test
    void secretsAndConfigsNeedExactlyOneSource() {
        assertThat(problem("""
                services:
                  web: {image: nginx}
                secrets:
                  token: {name: token}
                """)).isEqualTo("compose.yaml:4:3: secrets.token one of file|environment must be set");
        assertThat(problem("""
                services:
                  web: {image: nginx}
                secrets:
                  token: {file: ./t, environment: TOKEN}
                """)).isEqualTo("compose.yaml:4:3: secrets.token file|environment attributes are mutually exclusive");
        assertThat(problem("""
                services:
                  web: {image: nginx}
                configs:
                  cfg: {file: ./c, content: inline}
                """)).isEqualTo(
                "compose.yaml:4:3: configs.cfg file|environment|content attributes are mutually exclusive");
        consistent("""
                services:
                  web: {image: nginx}
                secrets:
                  outside: {external: true}
                  plugin: {driver: vault}
                configs:
                  env: {environment: CONFIG}
                """);
    }

    @Test
    void scaleAndReplicasMustAgree() {
        assertThat(problem("""
                services:
                  web:
                    image: nginx
                    scale: 2
                    deploy: {replicas: 3}
                """)).isEqualTo("compose.yaml:2:3: services.web can't set distinct values on 'scale' and 'deploy.replicas': invalid compose project");
    }

    @Test
    void shortResourceSettingsMustAgreeWithDeploy() {
        assertThat(problem("""
                services:
                  web:
                    image: nginx
                    mem_limit: 256m
                    deploy: {resources: {limits: {memory: 512m}}}
                """)).isEqualTo("compose.yaml:2:3: services.web can't set distinct values on 'mem_limit' and "
                + "'deploy.resources.limits.memory': invalid compose project");
        assertThat(problem("""
                services:
                  web:
                    image: nginx
                    cpus: 1.5
                    deploy: {resources: {limits: {cpus: "2"}}}
                """)).isEqualTo("compose.yaml:2:3: services.web can't set distinct values on 'cpus' and "
                + "'deploy.resources.limits.cpus': invalid compose project");
        assertThat(problem("""
                services:
                  web:
                    image: nginx
                    pids_limit: 100
                    deploy: {resources: {limits: {pids: 200}}}
                """)).isEqualTo("compose.yaml:2:3: services.web can't set distinct values on 'pids_limit' and "
                + "'deploy.resources.limits.pids': invalid compose project");
        consistent("""
                services:
                  web:
                    image: nginx
                    mem_reservation: 1073741824
                    deploy: {resources: {reservations: {memory: 1GiB}}}
                """);
    }

    @Test
    void portChecks() {
        assertThat(problem("""
                services:
                  web:
                    image: nginx
                    ports:
                      - {target: 80, published: "8080", host_ip: "localhost"}
                """)).isEqualTo("compose.yaml:5:41: services.web.ports.0.host_ip invalid ip address: localhost");
        assertThat(problem("""
                services:
                  web:
                    image: nginx
                    ports:
                      - {target: "80-82", published: "8080-8081"}
                """)).isEqualTo("compose.yaml:5:9: services.web.ports.0 "
                + "invalid ranges specified for container and host Ports: 80-82 and 8080-8081");
        assertThat(problem("""
                services:
                  web:
                    image: nginx
                    ports:
                      - {target: 80, published: "9000-8000"}
                """)).isEqualTo("compose.yaml:5:22: services.web.ports.0.published "
                + "invalid port range 9000-8000: end is before start");
        assertThat(problem("""
                services:
                  web:
                    image: nginx
                    ports:
                      - {target: 70000}
                """)).isEqualTo("compose.yaml:5:10: services.web.ports.0.target port 70000 is out of range 1-65535");
        consistent("""
                services:
                  web:
                    image: nginx
                    ports:
                      - {target: "80-81", published: "8080-8081", host_ip: "fe80::1"}
                      - {target: 90, published: "9000-9100", host_ip: "::ffff:10.0.0.1"}
                      - {target: 91}
                """);
    }

    @Test
    void imageOrBuildIsRequired() {
        assertThat(problem("""
                services:
                  web:
                    command: ["true"]
                """)).isEqualTo("compose.yaml:2:3: service \"web\" has neither an image nor a build context specified: invalid compose project");
    }

    @Test
    void buildSettingsThatExcludeEachOther() {
        assertThat(problem("""
                services:
                  web:
                    build: {context: ., dockerfile: Dockerfile, dockerfile_inline: "FROM scratch"}
                """)).isEqualTo("compose.yaml:3:5: service \"web\" declares mutualy exclusive dockerfile and "
                + "dockerfile_inline: invalid compose project");
        assertThat(problem("""
                services:
                  web:
                    platform: linux/arm64
                    build: {context: ., platforms: [linux/amd64]}
                """)).isEqualTo("compose.yaml:4:25: service.build.platforms MUST include service.platform "
                + "\"linux/arm64\": invalid compose project");
    }

    @Test
    void additionalContextsNamingServices() {
        assertThat(problem("""
                services:
                  web:
                    build: {context: ., additional_contexts: {base: "service:bse"}}
                """)).isEqualTo("compose.yaml:3:47: service \"web\" declares unknown service \"bse\" as additional "
                + "contexts base");
        assertThat(problem("""
                services:
                  base: {image: alpine}
                  web:
                    build: {context: ., additional_contexts: {base: "service:base"}}
                """)).isEqualTo("compose.yaml:4:47: service \"web\" declares non-buildable service \"base\" as "
                + "additional contexts base");
    }

    @Test
    void networkModeExcludesNetworks() {
        assertThat(problem("""
                services:
                  web:
                    image: nginx
                    network_mode: host
                    networks: {default: null}
                networks:
                  default: {name: demo_default}
                """)).isEqualTo("compose.yaml:4:5: service web declares mutually exclusive `network_mode` and "
                + "`networks`: invalid compose project");
    }

    @Test
    void healthcheckTestKind() {
        assertThat(problem("""
                services:
                  web:
                    image: nginx
                    healthcheck: {test: ["curl", "-f", "http://localhost"]}
                """)).isEqualTo("compose.yaml:4:19: healthcheck.test must start either by \"CMD\", \"CMD-SHELL\" "
                + "or \"NONE\"");
    }

    @Test
    void watchRules() {
        assertThat(problem("""
                services:
                  web:
                    image: nginx
                    develop:
                      watch:
                        - {path: ./src, action: sync}
                """)).isEqualTo("compose.yaml:6:11: services.web.develop.watch.0 target is required for "
                + "non-rebuild actions: invalid compose project");
        assertThat(problem("""
                services:
                  web:
                    image: nginx
                    develop:
                      watch:
                        - {path: "", action: rebuild}
                """)).isEqualTo("compose.yaml:6:12: services.web.develop.watch.0.path value can't be blank");
    }

    @Test
    void twoMountsOnOneTarget() {
        assertThat(problem("""
                services:
                  web:
                    image: nginx
                    tmpfs: ["/data"]
                    volumes:
                      - {type: bind, source: /srv, target: /data}
                """)).isEqualTo("compose.yaml:6:9: services.web.volumes.0 target /data already mounted as "
                + "services.web.tmpfs.0");
    }

    @Test
    void deviceRequestsTakeACountOrDeviceIds() {
        assertThat(problem("""
                services:
                  web:
                    image: nginx
                    gpus:
                      - {driver: nvidia, count: 1, device_ids: ["0"]}
                """)).isEqualTo("compose.yaml:5:9: services.web.gpus.0 \"count\" and \"device_ids\" attributes "
                + "are exclusive");
        assertThat(problem("""
                services:
                  web:
                    image: nginx
                    deploy:
                      resources:
                        reservations:
                          devices:
                            - {capabilities: [gpu], count: all, device_ids: ["1"]}
                """)).isEqualTo("compose.yaml:8:15: services.web.deploy.resources.reservations.devices.0 "
                + "\"count\" and \"device_ids\" attributes are exclusive");
    }

    @Test
    void invalidProjectName() {
        assertThat(problem("""
                name: My.Project
                services:
                  web: {image: nginx}
                """)).isEqualTo("compose.yaml:1:1: invalid project name \"My.Project\": must consist only of "
                + "lowercase alphanumeric characters, hyphens, and underscores as well as start with a letter or "
                + "number");
    }

    @Test
    void problemsAreReportedInServiceNameOrderWhateverTheMapOrder() {
        assertThat(problem("""
                services:
                  zeta:
                    image: nginx
                    depends_on: {missing1: {condition: service_started}}
                  alpha:
                    image: nginx
                    depends_on: {missing2: {condition: service_started}}
                """)).endsWith("service \"alpha\" depends on undefined service \"missing2\": invalid compose project");
    }

    @Test
    void withoutMarksTheMessageHasNoLocation() {
        ComposeDocument document = YamlText.document("""
                services:
                  web:
                    image: nginx
                    depends_on: {db: {condition: service_started}}
                """);
        assertThatThrownBy(() -> ConsistencyCheck.check(document.root(), path -> Optional.empty()))
                .hasMessage("service \"web\" depends on undefined service \"db\": invalid compose project");
    }

    @Test
    void markFallsBackToTheNearestMarkedAncestor() {
        ComposeDocument document = YamlText.document("""
                services:
                  web:
                    image: nginx
                    depends_on: {db: {condition: service_started}}
                """);
        YamlPath service = YamlPath.of("services", "web");
        assertThatThrownBy(() -> ConsistencyCheck.check(document.root(),
                path -> path.equals(service) ? document.marks().exact(service) : Optional.empty()))
                .hasMessage("compose.yaml:2:3: service \"web\" depends on undefined service \"db\": invalid compose project");
    }

    @Test
    void dependencyCycleIsReportedLast() {
        assertThat(problem("""
                services:
                  a:
                    image: nginx
                    depends_on: {b: {condition: service_started}}
                  b:
                    image: nginx
                    depends_on: {a: {condition: service_started}}
                """)).isEqualTo("compose.yaml:2:3: dependency cycle detected: a -> b -> a");
    }
}
