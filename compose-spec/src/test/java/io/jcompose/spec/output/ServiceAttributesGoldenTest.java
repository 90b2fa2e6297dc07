package io.jcompose.spec.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.spec.model.ModelBinder;
import io.jcompose.spec.model.Project;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Per attribute: short syntax in, the text docker compose config prints out, and the printed text loads back to
 * the same project.
 */
class ServiceAttributesGoldenTest {

    private static final String HEADER = "name: demo\nservices:\n  s:\n";
    private static final String FOOTER = "networks:\n  default:\n    name: demo_default\n";

    /** Checks the service block printed for one attribute (the default network lines included). */
    private static void assertService(String attribute, String expectedServiceBody) {
        String in = "services:\n  s:\n" + attribute.indent(4);
        String out = ConfigFixture.yaml(in);
        assertThat(out).isEqualTo(HEADER + expectedServiceBody.indent(4) + FOOTER);
        assertRoundTrip(in);
    }

    static void assertRoundTrip(String in) {
        Project first = ConfigFixture.project(in);
        String printed = ConfigWriter.yaml(first).replace("$$", "$");
        Project again = ModelBinder.bind(ConfigFixture.canonical(printed, Map.of()));
        assertThat(again).isEqualTo(first);
        assertThat(ConfigWriter.yaml(again)).isEqualTo(ConfigWriter.yaml(first));
    }

    @Test
    void portsShortSyntax() {
        assertService("""
                ports:
                  - 3000
                  - "3001-3002"
                  - "8000:8000"
                  - "9090-9091:8080-8081"
                  - "127.0.0.1:8001:8001"
                  - "[::1]:6000:6000/udp"
                  - "8443:443/TCP"
                  - "5000-5001:5000"
                """, """
                networks:
                  default: null
                ports:
                  - mode: ingress
                    target: 3000
                    protocol: tcp
                  - mode: ingress
                    target: 3001
                    protocol: tcp
                  - mode: ingress
                    target: 3002
                    protocol: tcp
                  - mode: ingress
                    target: 8000
                    published: "8000"
                    protocol: tcp
                  - mode: ingress
                    target: 8080
                    published: "9090"
                    protocol: tcp
                  - mode: ingress
                    target: 8081
                    published: "9091"
                    protocol: tcp
                  - mode: ingress
                    host_ip: 127.0.0.1
                    target: 8001
                    published: "8001"
                    protocol: tcp
                  - mode: ingress
                    host_ip: ::1
                    target: 6000
                    published: "6000"
                    protocol: udp
                  - mode: ingress
                    target: 443
                    published: "8443"
                    protocol: tcp
                  - mode: ingress
                    target: 5000
                    published: 5000-5001
                    protocol: tcp
                """);
    }

    @Test
    void portsLongSyntax() {
        assertService("""
                ports:
                  - target: 80
                    published: 8080
                    host_ip: 127.0.0.1
                    protocol: udp
                    app_protocol: http
                    name: web
                    mode: host
                """, """
                networks:
                  default: null
                ports:
                  - name: web
                    mode: host
                    host_ip: 127.0.0.1
                    target: 80
                    published: "8080"
                    protocol: udp
                    app_protocol: http
                """);
    }

    @Test
    void volumesShortAndLongSyntax() {
        assertService("""
                volumes:
                  - /var/lib/anonymous
                  - /opt/data:/var/lib/data
                  - .:/code
                  - ./static:/var/www/html:ro,z
                  - datavolume:/var/lib/volume:nocopy
                  - type: bind
                    source: ./opt
                    target: /opt/cached
                    consistency: cached
                  - type: bind
                    source: ./strict
                    target: /strict
                    bind:
                      create_host_path: false
                  - type: tmpfs
                    target: /opt/tmpfs
                    tmpfs:
                      size: 10k
                      mode: 01777
                  - type: volume
                    source: cache
                    target: /cache
                    read_only: true
                    volume:
                      subpath: sub
                """, """
                networks:
                  default: null
                volumes:
                  - type: volume
                    target: /var/lib/anonymous
                    volume: {}
                  - type: bind
                    source: /opt/data
                    target: /var/lib/data
                    bind: {}
                  - type: bind
                    source: /work/project
                    target: /code
                    bind: {}
                  - type: bind
                    source: /work/project/static
                    target: /var/www/html
                    read_only: true
                    bind:
                      selinux: z
                  - type: volume
                    source: datavolume
                    target: /var/lib/volume
                    volume:
                      nocopy: true
                  - type: bind
                    source: /work/project/opt
                    target: /opt/cached
                    consistency: cached
                  - type: bind
                    source: /work/project/strict
                    target: /strict
                    bind:
                      create_host_path: false
                  - type: tmpfs
                    target: /opt/tmpfs
                    tmpfs:
                      size: "10240"
                      mode: 1023
                  - type: volume
                    source: cache
                    target: /cache
                    read_only: true
                    volume:
                      subpath: sub
                """);
    }

