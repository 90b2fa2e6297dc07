package io.jcompose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExitCascadeTest {

    @Test
    void withoutAbortOptionsNoExitStopsAnythingAndTheCodeIsZero() {
        ExitCascade cascade = ExitCascade.of(false, false, Optional.empty());
        assertThat(cascade.exited("a", 3)).isFalse();
        assertThat(cascade.exitCode()).isZero();
    }

    @Test
    void abortOnExitStopsOnceAndReturnsTheFirstExitedServicesCode() {
        ExitCascade cascade = ExitCascade.of(true, false, Optional.empty());
        assertThat(cascade.exited("a", 4)).isTrue();
        assertThat(cascade.exited("b", 137)).isFalse();
        assertThat(cascade.exitCode()).isEqualTo(4);
    }

    @Test
    void abortOnFailureIgnoresCleanExits() {
        ExitCascade cascade = ExitCascade.of(false, true, Optional.empty());
        assertThat(cascade.exited("a", 0)).isFalse();
        assertThat(cascade.exited("b", 5)).isTrue();
        assertThat(cascade.exited("c", 143)).isFalse();
        assertThat(cascade.exitCode()).isEqualTo(5);
    }

    @Test
    void exitCodeFromImpliesAbortOnExitAndTakesThatServicesCodeEvenWhenStopped() {
        ExitCascade cascade = ExitCascade.of(false, false, Optional.of("server"));
        assertThat(cascade.exited("job", 3)).isTrue();
        assertThat(cascade.exitCode()).isZero();
        assertThat(cascade.exited("server", 137)).isFalse();
        assertThat(cascade.exited("server", 1)).isFalse();
        assertThat(cascade.exitCode()).isEqualTo(137);
    }

    @Test
    void exitCodeFromWithAbortOnFailureWaitsForAFailure() {
        ExitCascade cascade = ExitCascade.of(false, true, Optional.of("job"));
        assertThat(cascade.exited("job", 0)).isFalse();
        assertThat(cascade.exitCode()).isZero();
    }

    @Test
    void aStopForAnotherReasonTriggersNoCascade() {
        ExitCascade cascade = ExitCascade.of(true, false, Optional.empty());
        cascade.stopping();
        assertThat(cascade.exited("a", 1)).isFalse();
        assertThat(cascade.exitCode()).isZero();
    }
}
