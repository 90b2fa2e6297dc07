package io.jcompose.spec.canonical;

import java.math.BigDecimal;

/**
 * Go's ways of printing floating point numbers, which the output must reproduce: {@code fmt.Sprint} (used when
 * compose stringifies a YAML number), go-yaml's {@code strconv.FormatFloat(f, 'g', -1, bits)} and
 * {@code encoding/json}.
 */
public final class GoNumbers {

    private GoNumbers() {
    }

    /** {@code fmt.Sprint(float64)}: shortest digits, exponent form below 1e-4 or from 1e21. */
    public static String sprint(double value) {
        return format(value, false, 21, false);
    }

    /** go-yaml's float: {@code strconv.FormatFloat(f, 'g', -1, bits)}, infinities as {@code .inf}. */
    public static String yaml(double value, boolean float32) {
        if (Double.isNaN(value)) {
            return ".nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? ".inf" : "-.inf";
        }
        return format(value, float32, 6, false);
    }

    /** encoding/json's float: plain decimal unless below 1e-6 or from 1e21, exponent without padding. */
    public static String json(double value, boolean float32) {
        double abs = Math.abs(value);
        if (abs != 0 && (abs < 1e-6 || abs >= 1e21)) {
            return format(value, float32, 0, true);
        }
        BigDecimal digits = shortest(value, float32);
        return plain(digits);
    }

    private static String format(double value, boolean float32, int exponentFrom, boolean jsonExponent) {
        if (value == 0) {
            return "0";
        }
        BigDecimal digits = shortest(value, float32);
        int exponent = digits.precision() - digits.scale() - 1;
        if (jsonExponent || exponent < -4 || exponent >= exponentFrom) {
            BigDecimal mantissa = digits.movePointLeft(exponent).stripTrailingZeros();
            String exp = Integer.toString(Math.abs(exponent));
            if (!jsonExponent && exp.length() < 2) {
                exp = "0" + exp;
            }
            return plain(mantissa) + "e" + (exponent < 0 ? "-" : "+") + exp;
        }
        return plain(digits);
    }

    private static BigDecimal shortest(double value, boolean float32) {
        String repr = float32 ? Float.toString((float) value) : Double.toString(value);
        return new BigDecimal(repr).stripTrailingZeros();
    }

    private static String plain(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() < 0) {
            v = v.setScale(0);
        }
        return v.toPlainString();
    }
}
