package io.jcompose.spec.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.jcompose.spec.ComposeException;
import io.jcompose.spec.schema.TreeMutations;
import io.jcompose.spec.schema.YamlText;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Mutated projects make the checks report a problem or pass; they never crash. */
class ConsistencyCheckFuzzTest {

    private static final String PROJECT = """
            name: demo
            services:
              web:
                image: nginx
                build: {context: /web}
                depends_on: {db: {condition: service_healthy, required: true}}
                links: ["db:database"]
                volumes_from: ["db:ro"]
                networks: {front: null}
                volumes: [{type: volume, source: data, target: /data}, {type: bind, source: /s, target: /s}]
                secrets: [{source: pw}]
                configs: [cfg]
                ports: [{target: 80, published: "8080", host_ip: 127.0.0.1}, {target: "81-82", published: "9001-9002"}]
                healthcheck: {test: ["CMD", "true"]}
                deploy: {replicas: 1, resources: {limits: {memory: 64m, cpus: "0.5", pids: 10}}}
                develop: {watch: [{path: /src, action: sync, target: /src}]}
                tmpfs: [/tmp]
                container_name: web
              db:
                build: {context: /db, dockerfile: Dockerfile, additional_contexts: {base: "service:web"}, secrets: [pw]}
                ipc: shareable
              sidecar:
                image: busybox
                network_mode: "service:web"
                pid: "service:db"
            networks: {front: {name: front, external: true, ipam: {}}}
            volumes: {data: {name: data, driver: local}}
            secrets: {pw: {file: /pw}}
            configs: {cfg: {content: hi}}
            """;

    @Test
    void mutatedProjectsAreRejectedCleanlyOrAccepted() {
        TreeMutations mutations = new TreeMutations(7L);
        Map<String, Object> seed = YamlText.tree(PROJECT);
        ConsistencyCheck.check(seed, path -> Optional.empty());
        int rejected = 0;
        for (int round = 0; round < 3000; round++) {
            Map<String, Object> project = mutations.mutated(seed);
            try {
                ConsistencyCheck.check(project, path -> Optional.empty());
            } catch (ComposeException e) {
                rejected++;
                assertThat(e.getMessage()).isNotBlank();
            } catch (RuntimeException e) {
                fail("round " + round + " threw " + e + " for " + project, e);
            }
        }
        assertThat(rejected).isBetween(100, 2999);
    }
}
