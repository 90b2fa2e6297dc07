package io.jcompose.spec.dotenv;

import io.jcompose.spec.ComposeException;
import io.jcompose.spec.interpolation.GoQuote;
import io.jcompose.spec.interpolation.Template;
import io.jcompose.spec.tree.Mark;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Env files ({@code .env}, {@code env_file}) with compose-go's dotenv rules: {@code export}
 * prefix, {@code KEY=VAL} or {@code KEY: VAL}, a bare {@code KEY} inherited from the lookup,
 * {@code #} comments (inline only after a space in unquoted values), single quotes literal,
 * double quotes with escapes and multi-line values, and {@code ${VAR}} interpolation in unquoted
 * and double-quoted values.
 */
public final class DotEnv {

    /** Escapes compose-go expands inside double quotes (POSIX echo set plus {@code \$} and octal {@code \0nnn}). */
    private static final Pattern ESCAPE = Pattern.compile("\\\\(?:[abcfnrtv$\"\\\\]|0[0-9]{0,3})");
    private static final Pattern EXPORT = Pattern.compile("export[ \\t\\n\\f\\r]");

    private DotEnv() {
    }

    /**
     * Parses env-file text. {@code lookup} resolves {@code ${VAR}} inside values (the caller passes
     * the OS environment first, then earlier files' keys); keys parsed earlier in the same text are
     * consulted after {@code lookup}. Insertion-ordered result.
     *
     * @throws ComposeException at {@code source:line:column}
     */
    public static Map<String, String> parse(String source, String text, Function<String, Optional<String>> lookup) {
        return parse(source, text, lookup, warning -> {
        });
    }

    /** As {@link #parse(String, String, Function)}, reporting unset variables to {@code warnings}. */
    public static Map<String, String> parse(String source, String text, Function<String, Optional<String>> lookup,
            Consumer<String> warnings) {
        return new Parser(source, stripBom(text), lookup, warnings).parse();
    }

    /** {@code env_file} with {@code format: raw}: {@code KEY=VAL} lines, no quote or {@code $} processing. */
    public static Map<String, String> parseRaw(String source, String text) {
        return parseRaw(source, text, key -> Optional.empty());
    }

    /**
     * {@code format: raw} as {@code docker run --env-file} reads it: leading blanks and
     * {@code #} lines skipped, the value kept verbatim (trailing blanks included), a bare
     * {@code KEY} taken from {@code lookup} when it has a value.
     */
    public static Map<String, String> parseRaw(String source, String text, Function<String, Optional<String>> lookup) {
        Map<String, String> out = new LinkedHashMap<>();
        String[] lines = stripBom(text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            String line = stripLeadingSpace(raw);
            if (line.isEmpty() || line.charAt(0) == '#') {
                continue;
            }
            int eq = line.indexOf('=');
            String key = eq < 0 ? line : line.substring(0, eq);
            Mark mark = new Mark(source, i + 1, raw.length() - line.length() + 1);
            if (key.isEmpty()) {
                throw new ComposeException(Optional.of(mark), Optional.empty(), "no variable name on line '" + line + "'");
            }
            if (key.indexOf(' ') >= 0 || key.indexOf('\t') >= 0) {
                throw new ComposeException(Optional.of(mark), Optional.empty(),
                        "variable '" + key + "' contains whitespaces");
            }
            if (eq >= 0) {
                out.put(key, line.substring(eq + 1));
            } else {
                lookup.apply(key).ifPresent(value -> out.put(key, value));
            }
        }
        return out;
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String stripLeadingSpace(String text) {
        int i = 0;
        while (i < text.length() && isUnicodeSpace(text.charAt(i))) {
            i++;
        }
        return text.substring(i);
    }

    /** Go's {@code unicode.IsSpace}. */
    static boolean isUnicodeSpace(int c) {
        return switch (c) {
            case '\t', '\n', 0x0B, '\f', '\r', ' ', 0x85, 0xA0 -> true;
            default -> c > 0xFF && Character.isSpaceChar(c);
        };
    }

    /** compose-go's {@code isSpace}: blanks that do not end a line. */
    static boolean isBlank(int c) {
        return switch (c) {
            case '\t', 0x0B, '\f', '\r', ' ', 0x85, 0xA0 -> true;
            default -> false;
        };
    }

    private static boolean isKeyChar(int c) {
        if (c == '_' || c == '.' || c == '-' || c == '[' || c == ']') {
            return true;
        }
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** Expands the escapes compose-go supports in double quotes; {@code \$} becomes {@code $$} for the interpolation. */
    static String expandEscapes(String value) {
        Matcher m = ESCAPE.matcher(value);
        StringBuilder out = new StringBuilder(value.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(unescape(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String unescape(String escape) {
        char c = escape.charAt(1);
        return switch (c) {
            case '$' -> "$$";
            case 'a' -> "\u0007";
            case 'b' -> "\b";
            case 'c' -> escape; // listed by compose-go's pattern but not a Go escape: kept as written
            case 'f' -> "\f";
            case 'n' -> "\n";
            case 'r' -> "\r";
            case 't' -> "\t";
            case 'v' -> "\u000B";
            case '"' -> "\"";
            case '\\' -> "\\";
            default -> octal(escape);
        };
    }

    /** {@code \0nnn}: exactly three octal digits up to 0377, else kept as written (Go's UnquoteChar). */
    private static String octal(String escape) {
        String digits = escape.substring(2);
        if (digits.length() != 3 || !digits.chars().allMatch(d -> d >= '0' && d <= '7')) {
            return escape;
        }
        int value = Integer.parseInt(digits, 8);
        return value > 0xFF ? escape : String.valueOf((char) value);
    }

    private static final class Parser {
        private final String source;
        private final String src;
        private final Function<String, Optional<String>> lookup;
        private final Consumer<String> warnings;
        private final Map<String, String> out = new LinkedHashMap<>();
        private int pos;

        Parser(String source, String src, Function<String, Optional<String>> lookup, Consumer<String> warnings) {
            this.source = source;
            this.src = src;
            this.lookup = lookup;
            this.warnings = warnings;
        }

        Map<String, String> parse() {
            while (statementStart()) {
                statement();
            }
            return out;
        }

        /** Skips blank lines and comment lines; false at the end of the text. */
        private boolean statementStart() {
            while (true) {
                while (pos < src.length() && isUnicodeSpace(src.charAt(pos))) {
                    pos++;
                }
                if (pos >= src.length()) {
                    return false;
                }
                if (src.charAt(pos) != '#') {
                    return true;
                }
                int newline = src.indexOf('\n', pos);
                if (newline < 0) {
                    pos = src.length();
                    return false;
                }
                pos = newline;
            }
        }

        private void statement() {
            int keyStart = pos;
            if (EXPORT.matcher(src).region(pos, src.length()).lookingAt()) {
                pos += "export".length();
                skipBlanks();
            }
            int scan = pos;
            int terminator = -1;
            while (scan < src.length()) {
                int c = src.codePointAt(scan);
                if (c == '=' || c == ':' || c == '\n') {
                    terminator = c;
                    break;
                }
                if (!isBlank(c) && !isKeyChar(c)) {
                    int lineEnd = src.indexOf('\n', pos);
                    String line = src.substring(pos, lineEnd < 0 ? src.length() : lineEnd);
                    throw error(scan, "unexpected character " + GoQuote.quote(new String(Character.toChars(c)))
                            + " in variable name " + GoQuote.quote(line));
                }
                scan += Character.charCount(c);
            }
            String key = trimTrailingSpace(src.substring(pos, scan));
            if (key.indexOf(' ') >= 0) {
                throw error(keyStart, "key cannot contain a space");
            }
            // a key alone on its line (or at the end of the text) is inherited from the lookup
            if (terminator == '\n' || terminator == -1) {
                pos = Math.min(scan + 1, src.length());
                lookup.apply(key).ifPresent(value -> out.put(key, value));
                return;
            }
            pos = scan + 1;
            skipBlanks();
            out.put(key, value());
        }

        private String value() {
            if (pos < src.length() && (src.charAt(pos) == '"' || src.charAt(pos) == '\'')) {
                return quoted(src.charAt(pos));
            }
            int start = pos;
            int newline = src.indexOf('\n', pos);
            int end = newline < 0 ? src.length() : newline;
            String value = src.substring(pos, end);
            pos = end;
            int comment = value.indexOf(" #");
            if (comment >= 0) {
                value = value.substring(0, comment);
            }
            return expand(trimTrailingSpace(value), start);
        }

        private String quoted(char quote) {
            int start = pos;
            StringBuilder raw = new StringBuilder();
            boolean escaped = false;
            for (int i = pos + 1; i < src.length(); i++) {
                char c = src.charAt(i);
                if (escaped) {
                    escaped = false;
                    // an escaped quote loses its backslash; any other escaped character keeps it
                    if (c != quote) {
                        raw.append('\\');
                    }
                    raw.append(c);
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == quote) {
                    pos = i + 1;
                    return quote == '"' ? expand(expandEscapes(raw.toString()), start) : raw.toString();
                } else {
                    raw.append(c);
                }
            }
            int newline = src.indexOf('\n', start);
            throw error(start, "unterminated quoted value " + src.substring(start, newline < 0 ? src.length() : newline));
        }

        private String expand(String value, int at) {
            try {
                return Template.substitute(value, name -> {
                    Optional<String> found = lookup.apply(name);
                    return found.isPresent() ? found : Optional.ofNullable(out.get(name));
                }, warnings);
            } catch (ComposeException e) {
                throw error(at, e.problem());
            }
        }

        private void skipBlanks() {
            while (pos < src.length() && isBlank(src.charAt(pos))) {
                pos++;
            }
        }

        private static String trimTrailingSpace(String text) {
            int end = text.length();
            while (end > 0 && isUnicodeSpace(text.charAt(end - 1))) {
                end--;
            }
            return text.substring(0, end);
        }

        private ComposeException error(int index, String problem) {
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < index && i < src.length(); i++) {
                if (src.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            return new ComposeException(Optional.of(new Mark(source, line, index - lineStart + 1)), Optional.empty(),
                    problem);
        }
    }
}
