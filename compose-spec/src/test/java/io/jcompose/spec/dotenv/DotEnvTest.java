package io.jcompose.spec.dotenv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.jcompose.spec.ComposeException;
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

/** Every row of the .env table (reference 2.4) and compose-go's dotenv behaviour. */
class DotEnvTest {

    private static final Function<String, Optional<String>> NONE = name -> Optional.empty();

    private static Map<String, String> parse(String text) {
        return DotEnv.parse(".env", text, NONE);
    }

    static Stream<Arguments> singleValues() {
        return Stream.of(
                Arguments.of("FOO=bar", "FOO", "bar"),
                Arguments.of("FOO =bar", "FOO", "bar"),
                Arguments.of("FOO= bar", "FOO", "bar"),
                Arguments.of("FOO=\"bar\"", "FOO", "bar"),
                Arguments.of("FOO='bar'", "FOO", "bar"),
                Arguments.of("FOO=", "FOO", ""),
                Arguments.of("FOO=\"\"", "FOO", ""),
                Arguments.of("FOO=''", "FOO", ""),
                // escaped and nested quotes
                Arguments.of("FOO=\"escaped\\\"bar\"", "FOO", "escaped\"bar"),
                Arguments.of("FOO=\"\\\"quoted\\\"\"", "FOO", "\"quoted\""),
                Arguments.of("FOO=\"'d'\"", "FOO", "'d'"),
                Arguments.of("FOO='\"d\"'", "FOO", "\"d\""),
                Arguments.of("FOO='it\\'s'", "FOO", "it's"),
                // yaml style
                Arguments.of("OPTION_A: 1", "OPTION_A", "1"),
                Arguments.of("OPTION_A: Foo=bar", "OPTION_A", "Foo=bar"),
                Arguments.of("OPTION_A=1:B", "OPTION_A", "1:B"),
                // export prefix
                Arguments.of("export OPTION_A=2", "OPTION_A", "2"),
                Arguments.of("export OPTION_B='\\n'", "OPTION_B", "\\n"),
                Arguments.of("export exportFoo=2", "exportFoo", "2"),
                Arguments.of("exportFOO=2", "exportFOO", "2"),
                Arguments.of("export_FOO =2", "export_FOO", "2"),
                Arguments.of("export.FOO= 2", "export.FOO", "2"),
                Arguments.of("export\tOPTION_A=2", "OPTION_A", "2"),
                Arguments.of("  export OPTION_A=2", "OPTION_A", "2"),
                Arguments.of("export OPTION_A=\"export A\"", "OPTION_A", "export A"),
                // double-quote escapes
                Arguments.of("FOO=\"bar\\nbaz\"", "FOO", "bar\nbaz"),
                Arguments.of("FOO=a\\tb", "FOO", "a\\tb"),
                Arguments.of("FOO=\"a\\tb\"", "FOO", "a\tb"),
                Arguments.of("KEY=\"Z\\aZ\\bZ\\fZ\\nZ\\rZ\\tZ\\vZ\\\\Z\\0123Z\"", "KEY",
                        "Z\u0007Z\bZ\fZ\nZ\rZ\tZ\u000BZ\\ZSZ"),
                Arguments.of("KEY=\"\\0123\"", "KEY", "S"),
                Arguments.of("KEY=\"\\x07\"", "KEY", "\\x07"),
                Arguments.of("KEY=\"\\u12e4\"", "KEY", "\\u12e4"),
                Arguments.of("KEY=\"\\U00101234\"", "KEY", "\\U00101234"),
                Arguments.of("FOO=\"bar\\n\\ b\\az\"", "FOO", "bar\n\\ b\u0007z"),
                Arguments.of("FOO=\"bar\\\\\\n\\ b\\az\"", "FOO", "bar\\\n\\ b\u0007z"),
                Arguments.of("FOO=\"bar\\\\r\\ b\\az\"", "FOO", "bar\\r\\ b\u0007z"),
                Arguments.of("FOO=\"bar\\nbaz\\\\\"", "FOO", "bar\nbaz\\"),
                Arguments.of("FOO='bar\\nbaz'", "FOO", "bar\\nbaz"),
                // key characters
                Arguments.of("FOO.BAR=foobar", "FOO.BAR", "foobar"),
                Arguments.of("VAR-WITH-DASHES=dashes", "VAR-WITH-DASHES", "dashes"),
                Arguments.of("a[1]=c", "a[1]", "c"),
                Arguments.of("árvíztűrő-TÜKÖRFÚRÓGÉP=ÁRVÍZTŰRŐ-tükörfúrógép", "árvíztűrő-TÜKÖRFÚRÓGÉP",
                        "ÁRVÍZTŰRŐ-tükörfúrógép"),
                Arguments.of("=\"value\"", "", "value"),
                // equals and trailing blanks
                Arguments.of("FOO=foobar=", "FOO", "foobar="),
                Arguments.of("FOO=bar ", "FOO", "bar"),
                Arguments.of("FOO=bar\t \r", "FOO", "bar"),
                // comments
                Arguments.of("FOO=bar # this is foo", "FOO", "bar"),
                Arguments.of("FOO=bar #this is foo", "FOO", "bar"),
                Arguments.of("FOO=bar #", "FOO", "bar"),
                Arguments.of("FOO=123#not-an-inline-comment", "FOO", "123#not-an-inline-comment"),
                Arguments.of("FOO=bar\t#tab is not a comment start", "FOO", "bar\t#tab is not a comment start"),
                Arguments.of("FOO=\"bar#baz\"", "FOO", "bar#baz"),
                Arguments.of("FOO=\"bar#baz\"#", "FOO", "bar#baz"),
                Arguments.of("FOO=\"bar#baz\" # comment", "FOO", "bar#baz"),
                Arguments.of("FOO='bar#baz' # comment", "FOO", "bar#baz"),
                Arguments.of("FOO=\"bar#baz#bang\" # comment", "FOO", "bar#baz#bang"),
                Arguments.of("FOO='ba#r'", "FOO", "ba#r"),
                // leading blanks
                Arguments.of(" KEY =value", "KEY", "value"),
                Arguments.of("   KEY=value", "KEY", "value"),
                Arguments.of("\tKEY=value", "KEY", "value"),
                // escaped dollars
                Arguments.of("FOO=\"foo\\$BAR\"", "FOO", "foo$BAR"),
                Arguments.of("FOO=\"foo\\${BAR}\"", "FOO", "foo${BAR}"),
                Arguments.of("FOO=$$BAR", "FOO", "$BAR"),
                Arguments.of("FOO='$BAR'", "FOO", "$BAR"),
                Arguments.of("FOO='${BAR:?}'", "FOO", "${BAR:?}"),
                // backticks are not quotes in compose-go
                Arguments.of("FOO=`bar`", "FOO", "`bar`"),
                // blanks after the separator never start a comment
                Arguments.of("FOO= #bar", "FOO", "#bar"),
                Arguments.of("FOO=\"a\" # c", "FOO", "a"),
                Arguments.of("FOO=\"$$\"", "FOO", "$"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleValues")
    void parsesLikeComposeGo(String line, String key, String value) {
        assertThat(parse(line)).containsEntry(key, value);
    }

    @Test
    void multiLineQuotedValues() {
        Map<String, String> env = parse("""
                OPTION_A='1'
                OPTION_D='\\n'
                OPTION_H="\\n"
                OPTION_I = "echo 'asd'"
                OPTION_J = 'first line
                second line
                third line
                and so on'
                OPTION_K="line one
                line two"
                OPTION_Z = "last value"
                """);
        assertThat(env).containsExactly(
                entry("OPTION_A", "1"),
                entry("OPTION_D", "\\n"),
                entry("OPTION_H", "\n"),
                entry("OPTION_I", "echo 'asd'"),
                entry("OPTION_J", "first line\nsecond line\nthird line\nand so on"),
                entry("OPTION_K", "line one\nline two"),
                entry("OPTION_Z", "last value"));
    }

    @Test
    void ignoresBlankAndCommentLinesAndKeepsOrder() {
        assertThat(parse("\n\r\n\t\t \n# Comment\n\t # indented comment\nB=2\nA=1\nB=3\n"))
                .containsExactly(entry("B", "3"), entry("A", "1"));
    }

    @Test
    void stripsUtf8Bom() {
        assertThat(parse("\uFEFFA=1\nB=2")).containsExactly(entry("A", "1"), entry("B", "2"));
    }

    @Test
    void windowsLineEndings() {
        assertThat(parse("A=1\r\nB=\"x\"\r\nC\r\n")).containsExactly(entry("A", "1"), entry("B", "x"));
    }

    @Test
    void bareKeyIsInheritedFromLookupOrAbsent() {
        Map<String, String> env = DotEnv.parse(".env", "HOME\nMISSING\nLAST", name -> name.equals("HOME")
                ? Optional.of("/root") : name.equals("LAST") ? Optional.of("end") : Optional.empty());
        assertThat(env).containsExactly(entry("HOME", "/root"), entry("LAST", "end"));
    }

    @Test
    void interpolatesUnquotedAndDoubleQuotedValuesOnly() {
        Map<String, String> env = parse("FOO=test\nA=$FOO\nB=${FOO}bar\nC=\"quote $FOO\"\nD='quote $FOO'\nE=$UNDEF\n");
        assertThat(env).containsEntry("A", "test").containsEntry("B", "testbar").containsEntry("C", "quote test")
                .containsEntry("D", "quote $FOO").containsEntry("E", "");
    }

    @Test
    void escapedAndPlainExpansionsMix() {
        assertThat(parse("FOO=test\nBAR=\"foo\\${FOO} ${FOO}\"")).containsEntry("BAR", "foo${FOO} test");
    }

    @Test
    void lookupWinsOverKeysOfTheSameFileForInterpolation() {
        Function<String, Optional<String>> os = name -> name.equals("OPTION_A") ? Optional.of("5") : Optional.empty();
        Map<String, String> env = DotEnv.parse(".env", """
                OPTION_A=1
                OPTION_B=${OPTION_A}
                OPTION_C=$OPTION_B
                OPTION_D=${OPTION_A}_${OPTION_B}
                OPTION_E=${OPTION_NOT_DEFINED}
                """, os);
        assertThat(env).containsExactly(entry("OPTION_A", "1"), entry("OPTION_B", "5"), entry("OPTION_C", "5"),
                entry("OPTION_D", "5_5"), entry("OPTION_E", ""));
    }

    @Test
    void selfReferenceWithDefault() {
        String text = "OPTION_A=${OPTION_A:-1}\nOPTION_B=${OPTION_A}\nOPTION_D=${OPTION_A}_${OPTION_B}\n";
        assertThat(DotEnv.parse(".env", text, NONE))
                .containsExactly(entry("OPTION_A", "1"), entry("OPTION_B", "1"), entry("OPTION_D", "1_1"));
        assertThat(DotEnv.parse(".env", text, name -> name.equals("OPTION_A") ? Optional.of("5") : Optional.empty()))
                .containsExactly(entry("OPTION_A", "5"), entry("OPTION_B", "5"), entry("OPTION_D", "5_5"));
    }

    @Test
    void selfReferenceWithoutDefaultSeesOnlyTheLookup() {
        assertThat(parse("A=x\nA=${A}y\n")).containsEntry("A", "xy");
        assertThat(DotEnv.parse(".env", "PATH=${PATH}:/opt", n -> n.equals("PATH") ? Optional.of("/bin")
                : Optional.empty())).containsEntry("PATH", "/bin:/opt");
    }

    @Test
    void interpolationOperatorsWork() {
        Map<String, String> env = parse("EMPTY=\nTEST=Test Value\nA=${UNSET:-Default}\nB=${EMPTY:-Default}\n"
                + "C=${TEST:-Default}\nD=${EMPTY-Default}\nE=${TEST:+alt}\n");
        assertThat(env).containsEntry("A", "Default").containsEntry("B", "Default").containsEntry("C", "Test Value")
                .containsEntry("D", "").containsEntry("E", "alt");
    }

    @Test
    void unsetVariablesWarnThroughTheOverload() {
        List<String> warnings = new ArrayList<>();
        DotEnv.parse(".env", "A=$NOPE\nB='$NOPE'\n", NONE, warnings::add);
        assertThat(warnings).containsExactly("The \"NOPE\" variable is not set. Defaulting to a blank string.");
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("A=1\nlol$wut\n", ".env:2:4: unexpected character \"$\" in variable name \"lol$wut\""),
                Arguments.of("%!(EXTRA string)=foo", ".env:1:1: unexpected character \"%\" in variable name "
                        + "\"%!(EXTRA string)=foo\""),
                Arguments.of("A=1\n\nKEY WITH SPACE=1\n", ".env:3:1: key cannot contain a space"),
                Arguments.of("export A$B=1\n", ".env:1:9: unexpected character \"$\" in variable name \"A$B=1\""),
                Arguments.of("KEY=\"", ".env:1:5: unterminated quoted value \""),
                Arguments.of("KEY=\"value", ".env:1:5: unterminated quoted value \"value"),
                Arguments.of("KEY=\"value\\\"", ".env:1:5: unterminated quoted value \"value\\\""),
                Arguments.of("KEY=\"value'", ".env:1:5: unterminated quoted value \"value'"),
                Arguments.of("KEY='", ".env:1:5: unterminated quoted value '"),
                Arguments.of("KEY='value", ".env:1:5: unterminated quoted value 'value"),
                Arguments.of("KEY='value\\'", ".env:1:5: unterminated quoted value 'value\\'"),
                Arguments.of("KEY='value\"\nNEXT=1", ".env:1:5: unterminated quoted value 'value\""),
                Arguments.of("A=1\nB=${REQ:?must be set}\n", ".env:2:3: required variable REQ is missing a value: must be set"),
                Arguments.of("A=\"${ bad}\"", ".env:1:3: Invalid template: \"${ bad}\""));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("errors")
    void errorsCarryLineAndColumn(String text, String message) {
        assertThatThrownBy(() -> parse(text)).isInstanceOf(ComposeException.class).hasMessage(message);
    }

    @Test
    void rawFormatKeepsValuesVerbatim() {
        Map<String, String> env = DotEnv.parseRaw("app.env", "A=1 \n # comment\nB=\"x\"\n  C=$D # not a comment\n"
                + "E='y'\nF=a=b\n\nG=\r\n");
        assertThat(env).containsExactly(entry("A", "1 "), entry("B", "\"x\""), entry("C", "$D # not a comment"),
                entry("E", "'y'"), entry("F", "a=b"), entry("G", ""));
    }

    @Test
    void rawFormatBareKeysUseTheLookupWhenGiven() {
        assertThat(DotEnv.parseRaw("app.env", "HOME\nNOPE\n")).isEmpty();
        assertThat(DotEnv.parseRaw("app.env", "HOME\nNOPE\n",
                n -> n.equals("HOME") ? Optional.of("/root") : Optional.empty())).containsExactly(entry("HOME", "/root"));
    }

    @Test
    void rawFormatErrors() {
        assertThatThrownBy(() -> DotEnv.parseRaw("app.env", "A=1\n=x\n"))
                .hasMessage("app.env:2:1: no variable name on line '=x'");
        assertThatThrownBy(() -> DotEnv.parseRaw("app.env", "  MY VAR=x\n"))
                .hasMessage("app.env:1:3: variable 'MY VAR' contains whitespaces");
    }
}
