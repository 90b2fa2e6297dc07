package io.jcompose.spec.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.jcompose.spec.ComposeException;
import io.jcompose.spec.dotenv.DotEnv;
import io.jcompose.spec.interpolation.Interpolation;
import io.jcompose.spec.interpolation.Template;
import io.jcompose.spec.tree.ComposeDocument;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Seeded random mutations of realistic inputs: parsing, interpolation and .env reading may reject
 * them, but only with a {@link ComposeException}, never with anything else.
 */
class LoaderFuzzTest {

    private static final long SEED = 0x5EED_C0DEL;
    private static final int ROUNDS = 2500;

    private static final List<String> COMPOSE = List.of("""
            name: demo-${TAG:-x}
            x-base: &base
              image: "nginx:${TAG:-latest}"
              restart: always
              environment:
                A: $A
                B: ${B:?b is required}
            services:
              web:
                <<: *base
                ports:
                  - "8080:80"
                  - target: "${PORT}"
                    published: 0x1F
                deploy: {replicas: "${N:-2}", resources: {limits: {cpus: "0.5"}}}
                healthcheck:
                  test: ["CMD", "true"]
                  retries: 0440
                command: !override echo $$HOME
                labels: !reset []
              db: *base
            volumes:
              data: {external: "${EXT:-false}"}
            """, """
            services:
              app:
                build: {context: ., args: ["A=1", "B=${B}"]}
                ulimits: {nofile: {soft: 1024, hard: "${HARD:-2048}"}}
                tty: yes
                privileged: "on"
                volumes:
                  - type: bind
                    source: ./src
                    target: /src
                    read_only: "true"
            ---
            services:
              other: {image: busybox, command: [sh, -c, 'echo "${X-}"']}
            """);

    private static final String ENV = """
            # comment
            export A=1
            B="two ${A}\\n"
            C='three $A'
            D: four # inline
            E=${UNSET:-five}
            MULTI="line one
            line two"
            INHERITED
            """;

    private static final String[] FRAGMENTS = {":", "-", " ", "\n", "\t", "[", "]", "{", "}", ",", "&a", "*a", "*base",
        "!reset", "!override", "!!int", "!!str", "!!binary", "<<: ", "? ", "|", ">", "#", "\"", "'", "\\", "$", "${",
        "${X:-", "${X?", "$$", "}", "%", "@", "`", "\u0000", "\u0085", "\uFEFF", "---\n", "...\n", "0x", "0b", "0o",
        "~", "null", "true", "1e", ".inf", "=", "export ", "\\0123", "\r\n", "é", "\uD83D\uDE00"};

    private static final Function<String, Optional<String>> LOOKUP = name -> switch (name) {
        case "B" -> Optional.of("bee");
        case "PORT" -> Optional.of("80");
        case "EMPTY" -> Optional.of("");
        default -> Optional.empty();
    };

    @Test
    void composeFilesRejectOnlyWithComposeException() {
        Random random = new Random(SEED);
        int accepted = 0;
        for (int i = 0; i < ROUNDS; i++) {
            String input = mutate(COMPOSE.get(random.nextInt(COMPOSE.size())), random);
            accepted += check(input, () -> {
                for (ComposeDocument doc : ComposeYaml.parse("fuzz.yaml", input)) {
                    Interpolation.interpolate(doc, LOOKUP, warning -> {
                    });
                    Interpolation.variables(doc.root());
                }
            });
        }
        // the mutations must exercise both paths, or the test proves nothing
        assertThat(accepted).isBetween(ROUNDS / 20, ROUNDS - ROUNDS / 20);
    }

    @Test
    void templatesRejectOnlyWithComposeException() {
        Random random = new Random(SEED + 1);
        int accepted = 0;
        for (int i = 0; i < ROUNDS; i++) {
            String input = mutate("a ${A:-${B}} $C ${B?e} $$F ${G+h} ${PORT:?j}", random);
            accepted += check(input, () -> {
                Template.substitute(input, LOOKUP, warning -> {
                });
                Template.variables(input);
            });
        }
        // the mutations must exercise both paths, or the test proves nothing
        assertThat(accepted).isBetween(ROUNDS / 20, ROUNDS - ROUNDS / 20);
    }

    @Test
    void envFilesRejectOnlyWithComposeException() {
        Random random = new Random(SEED + 2);
        int accepted = 0;
        for (int i = 0; i < ROUNDS; i++) {
            String input = mutate(ENV, random);
            accepted += check(input, () -> {
                Map<String, String> parsed = DotEnv.parse(".env", input, LOOKUP);
                parsed.size();
            });
            check(input, () -> DotEnv.parseRaw(".env", input, LOOKUP));
        }
        // the mutations must exercise both paths, or the test proves nothing
        assertThat(accepted).isBetween(ROUNDS / 20, ROUNDS - ROUNDS / 20);
    }

    /** 1 when the input was accepted, 0 when rejected with a ComposeException. */
    private static int check(String input, Runnable action) {
        try {
            action.run();
            return 1;
        } catch (ComposeException expected) {
            // rejecting bad input is fine; it must say where and why
            if (expected.getMessage() == null || expected.getMessage().isBlank()) {
                fail("empty message for input:\n" + input);
            }
            return 0;
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("unexpected " + e + " for input:\n" + input, e);
        }
    }

    private static String mutate(String text, Random random) {
        StringBuilder out = new StringBuilder(text);
        int edits = 1 + random.nextInt(6);
        for (int e = 0; e < edits; e++) {
            int at = out.length() == 0 ? 0 : random.nextInt(out.length());
            switch (random.nextInt(5)) {
                case 0 -> out.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                case 1 -> {
                    if (out.length() > 0) {
                        out.delete(at, Math.min(out.length(), at + 1 + random.nextInt(4)));
                    }
                }
                case 2 -> out.insert(at, out.substring(at, Math.min(out.length(), at + random.nextInt(30))));
                case 3 -> {
                    if (out.length() > 0) {
                        out.setCharAt(at, (char) (32 + random.nextInt(95)));
                    }
                }
                default -> {
                    int lineStart = out.lastIndexOf("\n", at) + 1;
                    out.insert(lineStart, random.nextBoolean() ? "  " : "- ");
                }
            }
        }
        return out.toString();
    }
}
