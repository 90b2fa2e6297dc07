package io.jcompose.spec.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.jcompose.spec.ComposeException;
import io.jcompose.spec.tree.ComposeDocument;
import io.jcompose.spec.tree.Tagged;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A seeded random walk over mutations of valid files: whatever the tree looks like, validation
 * either passes or throws a {@link ComposeException} with a message; nothing else escapes.
 */
class ComposeSchemaFuzzTest {

    private static final long SEED = 20261123L;
    private static final int ROUNDS = 4000;

    private static final List<String> SEEDS = List.of("""
            services:
              web:
                image: nginx
                ports: ["8080:80", {target: 443, published: "8443", protocol: tcp}]
                environment: {A: "1", B: 2}
                depends_on: {db: {condition: service_healthy}}
                healthcheck: {test: ["CMD", "true"], interval: 5s, retries: 3}
                volumes: ["data:/data", {type: bind, source: ., target: /src, bind: {create_host_path: true}}]
                networks: {front: {aliases: [w]}}
                deploy: {replicas: 2, resources: {limits: {cpus: "0.5", memory: 64M}}}
                ulimits: {nofile: {soft: 1024, hard: 2048}, nproc: 65535}
              db:
                build: {context: ./db, args: [A=1], dockerfile: Dockerfile}
                command: ["postgres"]
                secrets: [pw]
                develop: {watch: [{path: ./src, action: sync, target: /src}]}
            networks: {front: {driver: bridge, ipam: {config: [{subnet: 10.0.0.0/24}]}}}
            volumes: {data: {external: true}}
            secrets: {pw: {file: ./pw.txt}}
            configs: {cfg: {content: hello}}
            x-extra: {anything: [1, 2]}
            """, """
            name: small
            include: [other.yaml, {path: [a.yaml], env_file: .env}]
            services:
              one:
                image: busybox
                gpus: all
                logging: {driver: json-file, options: {max-size: 10m}}
                extends: {service: base, file: base.yaml}
            """);

    private final Random random = new Random(SEED);
    private final ComposeSchema schema = ComposeSchema.load();

    @Test
    void mutatedDocumentsAreRejectedCleanlyOrAccepted() {
        List<ComposeDocument> seeds = SEEDS.stream().map(YamlText::document).toList();
        int rejected = 0;
        for (int round = 0; round < ROUNDS; round++) {
            ComposeDocument seed = seeds.get(round % seeds.size());
            Map<String, Object> root = copyMap(seed.root());
            int mutations = 1 + random.nextInt(4);
            for (int i = 0; i < mutations; i++) {
                mutate(root);
            }
            ComposeDocument mutated = new ComposeDocument("compose.yaml", root, seed.marks());
            try {
                schema.validate(mutated);
            } catch (ComposeException e) {
                rejected++;
                assertThat(e.getMessage()).isNotBlank();
                assertThat(e.problem()).isNotBlank();
            } catch (RuntimeException e) {
                fail("round " + round + " threw " + e + " for " + root, e);
            }
        }
        // The walk must actually explore invalid documents, not only harmless edits.
        assertThat(rejected).isBetween(ROUNDS / 10, ROUNDS - 1);
    }

    private void mutate(Map<String, Object> root) {
        List<Object> containers = new ArrayList<>();
        collectContainers(root, containers);
        Object target = containers.get(random.nextInt(containers.size()));
        if (target instanceof Map<?, ?> raw) {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) raw;
            mutateMap(map);
        } else {
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) target;
            mutateList(list);
        }
    }

    private void mutateMap(Map<String, Object> map) {
        List<String> keys = new ArrayList<>(map.keySet());
        int operation = random.nextInt(5);
        if (keys.isEmpty() || operation == 0) {
            map.put(garbageKey(), randomValue(2));
            return;
        }
        String key = keys.get(random.nextInt(keys.size()));
        switch (operation) {
            case 1 -> map.remove(key);
            case 2 -> map.put(key, randomValue(2));
            case 3 -> map.put(key + random.nextInt(3), map.get(key));
            default -> map.put(key, new Tagged.Override(map.get(key)));
        }
    }

    private void mutateList(List<Object> list) {
        int operation = random.nextInt(4);
        if (list.isEmpty() || operation == 0) {
            list.add(randomValue(2));
            return;
        }
        int index = random.nextInt(list.size());
        switch (operation) {
            case 1 -> list.remove(index);
            case 2 -> list.set(index, randomValue(2));
            default -> list.add(list.get(index));
        }
    }

    private Object randomValue(int depth) {
        int kind = random.nextInt(depth > 0 ? 11 : 8);
        return switch (kind) {
            case 0 -> garbageKey();
            case 1 -> (long) random.nextInt(200_000) - 100_000;
            case 2 -> random.nextDouble() * 10;
            case 3 -> random.nextBoolean();
            case 4 -> null;
            case 5 -> new Tagged.Reset();
            case 6 -> "";
            case 7 -> Long.MAX_VALUE;
            case 8 -> new ArrayList<>(Arrays.asList(randomValue(depth - 1), randomValue(depth - 1)));
            case 9 -> new Tagged.Override(randomValue(depth - 1));
            default -> {
                Map<String, Object> map = new LinkedHashMap<>();
                map.put(garbageKey(), randomValue(depth - 1));
                yield map;
            }
        };
    }

    private String garbageKey() {
        String[] pool = {"x-ok", "image", "ports", "foo", "", " ", "a b", "services", "0", "~", "$VAR", "é", "x-"};
        return pool[random.nextInt(pool.length)];
    }

    private static void collectContainers(Object value, List<Object> into) {
        Object plain = value instanceof Tagged.Override o ? o.value() : value;
        if (plain instanceof Map<?, ?> map) {
            into.add(map);
            map.values().forEach(v -> collectContainers(v, into));
        } else if (plain instanceof List<?> list) {
            into.add(list);
            list.forEach(v -> collectContainers(v, into));
        }
    }

    private static Map<String, Object> copyMap(Map<String, Object> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, copy(v)));
        return copy;
    }

    private static Object copy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), copy(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(copy(v)));
            return copy;
        }
        return value;
    }
}
