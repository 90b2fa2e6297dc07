package io.jcompose.spec.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.spec.ComposeException;
import io.jcompose.spec.output.ConfigWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded mutation walk of a fixed length through the whole loader and the config writers: valid
 * block-style projects (main file, override, extended and included files, {@code .env}) are
 * mutated line by line and character by character, then loaded with random options. A load may
 * be refused with a {@link ComposeException}; any other throwable is a crash and fails the test
 * with the seed and the files that caused it.
 */
class MutatedProjectFuzzTest {

    private static final long SEED = 20261123L;
    /** Fixed, not time-boxed, so every run checks exactly the same projects whatever the machine's load. */
    private static final int ITERATIONS = 400;

    private static final String MAIN = """
            name: ${PROJECT:-fuzz}
            x-common: &common
              restart: unless-stopped
              labels:
                tier: back
            include:
              - path: inc/inc.yaml
                env_file: inc/inc.env
                project_directory: inc
            services:
              web:
                <<: *common
                image: nginx:${TAG:-latest}
                build:
                  context: ./web
                  args: [A=1, B]
                  dockerfile: Dockerfile
                ports:
                  - "8080:80"
                  - 127.0.0.1:9000-9001:9000-9001/udp
                  - target: 443
                    published: "8443"
                    protocol: tcp
                volumes:
                  - ./data:/data:ro
                  - cache:/cache
                  - type: tmpfs
                    target: /tmp
                    tmpfs: {size: 64m}
                environment:
                  A: ${A:-1}
                  B:
                env_file:
                  - path: web.env
                    required: false
                depends_on:
                  db:
                    condition: service_healthy
                    restart: true
                healthcheck:
                  test: [CMD, curl, -f, http://localhost]
                  interval: 1m30s
                  timeout: 10s
                  retries: 3
                networks:
                  front:
                    aliases: [www]
                    ipv4_address: 172.28.0.10
                ulimits:
                  nofile: {soft: 1024, hard: 2048}
                  nproc: 512
                deploy:
                  replicas: 2
                  resources:
                    limits: {cpus: "0.5", memory: 512M}
                    reservations:
                      devices:
                        - capabilities: [gpu]
                          count: all
                  restart_policy: {condition: on-failure, delay: 5s, max_attempts: 3}
                  update_config: {parallelism: 1, delay: 10s, order: start-first}
                develop:
                  watch:
                    - action: sync
                      path: ./web/src
                      target: /app/src
                      ignore: [node_modules/]
                    - action: rebuild
                      path: package.json
                post_start:
                  - command: [echo, started]
                    user: root
                pre_stop:
                  - command: echo stopping
                secrets: [token]
                configs:
                  - source: app
                    target: /etc/app.conf
                    mode: 0440
                profiles: [web]
                extra_hosts: ["host.docker.internal:host-gateway"]
                logging:
                  driver: json-file
                  options: {max-size: 1m}
              db:
                extends:
                  file: base/base.yaml
                  service: database
                stop_grace_period: 30s
                shm_size: 1g
                command: ["postgres", "-c", "log=$${LOG}"]
              worker:
                extends: web
                scale: 2
                profiles: [jobs]
            networks:
              front:
                driver: bridge
                ipam:
                  driver: default
                  config:
                    - subnet: 172.28.0.0/16
                      gateway: 172.28.0.1
              outside:
                external: true
                name: ${NET:-outside}
            volumes:
              cache:
                driver_opts: {type: tmpfs, device: tmpfs}
              old:
                external: true
            secrets:
              token:
                environment: TOKEN
            configs:
              app:
                content: |
                  debug=${DEBUG:-false}
            """;

    private static final String OVERRIDE = """
            services:
              web:
                ports: !override
                  - "8081:80"
                environment:
                  - C=3
                labels: !reset {}
                ulimits:
                  nofile: 4096
              db:
                healthcheck:
                  test: ["CMD-SHELL", "pg_isready"]
                  start_period: 5s
            """;

    private static final String BASE = """
            services:
              database:
                image: postgres:16
                volumes:
                  - ./pgdata:/var/lib/postgresql/data
                env_file: db.env
                environment:
                  POSTGRES_PASSWORD: ${PW:?password needed}
            """;

    private static final String INCLUDED = """
            services:
              cache:
                image: redis:${REDIS:-7}
                build: .
                volumes:
                  - ../shared:/shared
            """;

    private static final String DOT_ENV = """
            # project defaults
            export TAG=1.25
            PW='secret'
            A="a ${TAG} \\n b"
            COMPOSE_PROFILES=web,jobs
            DEBUG=${UNSET:-true}
            """;

    private static final List<String> FRAGMENTS = List.of("${", "$", "}", "{", "[", "]", ":", ": ", "- ", "\"",
            "'", "!reset ", "!override ", "&a ", "*a", "<<: *common", "\t", "  ", "\n", "#", "${X:?}", "${X:-${Y}}",
            "~", "0x1F", "1e9", "-1", "65536", "null", "~/x", "../", "/", "?", "|", ">", "%", "@", "`", ",",
            "yes", "0440", "22:22", ".inf", "!!str ", "!!int ", "&b [*b]", "\u00e9", "\\", "=", "service:", "*");

    @TempDir
    Path dir;

    @Test
    void theSeedProjectLoads() {
        Path root = dir.resolve("seed");
        writeSeed(root);
        LoadedProject project = ProjectLoader.load(LoadOptions.builder(root, Map.of("PW", "x")).stdin(() -> "").build());
        assertThat(project.model().tree()).containsKeys("services", "networks", "volumes", "secrets", "configs");
    }

