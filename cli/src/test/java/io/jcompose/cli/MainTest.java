package io.jcompose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void captureStreams() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStreams() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    @Test
    void helpListsTheGlobalOptionsAndExitsZero() {
        assertThat(Main.run("--help")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .startsWith("Usage: jcompose")
                .contains("--project-name=NAME", "--file=FILE", "Commands:");
    }

    @Test
    void anUnknownCommandIsAUsageErrorWithAPointerToTheHelp() {
        assertThat(Main.run("no-such-command")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("'no-such-command'")
                .endsWith("See 'jcompose --help'." + System.lineSeparator())
                .doesNotContain("Usage:");
    }

    @Test
    void aMisspelledCommandGetsASuggestion() {
        assertThat(Main.run("hepl")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Did you mean", "help");
    }

    @Test
    void noCommandAtAllIsAUsageError() {
        assertThat(Main.run()).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Missing command");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertThat(Main.run("--no-such-option")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--no-such-option");
    }

    @Test
    void persistentGlobalOptionsAlsoWorkAfterTheCommand() {
        // --env-file given after `config` must reach the loader, as docker compose's persistent flags do
        assertThat(Main.run("-f", "-", "config", "--env-file", "/nonexistent/jcompose.env")).isEqualTo(ExitCodes.FAILURE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("/nonexistent/jcompose.env");
    }

    @Test
    void fileAndProjectNameStayBeforeTheCommand() {
        // `logs -f` follows and `run -p` publishes in docker compose: -f and -p are not inherited
        assertThat(Main.run("config", "--project-name", "x")).isEqualTo(ExitCodes.USAGE);
    }
}
