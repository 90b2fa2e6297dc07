package io.jcompose.spec.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.spec.ComposeException;
import io.jcompose.spec.tree.ComposeDocument;
import io.jcompose.spec.tree.Marks;
import io.jcompose.spec.tree.Tagged;
import io.jcompose.spec.tree.YamlPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComposeSchemaTest {

    private static final ComposeSchema SCHEMA = ComposeSchema.load();

    private static void valid(String yaml) {
        assertThatCode(() -> SCHEMA.validate(YamlText.document(yaml))).doesNotThrowAnyException();
    }

    private static String error(String yaml) {
        ComposeDocument document = YamlText.document(yaml);
        return assertThatThrownBy(() -> SCHEMA.validate(document))
                .isInstanceOf(ComposeException.class)
                .actual().getMessage();
    }

    @Test
    void acceptsATypicalFile() {
        valid("""
                name: demo
                services:
                  web:
                    image: nginx:1.27
                    ports:
                      - "127.0.0.1:8080:80"
                      - target: 443
                        published: "8443"
                    environment:
                      A: 1
                      B: true
                      C: ~
                    depends_on:
                      db:
                        condition: service_healthy
                        restart: true
                    healthcheck:
                      test: ["CMD", "true"]
                      interval: 5s
                    volumes:
                      - data:/var/lib/data
                      - type: bind
                        source: ./src
                        target: /src
                        bind:
                          create_host_path: true
                    deploy:
                      resources:
                        limits:
                          cpus: "0.5"
                          memory: 512M
                  db:
                    build:
                      context: ./db
                      args:
                        - VERSION=16
                    command: postgres -c fsync=off
                volumes:
                  data: {}
                networks:
                  default:
                    driver: bridge
                """);
    }

    @Test
    void acceptsTheObsoleteVersionAttribute() {
        valid("""
                version: "3.8"
                services:
                  web:
                    image: nginx
                """);
    }

    @Test
    void acceptsExtensionsWhereverTheSchemaAllowsThem() {
        valid("""
                x-common: &common
                  restart: always
                services:
                  web:
                    image: nginx
                    x-note: anything
                    build:
                      context: .
                      x-cache: [1, 2]
                    ports:
                      - target: 80
                        x-label: web
                networks:
                  front:
                    x-owner: me
                """);
    }

    @Test
    void wrongTypeNamesThePathAndTheExpectedType() {
        assertThat(error("""
                services:
                  web:
                    image: nginx
                    ports: "80:80"
                """)).isEqualTo("compose.yaml:4:5: services.web.ports must be a list");
    }

    @Test
    void wrongTypeWithSeveralAllowedTypesListsThemAll() {
        assertThat(error("""
                services:
                  web:
                    image: nginx
                    attach: 1
                """)).isEqualTo("compose.yaml:4:5: services.web.attach must be a boolean or string");
    }

    @Test
    void noAlternativeMatchingListsEveryAlternativesType() {
        assertThat(error("""
                services:
                  web:
                    image: nginx
                    depends_on: 5
                """)).isEqualTo("compose.yaml:4:5: services.web.depends_on must be a list or mapping");
    }

    @Test
    void aWrongItemInsideAListIsReportedAtTheItem() {
        assertThat(error("""
                services:
                  web:
                    image: nginx
                    cap_add:
                      - NET_ADMIN
                      - [nested]
                """)).isEqualTo("compose.yaml:6:9: services.web.cap_add.1 must be a string");
    }

    @Test
    void unknownTopLevelKey() {
        assertThat(error("""
                services:
                  web:
                    image: nginx
                servics:
                  db: {}
                """)).isEqualTo("compose.yaml:4:1: Additional property servics is not allowed");
    }

    @Test
    void unknownServiceKey() {
        assertThat(error("""
                services:
                  web:
                    image: nginx
                    imagee: nginx
                """)).isEqualTo("compose.yaml:4:5: services.web Additional property imagee is not allowed");
    }

    @Test
    void unknownNestedKeyInsideAnAlternative() {
        assertThat(error("""
                services:
                  web:
                    build:
                      context: .
                      dockerfil: Dockerfile.dev
                """)).isEqualTo("compose.yaml:5:7: services.web.build Additional property dockerfil is not allowed");
    }

    @Test
    void unknownKeyDeepInsideAVolume() {
        assertThat(error("""
                services:
                  web:
                    image: nginx
                    volumes:
                      - type: bind
                        source: .
                        target: /src
                        bind:
                          propagate: shared
                """)).isEqualTo(
                "compose.yaml:9:11: services.web.volumes.0.bind Additional property propagate is not allowed");
    }

    @Test
    void invalidServiceNameIsAnUnknownKeyOfServices() {
        assertThat(error("""
                services:
                  "web app":
                    image: nginx
                """)).isEqualTo("compose.yaml:2:3: services Additional property web app is not allowed");
    }

    @Test
    void missingRequiredKey() {
        assertThat(error("""
                services:
                  web:
                    image: nginx
                    depends_on:
                      db:
                        restart: true
                  db:
                    image: postgres
                """)).isEqualTo("compose.yaml:5:7: services.web.depends_on.db condition is required");
    }

    @Test
    void missingRequiredKeyInAVolumeItem() {
        assertThat(error("""
                services:
                  web:
                    image: nginx
                    volumes:
                      - source: data
                        target: /data
                """)).isEqualTo("compose.yaml:5:9: services.web.volumes.0 type is required");
    }

    @Test
    void badEnumValue() {
        assertThat(error("""
                services:
                  web:
                    image: nginx
                    depends_on:
                      db:
                        condition: service_ready
                """)).isEqualTo("compose.yaml:6:9: services.web.depends_on.db.condition must be one of the following: "
                + "\"service_started\", \"service_healthy\", \"service_completed_successfully\"");
    }

    @Test
    void aWrongTypeOutranksTheValueChecksOfTheSameNode() {
        assertThat(error("""
                services:
                  web:
                    image: nginx
                    cgroup: 5
                """)).isEqualTo("compose.yaml:4:5: services.web.cgroup must be a string");
    }

    @Test
    void valueChecksOfAnAlternativeThatFailedOnTypeAreIgnored() {
        assertThat(error("""
                services:
                  web:
                    image: nginx
                    gpus: 5
                """)).isEqualTo("compose.yaml:4:5: services.web.gpus must be a string or list");
        assertThat(error("""
                services:
                  web:
                    image: nginx
                    gpus: some
                """)).isEqualTo("compose.yaml:4:5: services.web.gpus must be one of the following: \"all\"");
    }

    @Test
    void patternMismatch() {
        assertThat(error("""
                services:
                  web:
                    image: nginx
                    container_name: "-"
                """)).isEqualTo("compose.yaml:4:5: services.web.container_name does not match pattern "
                + "'[a-zA-Z0-9][a-zA-Z0-9_.-]+'");
    }

    @Test
    void patternsAreUnanchoredAsInJsonSchema() {
        valid("""
                services:
                  web:
                    image: nginx
                    container_name: _web
                """);
    }

    @Test
    void rangeLimit() {
        assertThat(error("""
                services:
                  web:
                    image: nginx
                    cpu_percent: 120
                """)).isEqualTo("compose.yaml:4:5: services.web.cpu_percent must be less than or equal to 100");
    }

    @Test
    void duplicateItems() {
        assertThat(error("""
                services:
                  web:
                    image: nginx
                    ports:
                      - "80"
                      - "80"
                """)).isEqualTo("compose.yaml:4:5: services.web.ports must not contain duplicate items "
                + "(0 and 1 are both \"80\")");
    }

    @Test
    void deeperErrorWinsOverShallowerOne() {
        assertThat(error("""
                services:
                  web:
                    image: nginx
                    unknown: 1
                  db:
                    image: postgres
                    healthcheck:
                      retries: [3]
                """)).isEqualTo("compose.yaml:8:7: services.db.healthcheck.retries must be a number or string");
    }

    @Test
    void keysWithPointerCharactersKeepTheirSpelling() {
        assertThat(error("""
                services:
                  web:
                    image: nginx
                    labels:
                      com.example/a~b: [1]
                """)).isEqualTo("compose.yaml:5:7: services.web.labels.com.example/a~b "
                + "must be a string, number, boolean or null");
    }

    @Test
    void nullWhereTheSchemaAllowsIt() {
        valid("""
                services:
                  web:
                    image: nginx
                    command:
                    networks:
                      front:
                networks:
                  front:
                volumes:
                  data:
                """);
    }

    @Test
    void interpolatedNumbersMayStayStringsWhereBothAreAllowed() {
        valid("""
                services:
                  web:
                    image: nginx
                    scale: "2"
                    mem_limit: "512m"
                    ports:
                      - target: "80"
                        published: "8080"
                    ulimits:
                      nofile:
                        soft: "1024"
                        hard: 2048
                """);
    }

    @Test
    void resetValuesAreIgnoredAndOverrideValuesValidatedAsTheirInnerValue() {
        Map<String, Object> web = new LinkedHashMap<>();
        web.put("image", "nginx");
        web.put("ports", new Tagged.Reset());
        web.put("cap_add", List.of("NET_ADMIN", new Tagged.Reset(), 5L));
        web.put("environment", new Tagged.Override(Map.of("A", "1")));
        ComposeDocument document = new ComposeDocument("compose.yaml",
                Map.of("services", Map.of("web", web)), Marks.none());

        assertThatThrownBy(() -> SCHEMA.validate(document))
                .isInstanceOf(ComposeException.class)
                .satisfies(e -> assertThat(((ComposeException) e).path())
                        .contains(YamlPath.of("services", "web", "cap_add", "2")))
                .hasMessage("services.web.cap_add.2 must be a string");

        web.put("cap_add", List.of("NET_ADMIN", new Tagged.Reset()));
        web.put("environment", new Tagged.Override(List.of(1L)));
        assertThatThrownBy(() -> SCHEMA.validate(document))
                .hasMessage("services.web.environment.0 must be a string");

        web.put("environment", new Tagged.Override(Map.of("A", "1")));
        assertThatCode(() -> SCHEMA.validate(document)).doesNotThrowAnyException();
    }

    @Test
    void exceptionCarriesMarkPathAndProblemSeparately() {
        ComposeDocument document = YamlText.document("""
                services:
                  web:
                    image: 5
                """);
        assertThatThrownBy(() -> SCHEMA.validate(document))
                .isInstanceOfSatisfying(ComposeException.class, e -> {
                    assertThat(e.mark()).hasValueSatisfying(m -> assertThat(m.line()).isEqualTo(3));
                    assertThat(e.path()).contains(YamlPath.of("services", "web", "image"));
                    assertThat(e.problem()).isEqualTo("must be a string");
                });
    }

    @Test
    void loadIsCached() {
        assertThat(ComposeSchema.load()).isSameAs(ComposeSchema.load());
    }
}
