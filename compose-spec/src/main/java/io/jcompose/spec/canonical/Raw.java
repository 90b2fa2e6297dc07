package io.jcompose.spec.canonical;

import io.jcompose.spec.ComposeException;
import io.jcompose.spec.tree.YamlPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Typed reads of the raw tree, failing with the YAML path of the offending node. */
final class Raw {

    private Raw() {
    }

    static ComposeException error(YamlPath path, String problem) {
        return new ComposeException(Optional.empty(), Optional.of(path), problem);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value, YamlPath path) {
        if (value == null) {
            return new LinkedHashMap<>();
        }
        if (value instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw error(path, "must be a mapping");
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value, YamlPath path) {
        if (value == null) {
            return new ArrayList<>();
        }
        if (value instanceof List<?> l) {
            return (List<Object>) l;
        }
        throw error(path, "must be a list");
    }

    /** A list, or a single scalar taken as a one-element list (compose's StringList / StringOrNumberList). */
    static List<String> stringList(Object value, YamlPath path) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                out.add(scalar(l.get(i), path.index(i)));
            }
        } else if (value != null) {
            out.add(scalar(value, path));
        }
        return out;
    }

    /** A scalar as the string compose sees after decoding it ({@code fmt.Sprint} of numbers and booleans). */
    static String scalar(Object value, YamlPath path) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof java.math.BigInteger) {
            return value.toString();
        }
        if (value instanceof Double d) {
            return GoNumbers.sprint(d);
        }
        if (value instanceof Boolean b) {
            return b.toString();
        }
        if (value == null) {
            return "";
        }
        throw error(path, "must be a string");
    }

    static long integer(Object value, YamlPath path) {
        if (value instanceof Long l) {
            return l;
        }
        if (value instanceof Integer i) {
            return i;
        }
        if (value instanceof Double d && d == Math.rint(d)) {
            return d.longValue();
        }
        if (value instanceof String s) {
            try {
                return Long.parseLong(s.trim());
            } catch (NumberFormatException e) {
                throw error(path, "must be an integer, got \"" + s + "\"");
            }
        }
        throw error(path, "must be an integer");
    }

    static double number(Object value, YamlPath path) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof String s) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                throw error(path, "must be a number, got \"" + s + "\"");
            }
        }
        throw error(path, "must be a number");
    }

    static boolean bool(Object value, YamlPath path) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof String s) {
            switch (s) {
                case "true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON", "y", "Y":
                    return true;
                case "false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF", "n", "N":
                    return false;
                default:
                    break;
            }
        }
        throw error(path, "must be a boolean");
    }

    static java.time.Duration duration(Object value, YamlPath path) {
        String text = scalar(value, path);
        return GoDuration.parse(text)
                .orElseThrow(() -> error(path, "invalid duration \"" + text + "\""));
    }

    static long bytes(Object value, YamlPath path) {
        if (value instanceof Long || value instanceof Integer) {
            return ((Number) value).longValue();
        }
        if (value instanceof Double d) {
            return d.longValue();
        }
        String text = scalar(value, path);
        if (text.matches("-?\\d+")) {
            // a plain count of bytes, as config prints sizes (memswap_limit: "-1" included)
            return Long.parseLong(text);
        }
        return ByteSize.parse(text).orElseThrow(() -> error(path, "invalid size: '" + text + "'"));
    }
}
