package io.jcompose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UpCommandTest {

    @Test
    void attachingOptionsCannotGoWithDetachedModes() {
        assertThat(UpCommand.incompatibility(true, false, true, false, false, false, false))
                .hasValue("--detach cannot be combined with --abort-on-container-exit, --abort-on-container-failure, "
                        + "--attach or --attach-dependencies");
        assertThat(UpCommand.incompatibility(true, false, false, false, true, false, false)).isPresent();
        assertThat(UpCommand.incompatibility(true, false, false, false, false, true, false)).isPresent();
        assertThat(UpCommand.incompatibility(false, true, false, false, false, false, true))
                .hasValue("--wait cannot be combined with --abort-on-container-exit, --abort-on-container-failure, "
                        + "--attach or --attach-dependencies");
        assertThat(UpCommand.incompatibility(true, true, false, false, false, false, false)).isEmpty();
    }

    @Test
    void theTwoAbortOptionsExcludeEachOtherButExitCodeFromGoesWithEither() {
        assertThat(UpCommand.incompatibility(false, false, true, true, false, false, false))
                .hasValue("--abort-on-container-failure cannot be combined with --abort-on-container-exit");
        assertThat(UpCommand.incompatibility(false, false, false, true, true, false, false)).isEmpty();
        assertThat(UpCommand.incompatibility(false, false, true, false, true, true, true)).isEmpty();
    }

    @Test
    void anIncompatibleCombinationIsAUsageErrorBeforeAnythingIsLoaded() {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.run("-f", "/nonexistent/compose.yaml", "up", "-d", "--abort-on-container-exit"))
                    .isEqualTo(ExitCodes.USAGE);
        } finally {
            System.setErr(original);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("--detach cannot be combined with");
    }
}
