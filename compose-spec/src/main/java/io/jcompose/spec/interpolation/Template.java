package io.jcompose.spec.interpolation;

import io.jcompose.spec.ComposeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compose's {@code ${VAR}} templates, with compose-go's exact matching rules: {@code $VAR},
 * {@code ${VAR}}, the six operators {@code :- - :? ? :+ +} (their operands may nest templates),
 * {@code $$} for a literal dollar, a lone {@code $} kept as is, and {@code ${} with anything else
 * rejected as an invalid template.
 */
public final class Template {

    private static final String NAME = "[_a-zA-Z][_a-zA-Z0-9]*";

    /**
     * compose-go's pattern. The operand {@code .*} is greedy up to the last {@code }} of the line;
     * the balanced closing brace is found afterwards, and scanning resumes right after it.
     */
    static final Pattern PATTERN = Pattern.compile("\\$(?:(?<escaped>\\$)|(?<named>" + NAME + ")|\\{(?:(?<braced>"
            + NAME + "(?::?[-+?].*)?)\\}|(?<mapping>" + NAME + "\\[.*\\](?::?[-+?}].*)?)\\}|(?<invalid>)))",
            Pattern.UNIX_LINES);

    /** Operand nesting beyond this is no real Compose file; it only guards the stack. */
    private static final int MAX_NESTING = 64;

    private Template() {
    }

    /**
     * Substitutes one string; unset variables with no default produce a warning via
     * {@code warnings} and "".
     *
     * @throws InvalidTemplateException          for a malformed {@code ${...}}
     * @throws MissingRequiredVariableException for {@code ${VAR:?msg}} / {@code ${VAR?msg}} without value
     */
    public static String substitute(String template, Function<String, Optional<String>> lookup,
            Consumer<String> warnings) {
        return new Substitution(lookup, warnings).run(template, 0);
    }

    /** Variables a template uses, for {@code config --variables}, in order of appearance. */
    public static List<TemplateVariable> variables(String template) {
        List<TemplateVariable> out = new ArrayList<>();
        extract(template, out, 0);
        return out;
    }

    /** The unset-variable warning, worded as docker compose prints it. */
    public static String unsetWarning(String name) {
        return "The " + GoQuote.quote(name) + " variable is not set. Defaulting to a blank string.";
    }

    /** Index of the brace closing the first {@code {}, counted the way compose-go counts. */
    static int firstBraceClosingIndex(String text) {
        int open = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '}') {
                open--;
                if (open == 0) {
                    return i;
                }
            }
            if (c == '{') {
                open++;
                i++;
            }
        }
        return -1;
    }

    /** Length of the variable name a braced expression starts with. */
    private static int nameLength(String braced) {
        int i = 0;
        while (i < braced.length()) {
            char c = braced.charAt(i);
            if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                break;
            }
            i++;
        }
        return i;
    }

    private static String operator(String afterName) {
        for (String op : List.of(":?", ":-", ":+", "?", "-", "+")) {
            if (afterName.startsWith(op)) {
                return op;
            }
        }
        return "";
    }

    private static void guardDepth(int depth, String template) {
        if (depth > MAX_NESTING) {
            throw new ComposeException("template nested more than " + MAX_NESTING + " levels deep: "
                    + GoQuote.quote(template));
        }
    }

    private static void extract(String text, List<TemplateVariable> out, int depth) {
        guardDepth(depth, text);
        Matcher m = PATTERN.matcher(text);
        int pos = 0;
        while (pos < text.length() && m.find(pos)) {
            String whole = m.group();
            pos = m.end();
            if (m.group("escaped") != null) {
                continue;
            }
            String val = m.group("named");
            if (val == null) {
                int closing = firstBraceClosingIndex(whole);
                val = m.group("braced") == null ? "" : m.group("braced");
                if (closing > 0) {
                    val = whole.substring(2, closing);
                    pos = m.start() + closing + 1;
                }
            }
            int nameEnd = nameLength(val);
            if (nameEnd == 0) {
                continue;
            }
            String name = val.substring(0, nameEnd);
            String rest = val.substring(nameEnd);
            String op = operator(rest);
            String operand = rest.substring(op.length());
            boolean required = op.endsWith("?");
            Optional<String> defaultValue = op.endsWith("-") && !operand.isEmpty() ? Optional.of(operand)
                    : Optional.empty();
            Optional<String> alternate = op.endsWith("+") && !operand.isEmpty() ? Optional.of(operand)
                    : Optional.empty();
            out.add(new TemplateVariable(name, required, defaultValue, alternate));
            if (!op.isEmpty() && !operand.isEmpty()) {
                extract(operand, out, depth + 1);
            }
        }
    }

    private static final class Substitution {
        private final Function<String, Optional<String>> lookup;
        private final Consumer<String> warnings;

        Substitution(Function<String, Optional<String>> lookup, Consumer<String> warnings) {
            this.lookup = lookup;
            this.warnings = warnings;
        }

        String run(String template, int depth) {
            guardDepth(depth, template);
            Matcher m = PATTERN.matcher(template);
            StringBuilder out = new StringBuilder(template.length());
            int pos = 0;
            while (pos < template.length() && m.find(pos)) {
                out.append(template, pos, m.start());
                String whole = m.group();
                int closing = firstBraceClosingIndex(whole);
                String part = closing > -1 ? whole.substring(0, closing + 1) : whole;
                out.append(replace(template, part, depth));
                pos = m.start() + part.length();
            }
            return out.append(template, pos, template.length()).toString();
        }

        private String replace(String template, String part, int depth) {
            Matcher g = PATTERN.matcher(part);
            if (!g.lookingAt() || g.group("invalid") != null) {
                throw new InvalidTemplateException(template);
            }
            if (g.group("escaped") != null) {
                return "$";
            }
            if (g.group("named") != null) {
                return valueOrWarn(g.group("named"));
            }
            if (g.group("mapping") != null) {
                // named mappings (${name[key]}) are not enabled in compose: the text stays as written
                return part;
            }
            String braced = g.group("braced");
            int nameEnd = nameLength(braced);
            String name = braced.substring(0, nameEnd);
            String op = operator(braced.substring(nameEnd));
            if (op.isEmpty()) {
                return valueOrWarn(name);
            }
            // compose-go expands the operand first, whether or not it ends up used
            String operand = run(braced.substring(nameEnd + op.length()), depth + 1);
            Optional<String> value = lookup.apply(name);
            boolean emptyCounts = op.startsWith(":");
            return switch (op.substring(op.length() - 1)) {
                case "?" -> {
                    if (value.isEmpty() || (emptyCounts && value.get().isEmpty())) {
                        throw new MissingRequiredVariableException(name, operand);
                    }
                    yield value.get();
                }
                case "-" -> value.isEmpty() || (emptyCounts && value.get().isEmpty()) ? operand : value.get();
                default -> value.isPresent() && !(emptyCounts && value.get().isEmpty()) ? operand
                        : value.orElse("");
            };
        }

        private String valueOrWarn(String name) {
            Optional<String> value = lookup.apply(name);
            if (value.isEmpty()) {
                warnings.accept(unsetWarning(name));
                return "";
            }
            return value.get();
        }
    }
}
