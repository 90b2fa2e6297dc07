package io.jcompose.spec.merge;

import io.jcompose.spec.tree.Tagged;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small operations on the plain-value Compose tree shared by the merge stages. */
public final class TreeValues {

    private TreeValues() {
    }

    /** A deep, mutable copy of a tree value (maps stay insertion-ordered). */
    public static Object copy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), copy(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(copy(v)));
            return out;
        }
        if (value instanceof Tagged.Override override) {
            return new Tagged.Override(copy(override.value()));
        }
        return value;
    }

    /** A deep, mutable copy of a mapping. */
    public static Map<String, Object> copyMap(Map<String, Object> map) {
        return asMap(copy(map));
    }

    /**
     * The value with compose's merge tags resolved as if nothing came before it: {@code !reset}
     * entries disappear, {@code !override} values are unwrapped.
     */
    public static Object untag(Object value) {
        if (value instanceof Tagged.Reset) {
            return null;
        }
        if (value instanceof Tagged.Override override) {
            return untag(override.value());
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> {
                if (!(v instanceof Tagged.Reset)) {
                    out.put(String.valueOf(k), untag(v));
                }
            });
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object v : list) {
                if (!(v instanceof Tagged.Reset)) {
                    out.add(untag(v));
                }
            }
            return out;
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    public static List<Object> asList(Object value) {
        return (List<Object>) value;
    }

    /** A scalar printed the way Go's {@code %v} prints the decoded YAML value. */
    public static String scalarText(Object value) {
        if (value == null) {
            return "<nil>";
        }
        if (value instanceof Double d) {
            return goFloat(d);
        }
        return String.valueOf(value);
    }

    private static String goFloat(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "+Inf" : "-Inf";
        }
        if (d == 0) {
            return "0";
        }
        BigDecimal exact = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        int exponent = exact.precision() - exact.scale() - 1;
        if (exponent < -4 || exponent >= 21) {
            String digits = exact.unscaledValue().abs().toString();
            StringBuilder out = new StringBuilder(d < 0 ? "-" : "");
            out.append(digits.charAt(0));
            if (digits.length() > 1) {
                out.append('.').append(digits, 1, digits.length());
            }
            out.append('e').append(exponent < 0 ? '-' : '+');
            int abs = Math.abs(exponent);
            out.append(abs < 10 ? "0" + abs : Integer.toString(abs));
            return out.toString();
        }
        return exact.toPlainString();
    }
}