    @Test
    void dependsOnListAndMap() {
        String in = """
                services:
                  a:
                    image: x
                    depends_on: [b]
                  b:
                    image: x
                    depends_on:
                      c:
                        condition: service_healthy
                        restart: true
                      d:
                        condition: service_completed_successfully
                        required: false
                  c:
                    image: x
                  d:
                    image: x
                """;
        assertThat(ConfigFixture.yaml(in)).isEqualTo("""
                name: demo
                services:
                  a:
                    depends_on:
                      b:
                        condition: service_started
                        required: true
                    image: x
                    networks:
                      default: null
                  b:
                    depends_on:
                      c:
                        condition: service_healthy
                        restart: true
                        required: true
                      d:
                        condition: service_completed_successfully
                        required: false
                    image: x
                    networks:
                      default: null
                  c:
                    image: x
                    networks:
                      default: null
                  d:
                    image: x
                    networks:
                      default: null
                networks:
                  default:
                    name: demo_default
                """);
        assertRoundTrip(in);
    }

    @Test
    void environmentListMapAndKeyOnly() {
        String in = """
                services:
                  s:
                    image: x
                    environment:
                      - B=2
                      - A=1=one
                      - FROM_SHELL
                      - MISSING
                      - EMPTY=
                  t:
                    image: x
                    environment:
                      NUM: 42
                      BOOL: "true"
                      NIL:
                      DOLLAR: $$HOME
                """;
        Map<String, Object> canonical = ConfigFixture.canonical(in, Map.of("FROM_SHELL", "shell"));
        assertThat(ConfigWriter.yaml(canonical)).isEqualTo("""
                name: demo
                services:
                  s:
                    environment:
                      A: 1=one
                      B: "2"
                      EMPTY: ""
                      FROM_SHELL: shell
                      MISSING: null
                    image: x
                    networks:
                      default: null
                  t:
                    environment:
                      BOOL: "true"
                      DOLLAR: $$$$HOME
                      NIL: null
                      NUM: "42"
                    image: x
                    networks:
                      default: null
                networks:
                  default:
                    name: demo_default
                """);
    }

    @Test
    void healthcheckStringTestAndDurations() {
        assertService("""
                healthcheck:
                  test: curl -f http://localhost || exit 1
                  interval: 90s
                  timeout: 1500ms
                  retries: 3
                  start_period: 1h
                  start_interval: 5s
                """, """
                healthcheck:
                  test:
                    - CMD-SHELL
                    - curl -f http://localhost || exit 1
                  timeout: 1.5s
                  interval: 1m30s
                  retries: 3
                  start_period: 1h0m0s
                  start_interval: 5s
                networks:
                  default: null
                """);
        assertService("""
                healthcheck:
                  disable: true
                """, """
                healthcheck:
                  disable: true
                networks:
                  default: null
                """);
    }

    @Test
    void buildShortAndLong() {
        assertService("build: ./app", """
                build:
                  context: /work/project/app
                  dockerfile: Dockerfile
                networks:
                  default: null
                """);
        assertService("""
                build:
                  context: .
                  dockerfile: Dockerfile.dev
                  args:
                    - VERSION=1.0
                    - FLAG
                  target: dev
                  labels:
                    a: b
                  cache_from: [x]
                  shm_size: 1g
                """, """
                build:
                  context: /work/project
                  dockerfile: Dockerfile.dev
                  args:
                    VERSION: "1.0"
                  labels:
                    a: b
                  cache_from:
                    - x
                  target: dev
                  shm_size: "1073741824"
                networks:
                  default: null
                """);
    }

