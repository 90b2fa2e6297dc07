package io.jcompose.spec.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.spec.ComposeException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** go-yaml v3's scalar rules, as compose applies them, one YAML value per row. */
class ScalarResolutionTest {

    private static Object value(String yaml) {
        return ComposeYaml.parse("c.yaml", "v: " + yaml + "\n").get(0).root().get("v");
    }

    static Stream<Arguments> scalars() {
        return Stream.of(
                // ints: Go ParseInt(s, 0) after dropping underscores
                Arguments.of("0", 0L),
                Arguments.of("42", 42L),
                Arguments.of("-42", -42L),
                Arguments.of("+42", 42L),
                Arguments.of("0440", 288L),
                Arguments.of("0o440", 288L),
                Arguments.of("0O17", 15L),
                Arguments.of("0x1F", 31L),
                Arguments.of("0X1f", 31L),
                Arguments.of("-0x10", -16L),
                Arguments.of("0b101", 5L),
                Arguments.of("-0b101", -5L),
                Arguments.of("1_000_000", 1000000L),
                Arguments.of("9223372036854775807", Long.MAX_VALUE),
                Arguments.of("-9223372036854775808", Long.MIN_VALUE),
                Arguments.of("18446744073709551615", 1.8446744073709552E19),
                // not valid octal: falls through to a float, as go-yaml does
                Arguments.of("08", 8.0),
                Arguments.of("099", 99.0),
                // floats
                Arguments.of("1.5", 1.5),
                Arguments.of("-1.5", -1.5),
                Arguments.of("1.", 1.0),
                Arguments.of(".5", 0.5),
                Arguments.of("+.5", 0.5),
                Arguments.of("1e3", 1000.0),
                Arguments.of("1E-2", 0.01),
                Arguments.of("6.02e+23", 6.02e23),
                Arguments.of("1_000.5", 1000.5),
                Arguments.of(".inf", Double.POSITIVE_INFINITY),
                Arguments.of(".Inf", Double.POSITIVE_INFINITY),
                Arguments.of("+.INF", Double.POSITIVE_INFINITY),
                Arguments.of("-.inf", Double.NEGATIVE_INFINITY),
                Arguments.of(".nan", Double.NaN),
                Arguments.of(".NaN", Double.NaN),
                Arguments.of("99999999999999999999", 1.0E20),
                // strings that other YAML libraries would convert
                Arguments.of(".iNf", ".iNf"),
                Arguments.of("1e400", "1e400"),
                Arguments.of("0x", "0x"),
                Arguments.of("0b2", "0b2"),
                Arguments.of("1_2_a", "1_2_a"),
                Arguments.of("22:22", "22:22"),
                Arguments.of("1:20:30", "1:20:30"),
                Arguments.of("8080:80", "8080:80"),
                Arguments.of("127.0.0.1:80:80", "127.0.0.1:80:80"),
                Arguments.of("1.2.3", "1.2.3"),
                Arguments.of("-x", "-x"),
                Arguments.of("+", "+"),
                Arguments.of("_1", "_1"),
                Arguments.of("2001-12-14", "2001-12-14"),
                Arguments.of("2001-12-14t21:59:43.10-05:00", "2001-12-14t21:59:43.10-05:00"),
                // booleans: YAML 1.2 spellings only
                Arguments.of("true", true),
                Arguments.of("True", true),
                Arguments.of("TRUE", true),
                Arguments.of("false", false),
                Arguments.of("False", false),
                Arguments.of("FALSE", false),
                Arguments.of("tRUE", "tRUE"),
                Arguments.of("yes", "yes"),
                Arguments.of("Yes", "Yes"),
                Arguments.of("no", "no"),
                Arguments.of("on", "on"),
                Arguments.of("off", "off"),
                Arguments.of("y", "y"),
                Arguments.of("n", "n"),
                // nulls
                Arguments.of("", null),
                Arguments.of("~", null),
                Arguments.of("null", null),
                Arguments.of("Null", null),
                Arguments.of("NULL", null),
                Arguments.of("nULL", "nULL"),
                // quoted and block scalars are always strings
                Arguments.of("\"42\"", "42"),
                Arguments.of("'true'", "true"),
                Arguments.of("\"\"", ""),
                Arguments.of("'~'", "~"),
                Arguments.of("\"0440\"", "0440"),
                Arguments.of("|\n  42", "42\n"),
                Arguments.of(">-\n  true", "true"),
                Arguments.of("\"a\\tb\"", "a\tb"),
                Arguments.of("'it''s'", "it's"),
                // explicit core tags
                Arguments.of("!!str 0440", "0440"),
                Arguments.of("!!str true", "true"),
                Arguments.of("!!str", ""),
                Arguments.of("!!int \"42\"", 42L),
                Arguments.of("!!int 0440", 288L),
                Arguments.of("!!float 1", 1.0),
                Arguments.of("!!float \"2.5\"", 2.5),
                Arguments.of("!!bool \"true\"", true),
                Arguments.of("!!null ''", null),
                Arguments.of("!!timestamp 2001-12-14", "2001-12-14"),
                Arguments.of("!!binary aGVsbG8=", "hello"),
                // unknown tags keep the text, as go-yaml does
                Arguments.of("!custom 12", "12"),
                Arguments.of("!custom true", "true"),
                Arguments.of("! 12", 12L),
                Arguments.of("!ENV ${HOME}", "${HOME}"),
                // plain text
                Arguments.of("nginx:1.25", "nginx:1.25"),
                Arguments.of("hello world", "hello world"),
                Arguments.of("<<", "<<"),
                Arguments.of("${VAR}", "${VAR}"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("scalars")
    void resolvesLikeGoYaml(String yaml, Object expected) {
        assertThat(value(yaml)).isEqualTo(expected);
    }

    static Stream<Arguments> tagMismatches() {
        return Stream.of(
                Arguments.of("!!int abc", "cannot decode !!str `abc` as a !!int"),
                Arguments.of("!!int 1.5", "cannot decode !!float `1.5` as a !!int"),
                Arguments.of("!!bool yes", "cannot decode !!str `yes` as a !!bool"),
                Arguments.of("!!null x", "cannot decode !!str `x` as a !!null"),
                Arguments.of("!!float abc", "cannot decode !!str `abc` as a !!float"),
                Arguments.of("!!timestamp 12", "cannot decode !!int `12` as a !!timestamp"),
                Arguments.of("!!binary '%%%'", "!!binary value contains invalid base64 data"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tagMismatches")
    void rejectsValuesThatDoNotFitTheirTag(String yaml, String message) {
        assertThatThrownBy(() -> value(yaml))
                .isInstanceOf(ComposeException.class)
                .hasMessage("c.yaml:1:4: v " + message);
    }
}
