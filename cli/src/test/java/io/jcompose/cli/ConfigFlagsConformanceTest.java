package io.jcompose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code config}'s listing switches as docker compose v5 prints them: order, error texts and exit
 * codes, case by case.
 */
class ConfigFlagsConformanceTest {

    @TempDir
    Path dir;

    private final PrintStream originalOut = System.out;
    private final PrintStream originalErr = System.err;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void capture() {
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of("--project-directory", dir.toString(),
                "-f", dir.resolve("compose.yaml").toString()));
        all.addAll(List.of(args));
        return Main.run(all.toArray(String[]::new));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @BeforeEach
    void project() throws IOException {
        write("compose.yaml", """
                name: flags
                services:
                  web:
                    image: nginx
                  db:
                    image: postgres
                  debug:
                    image: busybox
                    profiles: [tools]
                """);
    }

    @Test
    void environmentIsSortedAsKeyValueStrings() throws IOException {
        // Go sorts "A1=two" before "A=one": '1' sorts before '='
        write(".env", "ZZ_CONF_A=one\nZZ_CONF_A1=two\n");
        assertThat(run("config", "--environment")).isZero();
        assertThat(stdout()).contains("ZZ_CONF_A1=two\nZZ_CONF_A=one\n");
    }

    @Test
    void hashOfAnUnknownServiceSaysNotFound() {
        assertThat(run("config", "--hash", "nosuch")).isEqualTo(1);
        assertThat(stderr()).isEqualTo("no such service: nosuch: not found\n");
    }

    @Test
    void hashOfAServiceBehindAProfileSaysDisabled() {
        assertThat(run("config", "--hash", "debug")).isEqualTo(1);
        assertThat(stderr()).isEqualTo("no such service: debug: disabled\n");
    }

    @Test
    void hashesBeforeAFailingNameArePrinted() {
        assertThat(run("config", "--hash", "web,db,nosuch")).isEqualTo(1);
        assertThat(stdout()).matches("db [0-9a-f]{64}\n");
    }

    private void tieredServices() throws IOException {
        write("compose.yaml", """
                services:
                  core:
                    image: alpine
                    labels:
                      tier: backend
                  worker:
                    image: alpine
                    profiles: [workers]
                    labels:
                      tier: backend
                  monitor:
                    image: alpine
                    profiles: [monitoring, workers]
                    labels:
                      tier: ops
                """);
    }

    @Test
    void filterByProfileActivatesAndSelectsIt() throws IOException {
        tieredServices();
        assertThat(run("config", "--services", "--filter", "profile=workers")).isZero();
        assertThat(stdout()).isEqualTo("monitor\nworker\n");
    }

    @Test
    void filterByLabelKeepsTheEnabledServicesLabelledSo() throws IOException {
        tieredServices();
        assertThat(run("config", "--services", "--filter", "label=tier=backend")).isZero();
        assertThat(stdout()).isEqualTo("core\n");
    }

    @Test
    void filtersCombine() throws IOException {
        tieredServices();
        assertThat(run("config", "--services", "--filter", "profile=workers", "--filter", "label=tier=backend"))
                .isZero();
        assertThat(stdout()).isEqualTo("worker\n");
    }

    @Test
    void aFilterMatchingNothingPrintsNothing() throws IOException {
        tieredServices();
        assertThat(run("config", "--services", "--filter", "profile=unknown")).isZero();
        assertThat(stdout()).isEmpty();
    }

    @Test
    void filterRefusals() throws IOException {
        tieredServices();
        assertThat(run("config", "--services", "--filter", "profile=*")).isEqualTo(1);
        assertThat(stderr()).contains("profiles must be selected explicitly");
        assertThat(run("config", "--filter", "profile=workers")).isEqualTo(1);
        assertThat(stderr()).contains("--filter requires --services");
        assertThat(run("config", "--services", "--filter", "state=running")).isEqualTo(1);
        assertThat(stderr()).contains("unknown criteria \"state\"");
        assertThat(stdout()).isEmpty();
    }

    private void incompleteProject() throws IOException {
        write("compose.yaml", """
                services:
                  incomplete:
                    networks: [internal]
                    volumes: [data:/data]
                    models: [m]
                  gated:
                    image: busybox
                    profiles: [extra]
                volumes:
                  data: {}
                networks:
                  internal: {}
                models:
                  m:
                    model: ai/example
                """);
    }

