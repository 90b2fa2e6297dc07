package io.jcompose.spec.output;

import io.jcompose.spec.canonical.GoNumbers;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes a tree the way Go's {@code json.MarshalIndent(v, "", "  ")} does, HTML-safe escaping included;
 * or, compact, as {@code json.Marshal(v)} does.
 */
final class JsonEmitter {

    private final StringBuilder out = new StringBuilder();
    private final boolean compact;

    private JsonEmitter(boolean compact) {
        this.compact = compact;
    }

    static String write(Object document) {
        JsonEmitter emitter = new JsonEmitter(false);
        emitter.value(document, 0);
        return emitter.out.toString();
    }

    /** No whitespace at all, as Go's {@code json.Marshal}. */
    static String compact(Object document) {
        JsonEmitter emitter = new JsonEmitter(true);
        emitter.value(document, 0);
        return emitter.out.toString();
    }

    private void newline(int indent) {
        if (!compact) {
            out.append('\n').append("  ".repeat(indent));
        }
    }

    private void value(Object v, int indent) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append('{');
            Iterator<? extends Map.Entry<?, ?>> it = m.entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<?, ?> e = it.next();
                newline(indent + 1);
                string(String.valueOf(e.getKey()));
                out.append(compact ? ":" : ": ");
                value(e.getValue(), indent + 1);
                if (it.hasNext()) {
                    out.append(',');
                }
            }
            newline(indent);
            out.append('}');
        } else if (v instanceof List<?> l) {
            if (l.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append('[');
            for (int i = 0; i < l.size(); i++) {
                newline(indent + 1);
                value(l.get(i), indent + 1);
                if (i < l.size() - 1) {
                    out.append(',');
                }
            }
            newline(indent);
            out.append(']');
        } else if (v instanceof Double d) {
            out.append(GoNumbers.json(d, false));
        } else if (v instanceof Float f) {
            out.append(GoNumbers.json(f, true));
        } else if (v instanceof Number || v instanceof Boolean) {
            out.append(v);
        } else {
            string(v.toString());
        }
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '<', '>', '&', '\u2028', '\u2029' -> out.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