    @Test
    void networksListAndMap() {
        String in = """
                services:
                  s:
                    image: x
                    networks:
                      front:
                        aliases: [web]
                        ipv4_address: 172.16.0.10
                        priority: 100
                      back:
                networks:
                  front:
                    driver: bridge
                  back:
                    external: true
                """;
        assertThat(ConfigFixture.yaml(in)).isEqualTo("""
                name: demo
                services:
                  s:
                    image: x
                    networks:
                      back: null
                      front:
                        aliases:
                          - web
                        ipv4_address: 172.16.0.10
                        priority: 100
                networks:
                  back:
                    name: back
                    external: true
                  front:
                    name: demo_front
                    driver: bridge
                """);
        assertRoundTrip(in);
    }

    @Test
    void secretsAndConfigsShortAndLong() {
        String in = """
                services:
                  s:
                    image: x
                    secrets:
                      - token
                      - source: key
                        target: /etc/key
                        uid: "103"
                        mode: 0440
                    configs:
                      - app
                      - source: other
                        target: /other
                secrets:
                  token:
                    file: ./token.txt
                  key:
                    environment: KEY
                configs:
                  app:
                    content: hello
                  other:
                    external: true
                """;
        assertThat(ConfigFixture.yaml(in)).isEqualTo("""
                name: demo
                services:
                  s:
                    configs:
                      - source: app
                      - source: other
                        target: /other
                    image: x
                    networks:
                      default: null
                    secrets:
                      - source: token
                        target: /run/secrets/token
                      - source: key
                        target: /etc/key
                        uid: "103"
                        mode: 288
                networks:
                  default:
                    name: demo_default
                secrets:
                  key:
                    name: demo_key
                    environment: KEY
                  token:
                    name: demo_token
                    file: /work/project/token.txt
                configs:
                  app:
                    name: demo_app
                    content: hello
                  other:
                    name: other
                    external: true
                """);
        assertRoundTrip(in);
    }

    @Test
    void ulimitsSingleAndPair() {
        assertService("""
                ulimits:
                  nproc: 65535
                  nofile:
                    soft: 20000
                    hard: 40000
                """, """
                networks:
                  default: null
                ulimits:
                  nofile:
                    soft: 20000
                    hard: 40000
                  nproc: 65535
                """);
    }

    @Test
    void extraHostsAllForms() {
        assertService("""
                extra_hosts:
                  - somehost:162.242.195.82
                  - otherhost=50.31.209.229
                  - ipv6:[::1]
                """, """
                extra_hosts:
                  - ipv6=::1
                  - otherhost=50.31.209.229
                  - somehost=162.242.195.82
                networks:
                  default: null
                """);
        assertService("""
                extra_hosts:
                  b: 10.0.0.2
                  a: [10.0.0.1, 10.0.0.3]
                """, """
                extra_hosts:
                  - a=10.0.0.1
                  - a=10.0.0.3
                  - b=10.0.0.2
                networks:
                  default: null
                """);
    }

    @Test
    void deployResources() {
        assertService("""
                deploy:
                  replicas: 2
                  resources:
                    limits:
                      cpus: "0.5"
                      memory: 50M
                    reservations:
                      memory: 20m
                  restart_policy:
                    condition: on-failure
                    delay: 5s
                    max_attempts: 3
                """, """
                deploy:
                  replicas: 2
                  resources:
                    limits:
                      cpus: 0.5
                      memory: "52428800"
                    reservations:
                      memory: "20971520"
                  restart_policy:
                    condition: on-failure
                    delay: 5s
                    max_attempts: 3
                networks:
                  default: null
                """);
    }

    @Test
    void labelsListAndMap() {
        assertService("""
                labels:
                  - com.example.description=Accounting webapp
                  - com.example.empty-label
                  - com.example.number=42
                """, """
                labels:
                  com.example.description: Accounting webapp
                  com.example.empty-label: ""
                  com.example.number: "42"
                networks:
                  default: null
                """);
    }

    @Test
    void commandAndEntrypointStringsAreShellSplit() {
        assertService("""
                command: bundle exec thin -p 3000 "a b" 'c d'
                entrypoint: /code/entrypoint.sh -p 3000
                """, """
                command:
                  - bundle
                  - exec
                  - thin
                  - -p
                  - "3000"
                  - a b
                  - c d
                entrypoint:
                  - /code/entrypoint.sh
                  - -p
                  - "3000"
                networks:
                  default: null
                """);
    }

