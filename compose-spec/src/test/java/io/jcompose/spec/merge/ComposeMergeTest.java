package io.jcompose.spec.merge;

import static io.jcompose.spec.merge.TestTrees.yaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.spec.ComposeException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One test per row of the reference's merge table (2.6). */
class ComposeMergeTest {

    private static Map<String, Object> merged(String base, String override) {
        return Uniqueness.enforce(ComposeMerge.merge(yaml(base), yaml(override)));
    }

    private static java.util.List<Object> list(Object value) {
        return TreeValues.asList(value);
    }

    private static Object web(Map<String, Object> tree, String key) {
        return TreeValues.asMap(TreeValues.asMap(tree.get("services")).get("web")).get(key);
    }

    @Test
    void mappingsMergeRecursivelyAndLaterScalarsWin() {
        Map<String, Object> tree = merged("""
                services:
                  web:
                    image: nginx
                    working_dir: /a
                """, """
                services:
                  web:
                    image: nginx:2
                    user: root
                """);
        assertThat(TreeValues.asMap(tree.get("services")).get("web"))
                .isEqualTo(Map.of("image", "nginx:2", "working_dir", "/a", "user", "root"));
    }

    @Test
    void plainSequencesAppendLaterAfterEarlierWithoutExactDuplicates() {
        Map<String, Object> tree = merged("""
                services:
                  web:
                    security_opt: [a, b]
                """, """
                services:
                  web:
                    security_opt: [b, c]
                """);
        assertThat(list(web(tree, "security_opt"))).containsExactly("a", "b", "c");
    }

    @Test
    void commandEntrypointAndHealthcheckTestAreReplaced() {
        Map<String, Object> tree = merged("""
                services:
                  web:
                    command: [a, b]
                    entrypoint: [sh, -c]
                    healthcheck:
                      test: [CMD, a]
                      interval: 5s
                """, """
                services:
                  web:
                    command: [c]
                    entrypoint: bash
                    healthcheck:
                      test: [CMD, b]
                """);
        assertThat(list(web(tree, "command"))).containsExactly("c");
        assertThat(web(tree, "entrypoint")).isEqualTo("bash");
        assertThat(web(tree, "healthcheck")).isEqualTo(Map.of("test", java.util.List.of("CMD", "b"), "interval", "5s"));
    }

    @Test
    void environmentMapAndListFormsMergeByKeyLastWins() {
        Map<String, Object> tree = merged("""
                services:
                  web:
                    environment:
                      A: "1"
                      B: "2"
                """, """
                services:
                  web:
                    environment:
                      - B=3
                      - C
                """);
        assertThat(list(web(tree, "environment"))).containsExactly("A=1", "B=3", "C");
    }

    @Test
    void labelsAnnotationsSysctlsAndBuildArgsMergeByKey() {
        Map<String, Object> tree = merged("""
                services:
                  web:
                    labels: [a=1, b=2]
                    annotations: {x: "1"}
                    sysctls: {net.core.somaxconn: 1024}
                    build:
                      context: .
                      args: {V: "1"}
                      labels: {l: one}
                    deploy:
                      labels: [d=1]
                """, """
                services:
                  web:
                    labels: {a: "9"}
                    annotations: [x=2, y=3]
                    sysctls: [net.core.somaxconn=2048]
                    build:
                      args: [V=2, W=3]
                      labels: [l=two]
                    deploy:
                      labels: {d: "2"}
                """);
        assertThat(list(web(tree, "labels"))).containsExactly("a=9", "b=2");
        assertThat(list(web(tree, "annotations"))).containsExactly("x=2", "y=3");
        assertThat(list(web(tree, "sysctls"))).containsExactly("net.core.somaxconn=2048");
        Map<String, Object> build = TreeValues.asMap(web(tree, "build"));
        assertThat(list(build.get("args"))).containsExactly("V=2", "W=3");
        assertThat(list(build.get("labels"))).containsExactly("l=two");
        assertThat(list(TreeValues.asMap(web(tree, "deploy")).get("labels"))).containsExactly("d=2");
    }

    @Test
    void dnsTmpfsAndEnvFileAcceptStringOrListAndAppendDistinct() {
        Map<String, Object> tree = merged("""
                services:
                  web:
                    dns: 8.8.8.8
                    tmpfs: /run
                    env_file: a.env
                    dns_search: [x]
                """, """
                services:
                  web:
                    dns: [1.1.1.1, 8.8.8.8]
                    tmpfs: [/tmp]
                    env_file: [b.env, a.env]
                    dns_search: y
                """);
        assertThat(list(web(tree, "dns"))).containsExactly("8.8.8.8", "1.1.1.1");
        assertThat(list(web(tree, "tmpfs"))).containsExactly("/run", "/tmp");
        assertThat(list(web(tree, "env_file"))).containsExactly("a.env", "b.env");
        assertThat(list(web(tree, "dns_search"))).containsExactly("x", "y");
    }

