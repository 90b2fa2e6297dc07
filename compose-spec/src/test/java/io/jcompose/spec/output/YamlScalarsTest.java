package io.jcompose.spec.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** go-yaml's choice of scalar style, value by value. */
class YamlScalarsTest {

    private static String line(String value) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("k", value);
        return YamlEmitter.write(doc);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '^', value = {
            "plain|k: plain", "8080|k: \"8080\"", "true|k: \"true\"", "yes|k: \"yes\"", "on|k: \"on\"",
            "null|k: \"null\"", "~|k: \"~\"", "1.5|k: \"1.5\"", "1e3|k: \"1e3\"", ".5|k: \".5\"",
            "0x1F|k: \"0x1F\"", "0o17|k: \"0o17\"", "1_000|k: \"1_000\"", "22:22|k: \"22:22\"",
            "8080:80|k: 8080:80", "2001-12-14|k: \"2001-12-14\"", "<<|k: \"<<\"", ".inf|k: \".inf\"",
            "*x|k: '*x'", "a: b|k: 'a: b'", "x:|k: 'x:'", "x:y|k: x:y", "- x|k: '- x'", "-p|k: -p",
            "a #b|k: 'a #b'", "a#b|k: a#b", "#x|k: '#x'", "?x|k: ?x", "? x|k: '? x'", "...|k: '...'",
            "it's|k: it's", "@home|k: '@home'", "%x|k: '%x'", "[x]|k: '[x]'", "a,b|k: a,b",
            "héllo ✓|k: héllo ✓", "02:42:ac:11:65:43|k: 02:42:ac:11:65:43", "<a&b>|k: <a&b>"})
    void styles(String value, String expected) {
        assertThat(line(value)).isEqualTo(expected + "\n");
    }

    @Test
    void quotedAndBlockStyles() {
        assertThat(line("")).isEqualTo("k: \"\"\n");
        assertThat(line(" lead")).isEqualTo("k: ' lead'\n");
        assertThat(line("trail ")).isEqualTo("k: 'trail '\n");
        assertThat(line("tab\there")).isEqualTo("k: \"tab\\there\"\n");
        assertThat(line("a\r\nb")).isEqualTo("k: \"a\\r\\nb\"\n");
        assertThat(line("one\ntwo\n")).isEqualTo("k: |\n  one\n  two\n");
        assertThat(line("one\ntwo")).isEqualTo("k: |-\n  one\n  two\n");
        assertThat(line("one\n\n")).isEqualTo("k: |+\n  one\n\n");
        assertThat(line("  indented\nx\n")).isEqualTo("k: |2\n    indented\n  x\n");
        assertThat(line("space \nbreak")).isEqualTo("k: \"space \\nbreak\"\n");
        assertThat(line("say \"hi\" \\o/")).isEqualTo("k: say \"hi\" \\o/\n");
    }

    @Test
    void collectionsAndKeys() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("8080", Map.of());
        doc.put("list", List.of(List.of("a", "b"), Map.of(), List.of(), "multi\nline\n"));
        doc.put("nested", Map.of("x", List.of(Map.of("a", 1L))));
        assertThat(YamlEmitter.write(doc)).isEqualTo("""
                "8080": {}
                list:
                  - - a
                    - b
                  - {}
                  - []
                  - |
                    multi
                    line
                nested:
                  x:
                    - a: 1
                """);
    }
}
