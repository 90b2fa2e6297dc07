package io.jcompose.spec.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.spec.ComposeException;
import io.jcompose.spec.tree.ComposeDocument;
import io.jcompose.spec.tree.Tagged;
import io.jcompose.spec.tree.YamlPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ComposeYamlTest {

    private static ComposeDocument one(String yaml) {
        List<ComposeDocument> docs = ComposeYaml.parse("compose.yaml", yaml);
        assertThat(docs).hasSize(1);
        return docs.get(0);
    }

    @SuppressWarnings("unchecked")
    private static Object at(ComposeDocument doc, String... path) {
        Object node = doc.root();
        for (String part : path) {
            node = node instanceof List<?> list ? list.get(Integer.parseInt(part)) : ((Map<String, Object>) node).get(part);
        }
        return node;
    }

    private static String mark(ComposeDocument doc, String... path) {
        return doc.marks().exact(YamlPath.of(path)).map(Object::toString).orElse("none");
    }

    @Test
    void readsTheTreeShape() {
        ComposeDocument doc = one("""
                name: demo
                services:
                  web:
                    image: nginx
                    ports:
                      - "8080:80"
                      - target: 80
                    environment:
                      DEBUG: true
                      EMPTY:
                """);
        assertThat(doc.source()).isEqualTo("compose.yaml");
        assertThat(doc.root()).isEqualTo(Map.of("name", "demo", "services", Map.of("web", Map.of(
                "image", "nginx",
                "ports", List.of("8080:80", Map.of("target", 80L)),
                "environment", mapOf("DEBUG", true, "EMPTY", null)))));
    }

    @Test
    void keepsKeyOrder() {
        ComposeDocument doc = one("services:\n  z: {}\n  a: {}\n  m: {}\n");
        assertThat(keys(at(doc, "services"))).containsExactly("z", "a", "m");
    }

    @Test
    void recordsTheMarkOfEveryNode() {
        ComposeDocument doc = one("""
                services:
                  web:
                    image: nginx
                    ports:
                      - "80:80"
                      - target: 81
                """);
        assertThat(mark(doc)).isEqualTo("compose.yaml:1:1");
        assertThat(mark(doc, "services")).isEqualTo("compose.yaml:2:3");
        assertThat(mark(doc, "services", "web", "image")).isEqualTo("compose.yaml:3:12");
        assertThat(mark(doc, "services", "web", "ports")).isEqualTo("compose.yaml:5:7");
        assertThat(mark(doc, "services", "web", "ports", "0")).isEqualTo("compose.yaml:5:9");
        assertThat(mark(doc, "services", "web", "ports", "1", "target")).isEqualTo("compose.yaml:6:17");
        assertThat(doc.marks().nearest(YamlPath.of("services", "web", "image", "deeper")).map(Object::toString))
                .contains("compose.yaml:3:12");
    }

    @Test
    void aliasesAreExpandedAndMarkedWhereWritten() {
        ComposeDocument doc = one("""
                x-env: &env
                  A: "1"
                  B: "2"
                x-image: &image nginx:1.25
                services:
                  web:
                    image: *image
                    environment: *env
                  db:
                    environment: *env
                """);
        assertThat(at(doc, "services", "web", "image")).isEqualTo("nginx:1.25");
        assertThat(at(doc, "services", "db", "environment")).isEqualTo(Map.of("A", "1", "B", "2"));
        assertThat(at(doc, "services", "db", "environment")).isNotSameAs(at(doc, "services", "web", "environment"));
        assertThat(mark(doc, "services", "web", "environment")).isEqualTo("compose.yaml:8:18");
        assertThat(mark(doc, "services", "web", "environment", "A")).isEqualTo("compose.yaml:2:6");
    }

    @Test
    void aliasedSequenceItemsAreMarkedWhereWritten() {
        ComposeDocument doc = one("x: &p \"80:80\"\nservices:\n  web:\n    ports:\n      - *p\n      - \"81:81\"\n");
        assertThat(at(doc, "services", "web", "ports")).isEqualTo(List.of("80:80", "81:81"));
        assertThat(mark(doc, "services", "web", "ports", "0")).isEqualTo("compose.yaml:5:9");
    }

    @Test
    void crlfLineEndingsAndByteOrderMark() {
        ComposeDocument doc = one("\uFEFFa: 1\r\nb:\r\n  - x\r\n");
        assertThat(doc.root()).isEqualTo(Map.of("a", 1L, "b", List.of("x")));
        assertThat(mark(doc, "b", "0")).isEqualTo("compose.yaml:3:5");
    }

    @Test
    void readsBytesAsUtf8OrBomMarkedUtf16() {
        byte[] utf8 = "name: caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(ComposeYaml.parse("compose.yaml", utf8).get(0).root()).isEqualTo(Map.of("name", "caf\u00e9"));
        byte[] utf16 = "\uFEFFname: x\n".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        assertThat(ComposeYaml.parse("compose.yaml", utf16).get(0).root()).isEqualTo(Map.of("name", "x"));
    }

    @Test
    void invalidUtf8IsLocated() {
        byte[] bad = {'a', ':', ' ', '1', '\n', 'b', ':', ' ', (byte) 0xC3, '(', '\n'};
        assertThatThrownBy(() -> ComposeYaml.parse("compose.yaml", bad))
                .isInstanceOf(ComposeException.class)
                .hasMessage("compose.yaml:2:4: invalid YAML: the file is not valid UTF-8 (byte 9)");
    }

    @Test
    void mergeKeyWithSingleMap() {
        ComposeDocument doc = one("""
                x-base: &base
                  image: nginx
                  restart: always
                services:
                  web:
                    <<: *base
                    restart: "no"
                """);
        assertThat(at(doc, "services", "web")).isEqualTo(Map.of("image", "nginx", "restart", "no"));
        assertThat(mark(doc, "services", "web", "restart")).isEqualTo("compose.yaml:7:14");
        assertThat(mark(doc, "services", "web", "image")).isEqualTo("compose.yaml:2:10");
    }

    @Test
    void explicitKeysWinEvenBeforeTheMergeKey() {
        ComposeDocument doc = one("""
                x-base: &base {image: nginx, restart: always}
                services:
                  web:
                    restart: "no"
                    <<: *base
                """);
        assertThat(at(doc, "services", "web")).isEqualTo(Map.of("image", "nginx", "restart", "no"));
        assertThat(mark(doc, "services", "web", "restart")).isEqualTo("compose.yaml:4:14");
    }

    @Test
    void mergeKeyWithListOfMapsEarlierWins() {
        ComposeDocument doc = one("""
                x-a: &a {image: a, user: a}
                x-b: &b {image: b, tty: true}
                services:
                  web:
                    <<: [*a, *b, {init: true}]
                    user: me
                """);
        assertThat(at(doc, "services", "web")).isEqualTo(Map.of("image", "a", "user", "me", "tty", true, "init", true));
        assertThat(mark(doc, "services", "web", "image")).isEqualTo("compose.yaml:1:17");
    }

    @Test
    void nestedMergesAndInlineMergeMaps() {
        ComposeDocument doc = one("""
                x-base: &base
                  logging: {driver: json-file}
                x-app: &app
                  <<: *base
                  image: app
                services:
                  web:
                    <<: *app
                  job:
                    <<: {command: run}
                """);
        assertThat(at(doc, "services", "web")).isEqualTo(Map.of("logging", Map.of("driver", "json-file"), "image", "app"));
        assertThat(at(doc, "services", "job")).isEqualTo(Map.of("command", "run"));
    }

    @Test
    void mergeOrderPlacesMergedKeysWhereTheMergeKeyIs() {
        ComposeDocument doc = one("x: &x {b: 2, c: 3}\ny:\n  a: 1\n  <<: *x\n  d: 4\n");
        assertThat(keys(at(doc, "y"))).containsExactly("a", "b", "c", "d");
    }

    @Test
    void quotedMergeKeyIsAPlainKey() {
        ComposeDocument doc = one("x:\n  \"<<\": {a: 1}\n");
        assertThat(at(doc, "x")).isEqualTo(Map.of("<<", Map.of("a", 1L)));
    }

    @Test
    void explicitMergeTag() {
        ComposeDocument doc = one("x: &x {a: 1}\ny:\n  !!merge <<: *x\n");
        assertThat(at(doc, "y")).isEqualTo(Map.of("a", 1L));
    }

    @Test
    void resetAndOverrideTags() {
        ComposeDocument doc = one("""
                services:
                  web:
                    image: !reset null
                    ports: !reset []
                    environment: !override
                      A: 1
                    command: !override echo hi
                    labels:
                      - !reset
                    replicas: !override 3
                """);
        assertThat(at(doc, "services", "web", "image")).isEqualTo(new Tagged.Reset());
        assertThat(at(doc, "services", "web", "ports")).isEqualTo(new Tagged.Reset());
        assertThat(at(doc, "services", "web", "environment")).isEqualTo(new Tagged.Override(Map.of("A", 1L)));
        assertThat(at(doc, "services", "web", "command")).isEqualTo(new Tagged.Override("echo hi"));
        assertThat(at(doc, "services", "web", "labels")).isEqualTo(List.of(new Tagged.Reset()));
        assertThat(at(doc, "services", "web", "replicas")).isEqualTo(new Tagged.Override(3L));
    }

    @Test
    void tagsSurviveAliases() {
        ComposeDocument doc = one("x: &gone !reset []\nservices:\n  web:\n    ports: *gone\n");
        assertThat(at(doc, "services", "web", "ports")).isEqualTo(new Tagged.Reset());
    }

    @Test
    void unknownTagsOnCollectionsAreIgnored() {
        ComposeDocument doc = one("a: !custom {b: 1}\nc: !seq [1]\n");
        assertThat(doc.root()).isEqualTo(Map.of("a", Map.of("b", 1L), "c", List.of(1L)));
    }

    @Test
    void stringKeysOnly() {
        ComposeDocument doc = one("\"80\": a\n!!str 443: b\n'true': c\nyes: d\n2001-12-14: e\n");
        assertThat(doc.root().keySet()).containsExactly("80", "443", "true", "yes", "2001-12-14");
    }

    static Stream<Arguments> nonStringKeys() {
        return Stream.of(
                Arguments.of("123:\n  foo: {image: busybox}\n", "compose.yaml:1:1: non-string key at top level: 123"),
                Arguments.of("services:\n  foo: {image: busybox}\n  123: {image: busybox}\n",
                        "compose.yaml:3:3: non-string key in services: 123"),
                Arguments.of("networks:\n  default:\n    ipam:\n      config:\n        - 123: oh dear\n",
                        "compose.yaml:5:11: non-string key in networks.default.ipam.config[0]: 123"),
                Arguments.of("services:\n  dict-env:\n    environment:\n      1: FOO\n",
                        "compose.yaml:4:7: non-string key in services.dict-env.environment: 1"),
                Arguments.of("x:\n  true: 1\n", "compose.yaml:2:3: non-string key in x: true"),
                Arguments.of("x:\n  ~: 1\n", "compose.yaml:2:3: non-string key in x: <nil>"),
                Arguments.of("x:\n  1.5: 1\n", "compose.yaml:2:3: non-string key in x: 1.5"),
                Arguments.of("x:\n  ? [a]\n  : 1\n", "compose.yaml:2:5: non-string key in x: a sequence"),
                Arguments.of("x:\n  ? {a: 1}\n  : 1\n", "compose.yaml:2:5: non-string key in x: a mapping"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("nonStringKeys")
    void rejectsNonStringKeysAsComposeDoes(String yaml, String message) {
        assertThatThrownBy(() -> ComposeYaml.parse("compose.yaml", yaml))
                .isInstanceOf(ComposeException.class)
                .hasMessage(message);
    }

    static Stream<Arguments> duplicateKeys() {
        return Stream.of(
                Arguments.of("a: 1\nb:\n  c: 2\n  c: 3\n", "compose.yaml:4:3: mapping key \"c\" already defined at line 3"),
                Arguments.of("services:\n  web: {}\n  db: {}\n  web: {}\n",
                        "compose.yaml:4:3: mapping key \"web\" already defined at line 2"),
                Arguments.of("a: 1\n\"a\": 2\n", "compose.yaml:2:1: mapping key \"a\" already defined at line 1"),
                Arguments.of("x: &x {a: 1}\ny:\n  <<: *x\n  <<: *x\n",
                        "compose.yaml:4:3: mapping key \"<<\" already defined at line 3"),
                Arguments.of("{a: 1, a: 2}\n", "compose.yaml:1:8: mapping key \"a\" already defined at line 1"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("duplicateKeys")
    void rejectsDuplicateKeys(String yaml, String message) {
        assertThatThrownBy(() -> ComposeYaml.parse("compose.yaml", yaml))
                .isInstanceOf(ComposeException.class)
                .hasMessage(message);
    }

    @Test
    void keysWrittenDifferentlyAreNotDuplicates() {
        assertThat(one("x:\n  a1: 1\n  A1: 2\n").root()).isEqualTo(Map.of("x", Map.of("a1", 1L, "A1", 2L)));
    }

    static Stream<Arguments> syntaxErrors() {
        return Stream.of(
                Arguments.of("a: b: c\n", "compose.yaml:1:5: invalid YAML: mapping values are not allowed here"),
                Arguments.of("a: [1\nb: 2\n", "compose.yaml:2:2: invalid YAML: expected ',' or ']', but got : "
                        + "(while parsing a flow sequence at line 1)"),
                Arguments.of("services:\n  web:\n   image: x\n  - y\n", "compose.yaml:4:3: invalid YAML: expected <block end>, "
                        + "but found '-' (while parsing a block mapping at line 2)"),
                Arguments.of("a: \"unterminated\n", "compose.yaml:2:1: invalid YAML: found unexpected end of stream "
                        + "(while scanning a quoted scalar at line 1)"),
                Arguments.of("a:\n\tb: 1\n", "compose.yaml:2:1: invalid YAML: found character tab that cannot start "
                        + "any token. (Do not use tabs for indentation) (while scanning for the next token)"),
                Arguments.of("a: \u0001\n", "compose.yaml:1:4: invalid YAML: special characters are not allowed"),
                Arguments.of("a: *nope\n", "compose.yaml:1:4: unknown anchor 'nope' referenced"),
                Arguments.of("a: &x [1, *x]\n", "compose.yaml:1:11: anchor 'x' value contains itself"),
                Arguments.of("a: 1\n- b\n", "compose.yaml:2:1: invalid YAML: expected <block end>, but found '-' "
                        + "(while parsing a block mapping at line 1)"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("syntaxErrors")
    void invalidYamlIsLocated(String yaml, String message) {
        assertThatThrownBy(() -> ComposeYaml.parse("compose.yaml", yaml))
                .isInstanceOf(ComposeException.class)
                .hasMessage(message);
    }

    static Stream<Arguments> notMappings() {
        return Stream.of("- a\n- b\n", "hello\n", "42\n", "!reset {}\n", "\"\"\n").map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notMappings")
    void topLevelMustBeAMapping(String yaml) {
        assertThatThrownBy(() -> ComposeYaml.parse("compose.yaml", yaml))
                .isInstanceOf(ComposeException.class)
                .hasMessage("compose.yaml:1:1: top-level object must be a mapping");
    }

    @Test
    void mergeNeedsMaps() {
        assertThatThrownBy(() -> ComposeYaml.parse("compose.yaml", "x:\n  <<: [a]\n"))
                .hasMessage("compose.yaml:2:8: map merge requires map or sequence of maps as the value");
        assertThatThrownBy(() -> ComposeYaml.parse("compose.yaml", "x:\n  <<: 1\n"))
                .hasMessage("compose.yaml:2:7: map merge requires map or sequence of maps as the value");
        assertThatThrownBy(() -> ComposeYaml.parse("compose.yaml", "l: &l [{a: 1}]\nx:\n  <<: *l\n"))
                .hasMessage("compose.yaml:3:7: map merge requires map or sequence of maps as the value");
    }

    @Test
    void multipleDocumentsAndEmptyOnesSkipped() {
        List<ComposeDocument> docs = ComposeYaml.parse("compose.yaml", """
                ---
                ---
                services: {a: {image: x}}
                ---
                # only a comment
                ---
                services: {b: {image: y}}
                ...
                """);
        assertThat(docs).extracting(d -> d.root().keySet()).containsExactly(
                java.util.Set.of("services"), java.util.Set.of("services"));
        assertThat(docs.get(1).marks().exact(YamlPath.of("services")).map(Object::toString)).contains("compose.yaml:7:11");
    }

    @Test
    void emptyFileHasNoDocuments() {
        assertThat(ComposeYaml.parse("compose.yaml", "")).isEmpty();
        assertThat(ComposeYaml.parse("compose.yaml", "# nothing\n")).isEmpty();
        assertThat(ComposeYaml.parse("compose.yaml", "~\n")).isEmpty();
    }

    @Test
    void anchorsAreScopedToTheirDocument() {
        assertThatThrownBy(() -> ComposeYaml.parse("compose.yaml", "a: &x 1\n---\nb: *x\n"))
                .hasMessage("compose.yaml:3:4: unknown anchor 'x' referenced");
    }

    @Test
    void billionLaughsIsRejected() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        assertThatThrownBy(() -> ComposeYaml.parse("compose.yaml", yaml.toString()))
                .isInstanceOf(ComposeException.class)
                .hasMessageContaining("excessive aliasing");
    }

    @Test
    void manyAliasesWithinBudgetAreFine() {
        StringBuilder yaml = new StringBuilder("x-common: &common {image: app, environment: {A: 1, B: 2}}\nservices:\n");
        for (int i = 0; i < 200; i++) {
            yaml.append("  s").append(i).append(": *common\n");
        }
        assertThat((Map<?, ?>) at(one(yaml.toString()), "services")).hasSize(200);
    }

    @Test
    void deepNestingIsRejected() {
        String yaml = "a: " + "[".repeat(1000) + "]".repeat(1000) + "\n";
        assertThatThrownBy(() -> ComposeYaml.parse("compose.yaml", yaml))
                .isInstanceOf(ComposeException.class)
                .hasMessageContaining("nested more than 500 levels");
    }

    @Test
    void blockScalarsAndFlowStyles() {
        ComposeDocument doc = one("""
                a: |
                  line1
                  line2
                b: >-
                  folded
                  text
                c: {x: [1, "2", three]}
                """);
        assertThat(doc.root()).isEqualTo(Map.of("a", "line1\nline2\n", "b", "folded text",
                "c", Map.of("x", List.of(1L, "2", "three"))));
    }

    private static List<Object> keys(Object map) {
        return List.copyOf(((Map<?, ?>) map).keySet());
    }

    private static Map<String, Object> mapOf(Object... kv) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            map.put((String) kv[i], kv[i + 1]);
        }
        return map;
    }
}