    @Test
    void portsDeduplicateByBinding() {
        Map<String, Object> tree = merged("""
                services:
                  web:
                    ports:
                      - "8080:80"
                      - target: 443
                        published: "8443"
                """, """
                services:
                  web:
                    ports:
                      - "8080:80"
                      - "9090:90"
                      - target: 443
                        published: "8443"
                        host_ip: 0.0.0.0
                        protocol: tcp
                        mode: host
                """);
        assertThat(list(web(tree, "ports"))).hasSize(3);
        assertThat(TreeValues.asMap(TreeValues.asList(web(tree, "ports")).get(1))).containsEntry("mode", "host");
    }

    @Test
    void volumesAndDevicesDeduplicateByTarget() {
        Map<String, Object> tree = merged("""
                services:
                  web:
                    volumes:
                      - ./a:/data
                      - cache:/cache
                    devices:
                      - /dev/a:/dev/x
                """, """
                services:
                  web:
                    volumes:
                      - type: bind
                        source: ./b
                        target: /data
                      - /logs
                    devices:
                      - /dev/b:/dev/x
                """);
        assertThat(list(web(tree, "volumes"))).hasSize(3);
        assertThat(TreeValues.asMap(TreeValues.asList(web(tree, "volumes")).get(0))).containsEntry("source", "./b");
        assertThat(list(web(tree, "devices"))).containsExactly("/dev/b:/dev/x");
    }

    @Test
    void secretsAndConfigsDeduplicateByTarget() {
        Map<String, Object> tree = merged("""
                services:
                  web:
                    secrets: [token, other]
                    configs:
                      - source: cfg
                        target: /etc/cfg
                """, """
                services:
                  web:
                    secrets:
                      - source: token
                        target: /run/secrets/token
                        mode: 0400
                    configs:
                      - source: cfg2
                        target: /etc/cfg
                """);
        assertThat(list(web(tree, "secrets"))).hasSize(2);
        assertThat(TreeValues.asList(web(tree, "secrets")).get(0)).isInstanceOf(Map.class);
        assertThat(list(web(tree, "configs"))).hasSize(1);
    }

    @Test
    void valueListsDeduplicate() {
        Map<String, Object> tree = merged("""
                services:
                  web:
                    expose: [80, "90"]
                    cap_add: [NET_ADMIN]
                    cap_drop: [ALL]
                    profiles: [a]
                    links: [db]
                    networks:
                      front:
                        aliases: [x]
                    build:
                      context: .
                      tags: [t1]
                """, """
                services:
                  web:
                    expose: [80, "91"]
                    cap_add: [NET_ADMIN, SYS_TIME]
                    cap_drop: [ALL]
                    profiles: [a, b]
                    links: [db, cache]
                    networks:
                      front:
                        aliases: [x, y]
                    build:
                      tags: [t1, t2]
                """);
        assertThat(list(web(tree, "expose"))).containsExactly(80L, "90", "91");
        assertThat(list(web(tree, "cap_add"))).containsExactly("NET_ADMIN", "SYS_TIME");
        assertThat(list(web(tree, "cap_drop"))).containsExactly("ALL");
        assertThat(list(web(tree, "profiles"))).containsExactly("a", "b");
        assertThat(list(web(tree, "links"))).containsExactly("db", "cache");
        assertThat(list(TreeValues.asMap(TreeValues.asMap(web(tree, "networks")).get("front")).get("aliases")))
                .containsExactly("x", "y");
        assertThat(list(TreeValues.asMap(web(tree, "build")).get("tags"))).containsExactly("t1", "t2");
    }

    @Test
    void extraHostsUnionWithoutDuplicates() {
        Map<String, Object> tree = merged("""
                services:
                  web:
                    extra_hosts: ["a:1.1.1.1"]
                """, """
                services:
                  web:
                    extra_hosts:
                      a: 1.1.1.1
                      b: 2.2.2.2
                """);
        assertThat(list(web(tree, "extra_hosts"))).containsExactly("a:1.1.1.1", "a=1.1.1.1", "b=2.2.2.2");
    }

    @Test
    void dependsOnShortListBecomesMapThenMerges() {
        Map<String, Object> tree = merged("""
                services:
                  web:
                    depends_on: [db]
                """, """
                services:
                  web:
                    depends_on:
                      cache:
                        condition: service_healthy
                """);
        assertThat(web(tree, "depends_on")).isEqualTo(Map.of(
                "db", Map.of("condition", "service_started", "required", true),
                "cache", Map.of("condition", "service_healthy")));
    }

    @Test
    void serviceNetworksListBecomesMapThenMerges() {
        Map<String, Object> tree = merged("""
                services:
                  web:
                    networks: [front]
                """, """
                services:
                  web:
                    networks:
                      back:
                        aliases: [api]
                """);
        Map<String, Object> networks = TreeValues.asMap(web(tree, "networks"));
        assertThat(networks).containsKeys("front", "back");
        assertThat(networks.get("front")).isNull();
    }

