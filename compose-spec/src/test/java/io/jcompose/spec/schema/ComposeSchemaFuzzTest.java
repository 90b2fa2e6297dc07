package io.jcompose.spec.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.jcompose.spec.ComposeException;
import io.jcompose.spec.tree.ComposeDocument;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A seeded random walk over mutations of valid files: whatever the tree looks like, validation
 * either passes or throws a {@link ComposeException} with a message; nothing else escapes.
 */
class ComposeSchemaFuzzTest {

    private static final long SEED = 20261123L;
    private static final int ROUNDS = 3000;

    static final List<String> SEEDS = List.of("""
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

    private final TreeMutations mutations = new TreeMutations(SEED);
    private final ComposeSchema schema = ComposeSchema.load();

    @Test
    void mutatedDocumentsAreRejectedCleanlyOrAccepted() {
        List<ComposeDocument> seeds = SEEDS.stream().map(YamlText::document).toList();
        int rejected = 0;
        for (int round = 0; round < ROUNDS; round++) {
            ComposeDocument seed = seeds.get(round % seeds.size());
            Map<String, Object> root = mutations.mutated(seed.root());
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
}
