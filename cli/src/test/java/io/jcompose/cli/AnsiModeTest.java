package io.jcompose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AnsiModeTest {

    private static GlobalOptions ansi(String mode) {
        GlobalOptions global = new GlobalOptions();
        global.ansi = mode;
        return global;
    }

    @Test
    void autoFollowsTheTerminalAndTheFlagsWin() {
        assertThat(AnsiMode.colour(ansi(null), false, Map.of(), true)).isTrue();
        assertThat(AnsiMode.colour(ansi(null), false, Map.of(), false)).isFalse();
        assertThat(AnsiMode.colour(ansi("always"), false, Map.of(), false)).isTrue();
        assertThat(AnsiMode.colour(ansi("never"), false, Map.of(), true)).isFalse();
        assertThat(AnsiMode.colour(ansi(null), true, Map.of(), true)).isFalse();
        assertThat(AnsiMode.colour(ansi(null), false, Map.of("COMPOSE_ANSI", "never"), true)).isFalse();
        assertThat(AnsiMode.colour(ansi(null), false, Map.of("NO_COLOR", "1"), true)).isFalse();
        assertThat(AnsiMode.colour(ansi("always"), true, Map.of(), true)).isFalse();
    }
}
