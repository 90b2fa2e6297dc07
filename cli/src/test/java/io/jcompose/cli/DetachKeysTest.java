package io.jcompose.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DetachKeysTest {

    private static DetachKeys.Filtered feed(DetachKeys keys, String input) {
        byte[] bytes = input.getBytes(StandardCharsets.ISO_8859_1);
        return keys.filter(bytes, bytes.length);
    }

    private static String text(DetachKeys.Filtered filtered) {
        return new String(filtered.forward(), StandardCharsets.ISO_8859_1);
    }

    @Test
    void defaultSequenceDetachesAndIsNotForwarded() {
        DetachKeys keys = DetachKeys.parse(DetachKeys.DEFAULT);
        DetachKeys.Filtered filtered = feed(keys, "ls\u0010\u0011after");
        assertThat(text(filtered)).isEqualTo("ls");
        assertThat(filtered.detach()).isTrue();
    }

    @Test
    void aBrokenSequenceIsForwardedAfterAll() {
        DetachKeys keys = DetachKeys.parse(DetachKeys.DEFAULT);
        DetachKeys.Filtered held = feed(keys, "a\u0010");
        assertThat(text(held)).isEqualTo("a");
        assertThat(held.detach()).isFalse();
        DetachKeys.Filtered broken = feed(keys, "b");
        assertThat(text(broken)).isEqualTo("\u0010b");
        assertThat(broken.detach()).isFalse();
    }

    @Test
    void aSequenceSplitAcrossReadsStillDetaches() {
        DetachKeys keys = DetachKeys.parse("ctrl-x,q");
        assertThat(feed(keys, "\u0018").detach()).isFalse();
        assertThat(feed(keys, "q").detach()).isTrue();
    }

    @Test
    void repeatedFirstKeyRestartsTheMatch() {
        DetachKeys keys = DetachKeys.parse(DetachKeys.DEFAULT);
        DetachKeys.Filtered filtered = feed(keys, "\u0010\u0010\u0011");
        assertThat(text(filtered)).isEqualTo("\u0010");
        assertThat(filtered.detach()).isTrue();
    }

    @Test
    void controlCharactersAndErrors() {
        assertThat(feed(DetachKeys.parse("ctrl-@"), "\0").detach()).isTrue();
        assertThat(feed(DetachKeys.parse("ctrl-_"), "\u001f").detach()).isTrue();
        assertThatThrownBy(() -> DetachKeys.parse("ctrl-1")).hasMessage("Unknown character: 'ctrl-1'");
        assertThatThrownBy(() -> DetachKeys.parse("esc")).hasMessage("Unknown character: 'esc'");
    }
}
