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

/** {@code jcompose config} end to end through {@link Main#run}, output captured. */
class ConfigCommandTest {

    @TempDir
    Path dir;

    private final PrintStream originalOut = System.out;
    private final PrintStream originalErr = System.err;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void capture() throws IOException {
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        Files.writeString(dir.resolve("compose.yaml"), """
                name: demo
                services:
                  web:
                    image: nginx:${TAG:-1.25}
                    ports: ["8080:80"]
                    depends_on: [db]
                    environment:
                      PRICE: $$5
                  db:
                    image: postgres
                    volumes: [data:/var/lib/postgresql/data]
                  app:
                    build: ./app
                    profiles: [dev]
                networks:
                  back: {}
                volumes:
                  data: {}
                """);
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of("-f", dir.resolve("compose.yaml").toString()));
        all.addAll(List.of(args));
        return Main.run(all.toArray(String[]::new));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsTheCanonicalModelAsYaml() {
        assertThat(run("config")).isZero();
        assertThat(stdout()).startsWith("name: demo\nservices:\n")
                .contains("    image: nginx:1.25\n")
                .contains("        published: \"8080\"\n")
                .contains("PRICE: $$5")
                .doesNotContain("app:");
    }

    @Test
    void printsJson() {
        assertThat(run("config", "--format", "json")).isZero();
        assertThat(stdout()).startsWith("{\n").contains("\"name\": \"demo\"");
    }

    @Test
    void writesToAFileWithOutput() throws IOException {
        Path target = dir.resolve("out.yaml");
        assertThat(run("config", "-o", target.toString())).isZero();
        assertThat(stdout()).isEmpty();
        assertThat(Files.readString(target)).startsWith("name: demo\n");
    }

    @Test
    void quietOnlyValidates() {
        assertThat(run("config", "-q")).isZero();
        assertThat(stdout()).isEmpty();
    }

    @Test
    void listsServicesVolumesNetworksAndImages() {
        run("config", "--services");
        assertThat(stdout()).isEqualTo("db\nweb\n");
        out.reset();
        run("config", "--volumes");
        assertThat(stdout()).isEqualTo("data\n");
        out.reset();
        // no service uses "back": compose leaves it out unless --all-resources
        run("--profile", "dev", "config", "--networks");
        assertThat(stdout()).isEqualTo("default\n");
        out.reset();
        run("--profile", "dev", "config", "--images");
        assertThat(stdout()).isEqualTo("demo-app\npostgres\nnginx:1.25\n");
    }

    @Test
    void listsEveryProfile() {
        run("config", "--profiles");
        assertThat(stdout()).isEqualTo("dev\n");
    }

    @Test
    void namedServicesEnableTheirProfilesAndNarrowTheModel() {
        assertThat(run("config", "app")).isZero();
        assertThat(stdout()).contains("  app:\n").doesNotContain("  web:\n");
    }

    @Test
    void servicesListIgnoresNamedServicesLikeCompose() {
        assertThat(run("config", "--services", "app")).isZero();
        assertThat(stdout()).isEqualTo("db\nweb\n");
    }

    @Test
    void printsVariablesAsATable() {
        assertThat(run("config", "--variables")).isZero();
        assertThat(stdout()).isEqualTo("""
                NAME                REQUIRED            DEFAULT VALUE       ALTERNATE VALUE
                TAG                 false               1.25               \s
                """);
    }

    @Test
    void printsTheInterpolationEnvironment() {
        assertThat(run("config", "--environment")).isZero();
        assertThat(stdout()).contains("COMPOSE_PROJECT_NAME=demo\n");
    }

    @Test
    void printsServiceHashes() {
        assertThat(run("config", "--hash", "*")).isZero();
        assertThat(stdout()).matches("db [0-9a-f]{64}\nweb [0-9a-f]{64}\n");
    }

    @Test
    void printsOneServiceHash() {
        assertThat(run("config", "--hash", "web")).isZero();
        assertThat(stdout()).matches("web [0-9a-f]{64}\n");
    }

    @Test
    void anUnknownServiceHashIsAnError() {
        assertThat(run("config", "--hash", "nope")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("no such service: nope: not found\n");
    }

    @Test
    void warningsGoToStandardErrorInComposeWording() throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), """
                version: "3"
                services:
                  web: {image: "nginx:${UNSET_FOR_TEST_1234}"}
                """);
        assertThat(run("-p", "demo", "config", "-q")).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(
                "WARN[0000] The \"UNSET_FOR_TEST_1234\" variable is not set. Defaulting to a blank string.\n"
                + "WARN[0000] " + dir.resolve("compose.yaml") + ": the attribute `version` is obsolete, "
                + "it will be ignored, please remove it to avoid potential confusion\n");
    }

    @Test
    void anUnsupportedFormatIsAnError() {
        assertThat(run("config", "--format", "xml")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("unsupported format \"xml\"\n");
    }

    @Test
    void noInterpolateKeepsTemplatesAndDollars() {
        assertThat(run("config", "--no-interpolate")).isZero();
        assertThat(stdout()).contains("image: nginx:${TAG:-1.25}");
    }

    @Test
    void errorsArePrintedAloneWithExitCodeOne() throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), """
                services:
                  web:
                    image: nginx
                    depends_on: [missing]
                """);
        assertThat(run("-p", "demo", "config")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("service \"web\" depends on undefined service \"missing\": invalid compose project\n");
    }

    @Test
    void anInvalidProjectNameIsReported() {
        assertThat(run("-p", "Bad", "config")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("invalid project name \"Bad\": must consist only");
    }
}
