package io.jcompose.spec.yaml;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * go-yaml v3's scalar resolution, which compose applies rather than YAML 1.2's core schema:
 * ints are Go {@code ParseInt(s, 0)} after dropping {@code _} (so {@code 0440} is octal 288 and
 * {@code 0x1F}, {@code 0o17}, {@code 0b101} work), only {@code true/True/TRUE/false/False/FALSE}
 * are booleans ({@code yes}/{@code on} stay strings), null is {@code ~/null/Null/NULL} or empty,
 * quoted and block scalars are strings, and explicit core tags are honoured or rejected as go-yaml
 * does. Values: String, Long, Double, Boolean or null.
 */
final class GoScalars {

    static final String STR = "!!str";
    static final String INT = "!!int";
    static final String FLOAT = "!!float";
    static final String BOOL = "!!bool";
    static final String NULL = "!!null";
    static final String TIMESTAMP = "!!timestamp";
    static final String BINARY = "!!binary";
    static final String MERGE = "!!merge";

    private static final Object NULL_VALUE = new Object();
    private static final Map<String, Object> KNOWN = known();
    private static final Pattern YAML_FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    private static final Pattern DOT_FLOAT = Pattern.compile("\\.[0-9]+([eE][-+]?[0-9]+)?");
    private static final Pattern TIMESTAMP_TEXT = Pattern.compile(
            "([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:[Tt]|[ ])([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2})(?:\\.[0-9]{1,9})?"
                    + "(Z|[+-][0-9]{2}:[0-9]{2})?)?");
    private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    /** A resolved scalar: its go-yaml tag and value. */
    record Resolved(String tag, Object value) {
    }

    private GoScalars() {
    }

    private static Map<String, Object> known() {
        Map<String, Object> m = new java.util.HashMap<>();
        for (String s : new String[] {"true", "True", "TRUE"}) {
            m.put(s, Boolean.TRUE);
        }
        for (String s : new String[] {"false", "False", "FALSE"}) {
            m.put(s, Boolean.FALSE);
        }
        for (String s : new String[] {"", "~", "null", "Null", "NULL"}) {
            m.put(s, NULL_VALUE);
        }
        for (String s : new String[] {".nan", ".NaN", ".NAN"}) {
            m.put(s, Double.NaN);
        }
        for (String s : new String[] {".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"}) {
            m.put(s, Double.POSITIVE_INFINITY);
        }
        for (String s : new String[] {"-.inf", "-.Inf", "-.INF"}) {
            m.put(s, Double.NEGATIVE_INFINITY);
        }
        return Map.copyOf(m);
    }