    private static void writeSeed(Path root) {
        write(root, "compose.yaml", MAIN);
        write(root, "compose.override.yaml", OVERRIDE);
        write(root, "base/base.yaml", BASE);
        write(root, "base/db.env", "POSTGRES_DB=app\n");
        write(root, "inc/inc.yaml", INCLUDED);
        write(root, "inc/inc.env", "REDIS=${TAG:-6}\n");
        write(root, ".env", DOT_ENV);
    }

    /** Documents that attack the parser itself: deep nesting, alias bombs, cycles through merge keys. */
    @Test
    void pathologicalDocumentsAreRefused() {
        List<String> documents = List.of(
                "services:\n  web:\n    image: nginx\n    labels: " + "[".repeat(20_000) + "\n",
                "services:\n  web:\n    image: nginx\n    x-deep: " + "{a: ".repeat(5_000) + "1" + "}".repeat(5_000)
                        + "\n",
                "services:\n  web:\n    image: nginx\n    command: " + "- ".repeat(5_000) + "x\n",
                "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                        + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                        + "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
                        + "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]\nh: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]\n"
                        + "services:\n  web:\n    image: nginx\n    x-bomb: [*h, *h, *h, *h, *h, *h, *h, *h]\n",
                "services:\n  web: &w\n    image: nginx\n    <<: *w\n",
                "services:\n  web:\n    image: nginx\n    x-self: &s\n      a: *s\n");
        for (int i = 0; i < documents.size(); i++) {
            Path root = dir.resolve("bad" + i);
            write(root, "compose.yaml", documents.get(i));
            try {
                ProjectLoader.load(LoadOptions.builder(root, Map.of()).stdin(() -> "").build());
            } catch (ComposeException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError crash) {
                throw new AssertionError("document " + i + " crashed with " + crash, crash);
            }
        }
    }

    @Test
    void mutatedProjectsAreLoadedOrRefusedButNeverCrash() {
        Random random = new Random(SEED);
        int loaded = 0;
        int refused = 0;
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            Path root = dir.resolve("p" + iteration);
            List<String> files = new ArrayList<>();
            files.add(write(root, "compose.yaml", maybeMutate(MAIN, random)));
            files.add(write(root, "compose.override.yaml", maybeMutate(OVERRIDE, random)));
            files.add(write(root, "base/base.yaml", maybeMutate(BASE, random)));
            files.add(write(root, "base/db.env", maybeMutate("POSTGRES_DB=app\n", random)));
            files.add(write(root, "inc/inc.yaml", maybeMutate(INCLUDED, random)));
            files.add(write(root, "inc/inc.env", maybeMutate("REDIS=${TAG:-6}\n", random)));
            files.add(write(root, ".env", maybeMutate(DOT_ENV, random)));
            LoadOptions.Builder options = LoadOptions.builder(root, Map.of("PW", "x"))
                    .stdin(() -> "")
                    .interpolate(random.nextInt(6) != 0)
                    .normalize(random.nextInt(6) != 0)
                    .resolvePaths(random.nextInt(6) != 0)
                    .resolveEnvironment(random.nextInt(6) != 0)
                    .checkConsistency(random.nextInt(4) != 0);
            if (random.nextInt(4) == 0) {
                options.profiles(List.of(random.nextBoolean() ? "*" : "jobs"));
            }
            if (random.nextInt(5) == 0) {
                options.services(List.of(random.nextBoolean() ? "web" : "nope"));
            }
            try {
                LoadedProject project = ProjectLoader.load(options.build());
                assertThat(ConfigWriter.yaml(project.project())).isNotEmpty();
                assertThat(ConfigWriter.json(project.project())).isNotEmpty();
                loaded++;
            } catch (ComposeException expected) {
                assertThat(expected.getMessage()).isNotBlank();
                refused++;
            } catch (RuntimeException | StackOverflowError crash) {
                throw new AssertionError("iteration " + iteration + " (seed " + SEED + ") crashed with " + crash
                        + "\n" + String.join("\n", files), crash);
            }
        }
        assertThat(loaded).as("loaded of %d", ITERATIONS).isGreaterThan(ITERATIONS / 50);
        assertThat(refused).as("refused of %d", ITERATIONS).isGreaterThan(ITERATIONS / 10);
    }

    /** Unchanged now and then, so the seed project itself keeps loading. */
    private static String maybeMutate(String text, Random random) {
        if (random.nextInt(3) == 0) {
            return text;
        }
        String out = text;
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            out = mutate(out, random);
        }
        return out;
    }

    private static String mutate(String text, Random random) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int at = random.nextInt(lines.size());
        String line = lines.get(at);
        switch (random.nextInt(8)) {
            case 0 -> lines.remove(at);
            case 1 -> lines.add(at, line);
            case 2 -> {
                int other = random.nextInt(lines.size());
                lines.set(at, lines.get(other));
                lines.set(other, line);
            }
            case 3 -> lines.set(at, line.length() > 2 ? line.substring(2) : "  " + line);
            case 4 -> lines.set(at, "  " + line);
            case 5 -> {
                int colon = line.indexOf(": ");
                lines.set(at, colon < 0 ? line : line.substring(0, colon + 2) + fragment(random));
            }
            case 6 -> {
                int cut = line.isEmpty() ? 0 : random.nextInt(line.length());
                lines.set(at, line.substring(0, cut) + line.substring(Math.min(line.length(), cut + 1)));
            }
            default -> {
                int cut = line.isEmpty() ? 0 : random.nextInt(line.length() + 1);
                lines.set(at, line.substring(0, cut) + fragment(random) + line.substring(cut));
            }
        }
        return String.join("\n", lines);
    }

    private static String fragment(Random random) {
        return FRAGMENTS.get(random.nextInt(FRAGMENTS.size()));
    }

    private static String write(Path root, String relative, String text) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return "--- " + relative + "\n" + text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
