package io.jcompose.spec.interpolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every row of the interpolation table (reference 2.3), plus compose-go's matching quirks. */
class TemplateTest {

    /** FOO is set, EMPTY is set but empty, UNSET is not set. */
    private static final Map<String, String> ENV = Map.of("FOO", "first", "EMPTY", "", "lower", "low");
    private static final Function<String, Optional<String>> LOOKUP = name -> Optional.ofNullable(ENV.get(name));

    private final List<String> warnings = new ArrayList<>();

    private String substitute(String template) {
        return Template.substitute(template, LOOKUP, warnings::add);
    }

    static Stream<Arguments> substitutions() {
        return Stream.of(
                // $VAR and ${VAR}
                Arguments.of("$FOO", "first"),
                Arguments.of("${FOO}", "first"),
                Arguments.of("a ${FOO} b", "a first b"),
                Arguments.of("$FOO$FOO", "firstfirst"),
                Arguments.of("${FOO}${FOO}", "firstfirst"),
                Arguments.of("$lower", "low"),
                Arguments.of("$FOO-bar", "first-bar"),
                Arguments.of("$FOO.bar", "first.bar"),
                Arguments.of("$FOObar", ""),
                Arguments.of("${EMPTY}x", "x"),
                // :- default when unset or empty
                Arguments.of("${UNSET:-d}", "d"),
                Arguments.of("${EMPTY:-d}", "d"),
                Arguments.of("${FOO:-d}", "first"),
                Arguments.of("${UNSET:-}", ""),
                // - default when unset only
                Arguments.of("${UNSET-d}", "d"),
                Arguments.of("${EMPTY-d}", ""),
                Arguments.of("${FOO-d}", "first"),
                // :+ replacement when set and non-empty
                Arguments.of("${FOO:+r}", "r"),
                Arguments.of("${EMPTY:+r}", ""),
                Arguments.of("${UNSET:+r}", ""),
                // + replacement when set, even empty
                Arguments.of("${FOO+r}", "r"),
                Arguments.of("${EMPTY+r}", "r"),
                Arguments.of("${UNSET+r}", ""),
                // ? / :? pass values through
                Arguments.of("${FOO:?err}", "first"),
                Arguments.of("${FOO?err}", "first"),
                Arguments.of("${EMPTY?err}", ""),
                // nesting in operands
                Arguments.of("${UNSET:-${FOO}}", "first"),
                Arguments.of("${UNSET:-$FOO}", "first"),
                Arguments.of("${UNSET-${FOO} ${FOO}}", "first first"),
                Arguments.of("${UNSET:-${UNSET2:-x}}", "x"),
                Arguments.of("${UNSET:-${EMPTY-deep}}", ""),
                Arguments.of("${EMPTY+$FOO ${FOO:+second}}", "first second"),
                Arguments.of("${FOO:+${UNSET:-alt}}", "alt"),
                // operands keep other operator characters
                Arguments.of("${EMPTY:-/non:-alphanumeric}", "/non:-alphanumeric"),
                Arguments.of("${UNSET-myerror?msg}", "myerror?msg"),
                Arguments.of("${UNSET:-a:b-c+d}", "a:b-c+d"),
                Arguments.of("${UNSET:-{x}}", "{x}"),
                // outer text does not change the operator
                Arguments.of("-ok ${EMPTY:-v}", "-ok v"),
                Arguments.of(":-ok ${UNSET-v}", ":-ok v"),
                Arguments.of("?ok ${EMPTY:-v}", "?ok v"),
                // several braced expressions on one line
                Arguments.of("${FOO:-a}-${UNSET:-b}", "first-b"),
                Arguments.of("${UNSET:-x}}", "x}"),
                Arguments.of("${FOO}${EMPTY:-x}${FOO:-y}", "firstxfirst"),
                // braces around and after templates
                Arguments.of("{{{ ${UNSET:-foo_} }}}", "{{{ foo_ }}}"),
                Arguments.of("{{{ ${UNSET:-foo-bar-value} }}}", "{{{ foo-bar-value }}}"),
                Arguments.of("{{{ ${UNSET:-foo?bar?value} }}}", "{{{ foo?bar?value }}}"),
                Arguments.of("{{{ ${UNSET:-foo:?bar:?value} }}}", "{{{ foo:?bar:?value }}}"),
                Arguments.of("{{{ ${UNSET:-foo} ${UNSET2:-DEFAULT_VALUE} }}}", "{{{ foo DEFAULT_VALUE }}}"),
                Arguments.of("{{{ ${FOO:-foo} ${lower:-x} }}}", "{{{ first low }}}"),
                Arguments.of("${UNSET:-baz} }}}", "baz }}}"),
                Arguments.of("${FOO-baz} }}}", "first }}}"),
                Arguments.of("${UNSET:-${UNSET2:-${UNSET3:-qix}}}", "qix"),
                Arguments.of("${UNSET:-${UNSET2:-x}_test_${UNSET2:-y}}", "x_test_y"),
                Arguments.of("${UNSET:-${UNSET2:-x}_test}", "x_test"),
                Arguments.of("${UNSET:-${UNSET2:-${UNSET3:-x}}_test}", "x_test"),
                // $$ escapes
                Arguments.of("$$", "$"),
                Arguments.of("$${FOO}", "${FOO}"),
                Arguments.of("$$FOO", "$FOO"),
                Arguments.of("$$$FOO", "$first"),
                Arguments.of("echo $$HOME", "echo $HOME"),
                // a $ not followed by a name or { stays
                Arguments.of("a $ string", "a $ string"),
                Arguments.of("^REGEX$", "^REGEX$"),
                Arguments.of("$}", "$}"),
                Arguments.of("$", "$"),
                Arguments.of("$1", "$1"),
                Arguments.of("cost: 5$", "cost: 5$"),
                Arguments.of("$-x", "$-x"),
                // named mappings are not enabled: kept as written
                Arguments.of("${a[b]}z", "${a[b]}z"),
                Arguments.of("no variables", "no variables"),
                Arguments.of("", ""));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("substitutions")
    void substitutes(String template, String expected) {
        assertThat(substitute(template)).isEqualTo(expected);
    }

    static Stream<Arguments> invalidTemplates() {
        return Stream.of("${", "${}", "${ }", "${ foo}", "${foo }", "${foo!}", "${1}", "${FOO", "x ${-}",
                "${FOO:-a\nb}", "${UNSET:-${}}", "${FOO:-x} ${BAR }").map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidTemplates")
    void rejectsInvalidTemplates(String template) {
        assertThatThrownBy(() -> substitute(template))
                .isInstanceOf(InvalidTemplateException.class)
                .hasMessageStartingWith("Invalid template: \"");
    }

    @Test
    void invalidTemplateQuotesTheTemplateAsGoDoes() {
        assertThatThrownBy(() -> substitute("a\t${ }"))
                .hasMessage("Invalid template: \"a\\t${ }\"");
    }

    static Stream<Arguments> missingRequired() {
        return Stream.of(
                Arguments.of("not ok ${UNSET:?Mandatory Variable Unset}",
                        "required variable UNSET is missing a value: Mandatory Variable Unset"),
                Arguments.of("not ok ${EMPTY:?Mandatory Variable Empty}",
                        "required variable EMPTY is missing a value: Mandatory Variable Empty"),
                Arguments.of("${UNSET:?}", "required variable UNSET is missing a value"),
                Arguments.of("${UNSET?err}", "required variable UNSET is missing a value: err"),
                Arguments.of("${UNSET?}", "required variable UNSET is missing a value"),
                Arguments.of("${UNSET?bar-baz}", "required variable UNSET is missing a value: bar-baz"),
                Arguments.of("${UNSET:?Mandatory ${FOO}}", "required variable UNSET is missing a value: Mandatory first"),
                Arguments.of("${UNSET?$FOO}", "required variable UNSET is missing a value: first"),
                Arguments.of("{{{ ${UNSET:?foo-bar-value} }}}", "required variable UNSET is missing a value: foo-bar-value"),
                Arguments.of("${UNSET:?foo} ${UNSET2:?bar}", "required variable UNSET is missing a value: foo"),
                Arguments.of("${UNSET?baz} }}}", "required variable UNSET is missing a value: baz"),
                // compose-go expands an operand even when the variable is set
                Arguments.of("${FOO:-${UNSET:?inner}}", "required variable UNSET is missing a value: inner"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("missingRequired")
    void reportsMissingRequiredVariables(String template, String message) {
        assertThatThrownBy(() -> substitute(template))
                .isInstanceOf(MissingRequiredVariableException.class)
                .hasMessage(message);
    }

    @Test
    void warnsOncePerUnsetVariableUseWithoutDefault() {
        assertThat(substitute("${UNSET} $UNSET2 ${UNSET3:-d} ${FOO}")).isEqualTo("  d first");
        assertThat(warnings).containsExactly(
                "The \"UNSET\" variable is not set. Defaulting to a blank string.",
                "The \"UNSET2\" variable is not set. Defaulting to a blank string.");
    }

    @Test
    void emptyValueIsSetAndDoesNotWarn() {
        assertThat(substitute("${EMPTY}")).isEmpty();
        assertThat(warnings).isEmpty();
    }

    @Test
    void escapedDollarPreventsInterpolationAndWarnings() {
        assertThat(substitute("$${UNSET} $$UNSET")).isEqualTo("${UNSET} $UNSET");
        assertThat(warnings).isEmpty();
    }

    @Test
    void bashExtensionsAreInvalid() {
        assertThatThrownBy(() -> substitute("${FOO/foo/bar}")).isInstanceOf(InvalidTemplateException.class);
        assertThatThrownBy(() -> substitute("${#FOO}")).isInstanceOf(InvalidTemplateException.class);
    }

    @Test
    void deepNestingIsRejectedCleanly() {
        String template = "${A:-".repeat(200) + "x" + "}".repeat(200);
        assertThatThrownBy(() -> substitute(template)).hasMessageContaining("nested more than");
    }

    @Test
    void longLinesOfTemplatesDoNotRecurse() {
        String template = "${UNSET:-x}".repeat(1000);
        assertThat(substitute(template)).isEqualTo("x".repeat(1000));
    }

    @Test
    void variablesListsNamesDefaultsAndRequired() {
        assertThat(Template.variables("${bar:-foo} $docker:${project:-cli} $toto ${x:?err} ${y:+alt} $${no}"))
                .containsExactly(
                        new TemplateVariable("bar", false, Optional.of("foo"), Optional.empty()),
                        new TemplateVariable("docker", false, Optional.empty(), Optional.empty()),
                        new TemplateVariable("project", false, Optional.of("cli"), Optional.empty()),
                        new TemplateVariable("toto", false, Optional.empty(), Optional.empty()),
                        new TemplateVariable("x", true, Optional.empty(), Optional.empty()),
                        new TemplateVariable("y", false, Optional.empty(), Optional.of("alt")));
    }

    @Test
    void variablesIncludeNestedOperands() {
        assertThat(Template.variables("${A:-${B:-c}} ${C?$D} ${E+${F}}"))
                .extracting(TemplateVariable::name)
                .containsExactly("A", "B", "C", "D", "E", "F");
        assertThat(Template.variables("${A?msg} ${B-d}"))
                .extracting(TemplateVariable::required)
                .containsExactly(true, false);
    }

    @Test
    void variablesIgnoreEscapesAndInvalidTemplates() {
        assertThat(Template.variables("$$A ${ } $1 plain")).isEmpty();
    }

    @Test
    void goQuoteEscapesLikeGo() {
        assertThat(GoQuote.quote("a\"b\\c\nd\te\u0001")).isEqualTo("\"a\\\"b\\\\c\\nd\\te\\x01\"");
        assertThat(GoQuote.quote("héllo")).isEqualTo("\"héllo\"");
    }
}