    @Test
    void scalarListsAndMisc() {
        assertService("""
                image: redis:7
                devices: ["/dev/ttyUSB0:/dev/ttyUSB0"]
                tmpfs: /run
                dns: 8.8.8.8
                dns_search: [dc1.example.com]
                expose: [3000, "8000"]
                sysctls:
                  - net.core.somaxconn=1024
                logging:
                  driver: syslog
                  options:
                    syslog-address: tcp://192.168.0.42:123
                restart: "no"
                stop_grace_period: 1m30s
                stop_signal: SIGUSR1
                mem_limit: 1g
                cpus: 1.5
                shm_size: 64m
                init: false
                tty: true
                privileged: false
                user: "1000:1000"
                working_dir: /code
                cap_add: [ALL]
                pull_policy: if_not_present
                """, """
                cap_add:
                  - ALL
                cpus: 1.5
                devices:
                  - source: /dev/ttyUSB0
                    target: /dev/ttyUSB0
                    permissions: rwm
                dns:
                  - 8.8.8.8
                dns_search:
                  - dc1.example.com
                expose:
                  - "3000"
                  - "8000"
                image: redis:7
                init: false
                logging:
                  driver: syslog
                  options:
                    syslog-address: tcp://192.168.0.42:123
                mem_limit: "1073741824"
                networks:
                  default: null
                pull_policy: missing
                restart: "no"
                shm_size: "67108864"
                stop_grace_period: 1m30s
                stop_signal: SIGUSR1
                sysctls:
                  net.core.somaxconn: "1024"
                tmpfs:
                  - /run
                tty: true
                user: 1000:1000
                working_dir: /code
                """);
    }

