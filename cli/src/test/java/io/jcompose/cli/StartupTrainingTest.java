package io.jcompose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StartupTrainingTest {

    @Test
    void splitsInvocationsOnTheSeparator() {
        assertThat(StartupTraining.invocations("--help", ";;", "config", "-f", "a b.yaml", ";;", "version"))
                .containsExactly(List.of("--help"), List.of("config", "-f", "a b.yaml"), List.of("version"));
    }

    @Test
    void dropsEmptyInvocations() {
        assertThat(StartupTraining.invocations(";;", "--help", ";;", ";;")).containsExactly(List.of("--help"));
        assertThat(StartupTraining.invocations()).isEmpty();
    }
}