    @Test
    void buildStringBecomesContextThenMerges() {
        Map<String, Object> tree = merged("""
                services:
                  web:
                    build: ./app
                """, """
                services:
                  web:
                    build:
                      dockerfile: Dockerfile.dev
                """);
        assertThat(web(tree, "build")).isEqualTo(Map.of("context", "./app", "dockerfile", "Dockerfile.dev"));
    }

    @Test
    void loggingOptionsMergeOnlyForTheSameDriver() {
        String base = """
                services:
                  web:
                    logging:
                      driver: json-file
                      options: {max-size: 10m}
                """;
        Map<String, Object> same = merged(base, """
                services:
                  web:
                    logging:
                      options: {max-file: "3"}
                """);
        assertThat(web(same, "logging")).isEqualTo(Map.of("driver", "json-file",
                "options", Map.of("max-size", "10m", "max-file", "3")));
        Map<String, Object> other = merged(base, """
                services:
                  web:
                    logging:
                      driver: syslog
                      options: {syslog-address: "udp://x:514"}
                """);
        assertThat(web(other, "logging")).isEqualTo(Map.of("driver", "syslog",
                "options", Map.of("syslog-address", "udp://x:514")));
    }

    @Test
    void ulimitsNumberAndSoftHardFormsMerge() {
        Map<String, Object> tree = merged("""
                services:
                  web:
                    ulimits:
                      nofile: 1000
                      nproc: {soft: 10, hard: 20}
                """, """
                services:
                  web:
                    ulimits:
                      nofile: {soft: 2000}
                      nproc: 30
                """);
        assertThat(web(tree, "ulimits")).isEqualTo(Map.of(
                "nofile", Map.of("soft", 2000L, "hard", 1000L),
                "nproc", 30L));
    }

    @Test
    void ipamConfigMergesBySubnet() {
        Map<String, Object> tree = merged("""
                networks:
                  net:
                    ipam:
                      config:
                        - subnet: 10.0.0.0/24
                          gateway: 10.0.0.1
                """, """
                networks:
                  net:
                    ipam:
                      config:
                        - subnet: 10.0.0.0/24
                          ip_range: 10.0.0.0/25
                        - subnet: 10.1.0.0/24
                """);
        Object config = TreeValues.asMap(TreeValues.asMap(TreeValues.asMap(tree.get("networks")).get("net")).get("ipam"))
                .get("config");
        assertThat(list(config)).containsExactly(
                Map.of("subnet", "10.0.0.0/24", "gateway", "10.0.0.1", "ip_range", "10.0.0.0/25"),
                Map.of("subnet", "10.1.0.0/24"));
    }

    @Test
    void resetRemovesTheInheritedAttribute() {
        Map<String, Object> tree = merged("""
                services:
                  web:
                    image: nginx
                    ports: ["80:80"]
                    environment: {A: "1", B: "2"}
                """, """
                services:
                  web:
                    ports: !reset []
                    environment:
                      A: !reset
                """);
        assertThat(TreeValues.asMap(TreeValues.asMap(tree.get("services")).get("web"))).doesNotContainKey("ports");
        assertThat(list(web(tree, "environment"))).containsExactly("B=2");
    }

    @Test
    void overrideReplacesInsteadOfMerging() {
        Map<String, Object> tree = merged("""
                services:
                  web:
                    ports: ["80:80"]
                    environment: {A: "1"}
                """, """
                services:
                  web:
                    ports: !override ["81:81"]
                    environment: !override {B: "2"}
                """);
        assertThat(list(web(tree, "ports"))).containsExactly("81:81");
        assertThat(web(tree, "environment")).isEqualTo(Map.of("B", "2"));
    }

    @Test
    void tagsInTheFirstFileAreResolvedToo() {
        Map<String, Object> tree = merged("services: {}", """
                services:
                  web:
                    image: !override nginx
                    ports: !reset []
                """);
        assertThat(TreeValues.asMap(tree.get("services")).get("web")).isEqualTo(Map.of("image", "nginx"));
    }

    @Test
    void extensionsAndUnknownKeysMergeLikeMappings() {
        Map<String, Object> tree = merged("""
                x-common: {a: 1}
                """, """
                x-common: {b: 2}
                """);
        assertThat(tree.get("x-common")).isEqualTo(Map.of("a", 1L, "b", 2L));
    }

    @Test
    void mismatchedTypesAreRejectedWithThePath() {
        assertThatThrownBy(() -> merged("""
                services:
                  web:
                    deploy: {replicas: 1}
                """, """
                services:
                  web:
                    deploy: [1]
                """)).isInstanceOf(ComposeException.class).hasMessageStartingWith("services.web.deploy ");
    }

    @Test
    void nullInALaterFileKeepsTheEarlierValue() {
        Map<String, Object> tree = merged("""
                services:
                  web:
                    image: nginx
                """, """
                services:
                  web:
                    image:
                """);
        assertThat(web(tree, "image")).isEqualTo("nginx");
    }
}