    @Test
    void withoutConsistencyTheListingsShowAnIncompleteModel() throws IOException {
        incompleteProject();
        assertThat(run("config", "--no-consistency", "--services")).isZero();
        assertThat(run("config", "--no-consistency", "--volumes")).isZero();
        assertThat(run("config", "--no-consistency", "--networks")).isZero();
        assertThat(run("config", "--no-consistency", "--models")).isZero();
        assertThat(run("config", "--no-consistency", "--hash", "*")).isZero();
        assertThat(run("--profile", "extra", "config", "--no-consistency", "--services")).isZero();
        assertThat(stdout()).matches("incomplete\ndata\ninternal\nai/example\nincomplete [0-9a-f]{64}\n"
                + "(gated\nincomplete|incomplete\ngated)\n");
        assertThat(run("config", "--services")).isEqualTo(1);
        assertThat(stderr()).contains("service \"incomplete\" has neither an image nor a build context specified");
    }

    private void portTemplate() throws IOException {
        write("compose.yaml", """
                services:
                  test:
                    image: nginx
                    ports:
                      - ${PORT:-8080}:80
                """);
    }

    @Test
    void variablesAsJsonUseGoFieldNamesAndFourSpaces() throws IOException {
        portTemplate();
        assertThat(run("config", "--variables", "--format", "json")).isZero();
        assertThat(stdout()).isEqualTo("""
                {
                    "PORT": {
                        "Name": "PORT",
                        "DefaultValue": "8080",
                        "PresenceValue": "",
                        "Required": false
                    }
                }

                """);
    }

    @Test
    void variablesAsYamlAreFourSpaceIndented() throws IOException {
        portTemplate();
        assertThat(run("config", "--variables", "--format", "yaml")).isZero();
        assertThat(stdout()).isEqualTo("""
                PORT:
                    name: PORT
                    defaultvalue: "8080"
                    presencevalue: ""
                    required: false
                """);
    }

    @Test
    void variablesWarnThatNamedServicesAreIgnored() throws IOException {
        portTemplate();
        assertThat(run("config", "--variables", "test")).isZero();
        assertThat(stderr()).contains("service filtering is not applied when --variables is set, "
                + "variables from the full model will be rendered");
        assertThat(stdout()).contains("PORT");
    }

    private void unusedResources() throws IOException {
        write("compose.yaml", """
                name: prune
                services:
                  web:
                    image: nginx
                    networks: [front]
                  db:
                    image: postgres
                    volumes: [data:/d]
                    networks: [back]
                    secrets: [s]
                networks:
                  front: {}
                  back: {}
                  spare: {}
                volumes:
                  data: {}
                  spare: {}
                secrets:
                  s:
                    file: ./s.txt
                """);
    }

    @Test
    void resourcesNoEnabledServiceUsesAreLeftOut() throws IOException {
        unusedResources();
        assertThat(run("config", "web")).isZero();
        assertThat(stdout()).isEqualTo("""
                name: prune
                services:
                  web:
                    image: nginx
                    networks:
                      front: null
                networks:
                  front:
                    name: prune_front
                """);
        out.reset();
        assertThat(run("config", "--volumes")).isZero();
        assertThat(stdout()).isEqualTo("data\n");
        out.reset();
        assertThat(run("config", "--networks")).isZero();
        assertThat(stdout()).isEqualTo("back\nfront\n");
    }

    @Test
    void allResourcesKeepsThem() throws IOException {
        unusedResources();
        assertThat(run("--all-resources", "config", "web")).isZero();
        assertThat(stdout()).contains("  spare:\n    name: prune_spare\n").contains("secrets:\n");
        out.reset();
        assertThat(run("--all-resources", "config", "--volumes")).isZero();
        assertThat(stdout()).isEqualTo("data\nspare\n");
    }

    @Test
    void twoServicesMayNotShareAContainerName() throws IOException {
        write("compose.yaml", """
                services:
                  a:
                    image: x
                    container_name: same
                  b:
                    image: x
                    container_name: same
                """);
        assertThat(run("config")).isEqualTo(1);
        assertThat(stderr()).isEqualTo("services.b: container name \"same\" is already in use by service a\n");
        err.reset();
        assertThat(run("config", "--no-consistency")).isZero();
    }

    @Test
    void modelsAreListedAndPrintedInComposeOrder() throws IOException {
        write("compose.yaml", """
                services:
                  app:
                    image: x
                    models: [llm]
                models:
                  llm:
                    model: ai/smollm2
                    context_size: 1024
                  unused:
                    model: ai/other
                """);
        assertThat(run("config", "--models")).isZero();
        assertThat(stdout()).isEqualTo("ai/smollm2\n");
        out.reset();
        assertThat(run("config")).isZero();
        assertThat(stdout()).endsWith("""
                models:
                  llm:
                    model: ai/smollm2
                    context_size: 1024
                """);
    }
}
