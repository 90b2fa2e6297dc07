package io.jcompose.spec.output;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * How go-yaml (v3, as compose uses it) writes a string: plain when it would read back as the same string,
 * double-quoted when it would read back as another type ({@code "8080"}, {@code "true"}, {@code ""}),
 * single-quoted when YAML syntax forbids it plain ({@code '*'}, {@code 'a: b'}), literal block when multi-line.
 */
final class YamlScalars {

    enum Style { PLAIN, SINGLE, DOUBLE, LITERAL }

    private static final Set<String> NON_STRINGS = Set.of("", "~", "null", "Null", "NULL", "true", "True", "TRUE",
            "false", "False", "FALSE", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF",
            ".nan", ".NaN", ".NAN", "<<");
    private static final Set<String> OLD_BOOLS = Set.of("y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
            "on", "On", "ON", "off", "Off", "OFF");
    private static final Pattern BASE60 = Pattern.compile("^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?$");
    private static final Pattern FLOAT = Pattern.compile("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$");
    private static final Pattern INT = Pattern.compile(
            "^[-+]?(0[xX][0-9a-fA-F]+|0[oO]?[0-7]+|0[bB][01]+|[0-9]+)$");
    private static final Pattern TIMESTAMP = Pattern.compile(
            "^\\d{4}-\\d{1,2}-\\d{1,2}(([Tt]|[ \\t]+)\\d{1,2}:\\d{1,2}:\\d{1,2}(\\.\\d*)?"
                    + "([ \\t]*(Z|[-+]\\d{1,2}(:?\\d{2})?))?)?$");

    private YamlScalars() {
    }

    static Style style(String s, boolean key) {
        Analysis a = analyze(s);
        boolean multiline = s.indexOf('\n') >= 0;
        Style wanted = multiline ? Style.LITERAL : readsAsString(s) ? Style.PLAIN : Style.DOUBLE;
        if (wanted == Style.PLAIN && (!a.plainAllowed || s.isEmpty() && key)) {
            wanted = Style.SINGLE;
        }
        if (wanted == Style.SINGLE && !a.singleAllowed) {
            wanted = Style.DOUBLE;
        }
        if (wanted == Style.LITERAL && (!a.blockAllowed || key)) {
            wanted = Style.DOUBLE;
        }
        return wanted;
    }

    /** Whether go-yaml would resolve the plain scalar back to a string. */
    static boolean readsAsString(String s) {
        if (NON_STRINGS.contains(s) || OLD_BOOLS.contains(s) || BASE60.matcher(s).matches()) {
            return false;
        }
        String plain = s.replace("_", "");
        return !(INT.matcher(plain).matches() || FLOAT.matcher(plain).matches() || TIMESTAMP.matcher(s).matches()
                || s.startsWith(".") && isDouble(s));
    }

    private static boolean isDouble(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private record Analysis(boolean plainAllowed, boolean singleAllowed, boolean blockAllowed) {
    }

    /** libyaml's scalar analysis, for block context. */
    private static Analysis analyze(String s) {
        if (s.isEmpty()) {
            return new Analysis(false, true, false);
        }
        boolean blockIndicators = s.startsWith("---") || s.startsWith("...");
        boolean leadingSpace = false;
        boolean leadingBreak = false;
        boolean trailingSpace = false;
        boolean trailingBreak = false;
        boolean breakSpace = false;
        boolean spaceBreak = false;
        boolean previousSpace = false;
        boolean previousBreak = false;
        boolean lineBreaks = false;
        boolean special = false;
        boolean precededByWhitespace = true;
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            boolean followedByWhitespace = i + 1 >= cps.length || isBlank(cps[i + 1]);
            if (i == 0) {
                switch (c) {
                    case '#', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`' ->
                            blockIndicators = true;
                    case '?', ':', '-' -> {
                        if (followedByWhitespace) {
                            blockIndicators = true;
                        }
                    }
                    default -> {
                    }
                }
            } else {
                if (c == ':' && followedByWhitespace) {
                    blockIndicators = true;
                }
                if (c == '#' && precededByWhitespace) {
                    blockIndicators = true;
                }
            }
            if (!isPrintable(c) || c == 0xFEFF) {
                special = true;
            }
            if (c == '\n') {
                lineBreaks = true;
            }
            if (c == ' ') {
                if (i == 0) {
                    leadingSpace = true;
                }
                if (i == cps.length - 1) {
                    trailingSpace = true;
                }
                if (previousBreak) {
                    breakSpace = true;
                }
                previousSpace = true;
                previousBreak = false;
            } else if (c == '\n') {
                if (i == 0) {
                    leadingBreak = true;
                }
                if (i == cps.length - 1) {
                    trailingBreak = true;
                }
                if (previousSpace) {
                    spaceBreak = true;
                }
                previousBreak = true;
                previousSpace = false;
            } else {
                previousSpace = false;
                previousBreak = false;
            }
            precededByWhitespace = isBlank(c);
        }
        boolean plain = true;
        boolean single = true;
        boolean block = true;
        if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) {
            plain = false;
        }
        if (trailingSpace) {
            block = false;
        }
        if (breakSpace) {
            plain = false;
            single = false;
        }
        if (spaceBreak || special) {
            plain = false;
            single = false;
            block = false;
        }
        if (lineBreaks || blockIndicators) {
            plain = false;
        }
        return new Analysis(plain, single, block);
    }

    private static boolean isBlank(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    static boolean isPrintable(int c) {
        return c == 0x0A || c >= 0x20 && c <= 0x7E || c == 0x85 || c >= 0xA0 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
    }

    static String doubleQuoted(String s) {
        StringBuilder out = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            switch (c) {
                case 0 -> out.append("\\0");
                case 7 -> out.append("\\a");
                case 8 -> out.append("\\b");
                case 9 -> out.append("\\t");
                case 10 -> out.append("\\n");
                case 11 -> out.append("\\v");
                case 12 -> out.append("\\f");
                case 13 -> out.append("\\r");
                case 27 -> out.append("\\e");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case 0x85 -> out.append("\\N");
                case 0x2028 -> out.append("\\L");
                case 0x2029 -> out.append("\\P");
                default -> {
                    if (!isPrintable(c) || c == 0xFEFF) {
                        if (c <= 0xFF) {
                            out.append(String.format("\\x%02X", c));
                        } else if (c <= 0xFFFF) {
                            out.append(String.format("\\u%04X", c));
                        } else {
                            out.append(String.format("\\U%08X", c));
                        }
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    static String singleQuoted(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