    @Test
    void envFileIsFoldedThenDropped(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("a.env"), "# comment\nFOO=from_file\nBAR=bar\n");
        String in = """
                services:
                  s:
                    image: x
                    env_file:
                      - a.env
                      - path: missing.env
                        required: false
                    environment:
                      BAR: from_service
                """;
        Map<String, Object> canonical = io.jcompose.spec.canonical.Canonicalizer.canonicalize(
                ConfigFixture.load(in),
                io.jcompose.spec.canonical.CanonicalOptions.defaults(dir, "demo", k -> java.util.Optional.empty()));
        assertThat(ConfigWriter.yaml(ModelBinder.bind(canonical))).isEqualTo("""
                name: demo
                services:
                  s:
                    environment:
                      BAR: from_service
                      FOO: from_file
                    image: x
                    networks:
                      default: null
                networks:
                  default:
                    name: demo_default
                """);
        Map<String, Object> unresolved = io.jcompose.spec.canonical.Canonicalizer.canonicalize(
                ConfigFixture.load(in), new io.jcompose.spec.canonical.CanonicalOptions(dir, "demo",
                        k -> java.util.Optional.empty(), true, true, false));
        assertThat(ConfigWriter.yaml(ModelBinder.bind(unresolved))).isEqualTo("""
                name: demo
                services:
                  s:
                    environment:
                      BAR: from_service
                    env_file:
                      - %s
                      - path: %s
                        required: false
                    image: x
                    networks:
                      default: null
                networks:
                  default:
                    name: demo_default
                """.formatted(dir.resolve("a.env"), dir.resolve("missing.env")));
    }

    @Test
    void blkioRatesAreBytes() {
        assertService("""
                blkio_config:
                  weight: 300
                  weight_device:
                    - path: /dev/sda
                      weight: 400
                  device_read_bps:
                    - path: /dev/sdb
                      rate: 12mb
                """, """
                blkio_config:
                  weight: 300
                  weight_device:
                    - path: /dev/sda
                      weight: 400
                  device_read_bps:
                    - path: /dev/sdb
                      rate: "12582912"
                networks:
                  default: null
                """);
        assertThat(ConfigFixture.json("""
                services:
                  s:
                    network_mode: none
                    blkio_config:
                      device_write_iops:
                        - path: /dev/sda
                          rate: 1000
                """)).contains("\"Path\": \"/dev/sda\"", "\"Rate\": \"1000\"");
    }

    @Test
    void gpusDevelopAndHooks() {
        assertService("""
                gpus: all
                develop:
                  watch:
                    - path: ./src
                      action: sync
                      target: /app/src
                      ignore: [node_modules/]
                    - path: package.json
                      action: rebuild
                post_start:
                  - command: echo started
                    user: root
                pre_stop:
                  - command: ["./drain.sh"]
                    environment: [GRACE=10]
                """, """
                develop:
                  watch:
                    - path: /work/project/src
                      action: sync
                      target: /app/src
                      ignore:
                        - node_modules/
                    - path: /work/project/package.json
                      action: rebuild
                gpus:
                  - count: -1
                networks:
                  default: null
                post_start:
                  - command:
                      - echo
                      - started
                    user: root
                pre_stop:
                  - command:
                      - ./drain.sh
                    environment:
                      GRACE: "10"
                """);
    }

    @Test
    void ipcPidAndVolumesFromImplyDependencies() {
        String in = """
                services:
                  app:
                    image: x
                    ipc: service:shm
                    volumes_from: [data:ro]
                  shm:
                    image: x
                  data:
                    image: x
                """;
        assertThat(ConfigFixture.yaml(in)).startsWith("""
                name: demo
                services:
                  app:
                    depends_on:
                      data:
                        condition: service_started
                        required: true
                      shm:
                        condition: service_started
                        restart: true
                        required: true
                    image: x
                    ipc: service:shm
                    networks:
                      default: null
                    volumes_from:
                      - data:ro
                """);
        assertRoundTrip(in);
    }

    @Test
    void keyOnlyBuildArgsResolveOrDisappear() {
        Map<String, Object> canonical = ConfigFixture.canonical("""
                services:
                  s:
                    build:
                      context: .
                      args: [FROM_SHELL, MISSING]
                """, Map.of("FROM_SHELL", "v1"));
        assertThat(ConfigWriter.yaml(canonical)).contains("""
                      args:
                        FROM_SHELL: v1
                """);
        assertThat(ConfigWriter.yaml(canonical)).doesNotContain("MISSING");
    }

    @Test
    void devicesShortAndLong() {
        assertService("""
                devices:
                  - /dev/sda
                  - /dev/sdb:/dev/xvdb:r
                  - source: /dev/dri
                    target: /dev/dri
                """, """
                devices:
                  - source: /dev/sda
                    target: /dev/sda
                    permissions: rwm
                  - source: /dev/sdb
                    target: /dev/xvdb
                    permissions: r
                  - source: /dev/dri
                    target: /dev/dri
                networks:
                  default: null
                """);
    }

    @Test
    void deviceRequestsWithoutCountOrIdsAskForAll() {
        assertService("""
                deploy:
                  resources:
                    reservations:
                      devices:
                        - capabilities: [gpu]
                        - driver: nvidia
                          device_ids: ["0"]
                """, """
                deploy:
                  resources:
                    reservations:
                      devices:
                        - capabilities:
                            - gpu
                          count: -1
                        - driver: nvidia
                          device_ids:
                            - "0"
                networks:
                  default: null
                """);
    }

    @Test
    void envFileFormatsAndRequirement(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("raw.env"), "QUOTED=\"kept as is\"\nSPACES=a b  \n");
        java.nio.file.Files.writeString(dir.resolve("std.env"), "QUOTED=\"unquoted\"\nREF=${FROM_SHELL}\n");
        String in = """
                services:
                  s:
                    image: x
                    env_file:
                      - path: std.env
                      - path: raw.env
                        format: raw
                """;
        Map<String, Object> canonical = io.jcompose.spec.canonical.Canonicalizer.canonicalize(ConfigFixture.load(in),
                io.jcompose.spec.canonical.CanonicalOptions.defaults(dir, "demo",
                        k -> java.util.Optional.ofNullable(Map.of("FROM_SHELL", "shell").get(k))));
        assertThat(ModelBinder.bind(canonical).services().get("s").environment()).isEqualTo(Map.of(
                "QUOTED", java.util.Optional.of("\"kept as is\""),
                "SPACES", java.util.Optional.of("a b  "),
                "REF", java.util.Optional.of("shell")));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> io.jcompose.spec.canonical.Canonicalizer.canonicalize(
                ConfigFixture.load("services:\n  s:\n    image: x\n    env_file: missing.env\n"),
                io.jcompose.spec.canonical.CanonicalOptions.defaults(dir, "demo", k -> java.util.Optional.empty())))
                .hasMessageStartingWith("env file " + dir.resolve("missing.env") + " not found");
    }

    @Test
    void sshKeysMustNameAPath() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ConfigFixture.project("""
                services:
                  s:
                    build:
                      context: .
                      ssh: [mykey]
                """)).hasMessage("services.s.build.ssh.0 invalid ssh key \"mykey\"");
    }
}
