package io.jcompose.spec.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.spec.tree.ComposeDocument;
import org.junit.jupiter.api.Test;

/**
 * {@code config} validates every file on each run, so validation must stay cheap once the
 * schema is loaded. The bound is loose (a shared 2-core machine); the printed numbers are the
 * measurement.
 */
class ComposeSchemaTimingTest {

    static String thirtyServices() {
        StringBuilder yaml = new StringBuilder("services:\n");
        for (int i = 0; i < 30; i++) {
            yaml.append("""
                      svc%d:
                        image: registry.example/app:%d
                        build: {context: ./svc%d, args: [VERSION=%d]}
                        ports: ["%d:80", {target: 443, published: "%d"}]
                        environment: {A: "1", B: "two", C: ~}
                        depends_on: {db: {condition: service_healthy, restart: true}}
                        healthcheck: {test: ["CMD", "true"], interval: 5s, retries: 3}
                        volumes: ["data:/data", {type: bind, source: ./src, target: /src}]
                        networks: [front, back]
                        labels: [com.example=%d]
                        deploy: {resources: {limits: {cpus: "0.5", memory: 64M}}}
                    """.formatted(i, i, i, i, 8000 + i, 9000 + i, i));
        }
        yaml.append("""
                  db:
                    image: postgres
                networks: {front: {}, back: {}}
                volumes: {data: {}}
                """);
        return yaml.toString();
    }

    @Test
    void validatesAThirtyServiceFileInMillisecondsOnceWarm() {
        ComposeSchema schema = ComposeSchema.load();
        ComposeDocument document = YamlText.document(thirtyServices());

        long first = System.nanoTime();
        schema.validate(document);
        long firstNanos = System.nanoTime() - first;
        for (int i = 0; i < 200; i++) {
            schema.validate(document);
        }
        int runs = 100;
        long warm = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            schema.validate(document);
        }
        double warmMillis = (System.nanoTime() - warm) / 1e6 / runs;
        System.out.printf("30-service validation: first %.1f ms, warm %.2f ms%n", firstNanos / 1e6, warmMillis);
        assertThat(warmMillis).isLessThan(50.0);
    }
}