    /**
     * The value go-yaml decodes into an {@code interface{}} for a scalar with the given explicit tag
     * (empty when untagged) and style.
     *
     * @throws IllegalArgumentException with go-yaml's wording when an explicit tag does not fit
     */
    static Object decode(Optional<String> tag, String value, boolean plain) {
        String t = tag.orElse("");
        if (t.isEmpty() || t.equals("!")) {
            return plain ? resolve("", value).value() : value;
        }
        Resolved resolved = resolve(t, value);
        if (resolved.tag().equals(BINARY)) {
            try {
                return new String(Base64.getDecoder().decode(value.replaceAll("\\s", "")), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("!!binary value contains invalid base64 data", e);
            }
        }
        return resolved.value();
    }

    /** go-yaml's {@code resolve}: a tag and value for the text, checked against an explicit tag. */
    static Resolved resolve(String tag, String in) {
        if (!resolvable(tag)) {
            return new Resolved(tag, in);
        }
        Resolved r = resolveUntyped(tag, in);
        if (tag.isEmpty() || tag.equals(r.tag()) || tag.equals(STR)) {
            return r;
        }
        if (tag.equals(FLOAT) && r.tag().equals(INT)) {
            return new Resolved(FLOAT, ((Number) r.value()).doubleValue());
        }
        throw new IllegalArgumentException("cannot decode " + r.tag() + " `" + in + "` as a " + tag);
    }

    private static boolean resolvable(String tag) {
        return switch (tag) {
            case "", STR, BOOL, INT, FLOAT, NULL, TIMESTAMP -> true;
            default -> false;
        };
    }

    private static Resolved resolveUntyped(String tag, String in) {
        char hint = in.isEmpty() ? 'N' : hint(in.charAt(0));
        if (hint == 0 || tag.equals(STR)) {
            return new Resolved(STR, in);
        }
        Object known = KNOWN.get(in);
        if (known != null) {
            if (known == NULL_VALUE) {
                return new Resolved(NULL, null);
            }
            return new Resolved(known instanceof Boolean ? BOOL : FLOAT, known);
        }
        if (hint == '.') {
            if (DOT_FLOAT.matcher(in).matches()) {
                return new Resolved(FLOAT, Double.parseDouble(in));
            }
        } else if (hint == 'D' || hint == 'S') {
            if ((tag.isEmpty() || tag.equals(TIMESTAMP)) && isTimestamp(in)) {
                return new Resolved(TIMESTAMP, in);
            }
            Optional<Object> number = number(in.replace("_", ""));
            if (number.isPresent()) {
                return new Resolved(number.get() instanceof Double ? FLOAT : INT, number.get());
            }
        }
        return new Resolved(STR, in);
    }

    private static char hint(char c) {
        if (c == '+' || c == '-') {
            return 'S';
        }
        if (c >= '0' && c <= '9') {
            return 'D';
        }
        if ("yYnNtTfFoO~".indexOf(c) >= 0) {
            return 'M';
        }
        return c == '.' ? '.' : 0;
    }

    /** The int/float branch of go-yaml's resolve, on text without underscores. */
    private static Optional<Object> number(String plain) {
        Optional<BigInteger> integer = parseInteger(plain, 0, true);
        if (integer.isPresent()) {
            return Optional.of(integerValue(integer.get()));
        }
        if (YAML_FLOAT.matcher(plain).matches()) {
            double d = Double.parseDouble(plain);
            if (!Double.isInfinite(d)) {
                return Optional.of(d);
            }
        }
        for (String[] prefix : new String[][] {{"0b", "-0b", "2"}, {"0o", "-0o", "8"}}) {
            int radix = Integer.parseInt(prefix[2]);
            Optional<BigInteger> v = Optional.empty();
            if (plain.startsWith(prefix[0])) {
                v = parseInteger(plain.substring(2), radix, true);
            } else if (plain.startsWith(prefix[1])) {
                v = parseInteger("-" + plain.substring(3), radix, true).filter(b -> b.bitLength() <= 63);
            }
            if (v.isPresent()) {
                return Optional.of(integerValue(v.get()));
            }
        }
        return Optional.empty();
    }

    /** int64 as Long; the uint64 range go-yaml also accepts becomes a Double. */
    private static Object integerValue(BigInteger value) {
        return value.bitLength() <= 63 ? (Object) value.longValue() : (Object) value.doubleValue();
    }

    /**
     * Go's {@code ParseInt}/{@code ParseUint} with ASCII digits only: base 0 reads {@code 0x},
     * {@code 0o}, {@code 0b} and a leading {@code 0} (octal). Accepts int64 and uint64 ranges.
     */
    static Optional<BigInteger> parseInteger(String text, int base, boolean signed) {
        String s = text;
        boolean negative = false;
        if (signed && !s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            negative = s.charAt(0) == '-';
            s = s.substring(1);
        }
        if (s.isEmpty()) {
            return Optional.empty();
        }
        int radix = base;
        if (base == 0) {
            radix = 10;
            if (s.charAt(0) == '0') {
                char p = s.length() >= 3 ? Character.toLowerCase(s.charAt(1)) : 0;
                if (p == 'b' || p == 'o' || p == 'x') {
                    radix = p == 'b' ? 2 : p == 'o' ? 8 : 16;
                    s = s.substring(2);
                } else {
                    radix = 8;
                    s = s.substring(1);
                    if (s.isEmpty()) {
                        return Optional.of(BigInteger.ZERO);
                    }
                }
            }
        }
        for (int i = 0; i < s.length(); i++) {
            int d = asciiDigit(s.charAt(i));
            if (d < 0 || d >= radix) {
                return Optional.empty();
            }
        }
        BigInteger magnitude = new BigInteger(s, radix);
        if (magnitude.compareTo(UINT64_MAX) > 0) {
            return Optional.empty();
        }
        if (negative) {
            BigInteger value = magnitude.negate();
            return value.bitLength() <= 63 ? Optional.of(value) : Optional.empty();
        }
        // a signed parse (ParseInt) stops at int64; go-yaml then tries ParseUint on unsigned text
        boolean unsignedText = text.isEmpty() || (text.charAt(0) != '+' && text.charAt(0) != '-');
        return magnitude.bitLength() <= 63 || unsignedText ? Optional.of(magnitude) : Optional.empty();
    }

    private static int asciiDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** go-yaml's timestamp formats: {@code 2006-1-2}, with {@code T}/{@code t}/space time and zone. */
    static boolean isTimestamp(String in) {
        Matcher m = TIMESTAMP_TEXT.matcher(in);
        if (!m.matches()) {
            return false;
        }
        try {
            LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return false;
        }
        if (m.group(4) == null) {
            return true;
        }
        boolean spaced = in.charAt(m.end(3)) == ' ';
        if (spaced && m.group(7) != null) {
            return false;
        }
        if (!spaced && m.group(7) == null) {
            return false;
        }
        return Integer.parseInt(m.group(4)) < 24 && Integer.parseInt(m.group(5)) < 60
                && Integer.parseInt(m.group(6)) < 60;
    }
}
