package io.jcompose.spec.output;

import io.jcompose.spec.canonical.GoNumbers;
import java.util.List;
import java.util.Map;

/**
 * Writes a tree in the block style of compose's YAML output (go-yaml v3 with an indent of 2): nested mappings
 * and sequences indented by two, empty collections as {@code {}} / {@code []}, strings quoted only when needed.
 */
final class YamlEmitter {

    private final StringBuilder out = new StringBuilder();

    static String write(Map<String, Object> document) {
        YamlEmitter emitter = new YamlEmitter();
        if (document.isEmpty()) {
            return "{}\n";
        }
        emitter.mapping(document, 0);
        return emitter.out.toString();
    }

    private void mapping(Map<?, ?> map, int indent) {
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!first) {
                pad(indent);
            }
            first = false;
            out.append(scalar(String.valueOf(e.getKey()), true, indent)).append(':');
            value(e.getValue(), indent);
        }
    }

    /** Writes the value after {@code key:}, starting on the key's line. */
    private void value(Object v, int indent) {
        if (v instanceof Map<?, ?> m && !m.isEmpty()) {
            out.append('\n');
            pad(indent + 2);
            mapping(m, indent + 2);
        } else if (v instanceof List<?> l && !l.isEmpty()) {
            out.append('\n');
            pad(indent + 2);
            sequence(l, indent + 2);
        } else {
            out.append(' ').append(inline(v, indent)).append('\n');
        }
    }

    private void sequence(List<?> list, int indent) {
        boolean first = true;
        for (Object item : list) {
            if (!first) {
                pad(indent);
            }
            first = false;
            out.append("- ");
            if (item instanceof Map<?, ?> m && !m.isEmpty()) {
                mapping(m, indent + 2);
            } else if (item instanceof List<?> l && !l.isEmpty()) {
                sequence(l, indent + 2);
            } else {
                out.append(inline(item, indent)).append('\n');
            }
        }
    }

    private String inline(Object v, int indent) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Map) {
            return "{}";
        }
        if (v instanceof List) {
            return "[]";
        }
        if (v instanceof Double d) {
            return GoNumbers.yaml(d, false);
        }
        if (v instanceof Float f) {
            return GoNumbers.yaml(f, true);
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        return scalar(v.toString(), false, indent);
    }

    private String scalar(String s, boolean key, int indent) {
        return switch (YamlScalars.style(s, key)) {
            case PLAIN -> s;
            case SINGLE -> YamlScalars.singleQuoted(s);
            case DOUBLE -> YamlScalars.doubleQuoted(s);
            case LITERAL -> literal(s, indent + 2);
        };
    }

    /** A {@code |} block: chomping from the trailing newlines, an indentation hint when it starts with a space. */
    private static String literal(String s, int indent) {
        StringBuilder block = new StringBuilder("|");
        if (s.startsWith(" ")) {
            block.append(2);
        }
        if (!s.endsWith("\n")) {
            block.append('-');
        } else if (s.endsWith("\n\n")) {
            block.append('+');
        }
        String body = s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
        for (String line : body.split("\n", -1)) {
            block.append('\n');
            if (!line.isEmpty()) {
                block.append(" ".repeat(indent)).append(line);
            }
        }
        return block.toString();
    }

    private void pad(int indent) {
        out.append(" ".repeat(indent));
    }
}
