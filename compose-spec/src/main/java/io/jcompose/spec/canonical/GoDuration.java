package io.jcompose.spec.canonical;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations the way compose reads them (Go {@code time.ParseDuration} plus {@code d} and {@code w} units, as
 * str2duration does) and prints them (Go {@code time.Duration.String()}: {@code 1m30s}, {@code 1h0m0s},
 * {@code 500ms}).
 */
public final class GoDuration {

    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h|d|w)");
    private static final Map<String, Long> UNIT_NANOS = Map.of(
            "ns", 1L, "us", 1_000L, "µs", 1_000L, "μs", 1_000L, "ms", 1_000_000L, "s", 1_000_000_000L,
            "m", 60_000_000_000L, "h", 3_600_000_000_000L, "d", 86_400_000_000_000L, "w", 604_800_000_000_000L);

    private GoDuration() {
    }

    /** Parses {@code 1m30s}, {@code 1.5h}, {@code 2d}, {@code -5s}, {@code 0}; empty when not a duration. */
    public static java.util.Optional<Duration> parse(String text) {
        String s = text.trim();
        boolean negative = false;
        if (s.startsWith("-") || s.startsWith("+")) {
            negative = s.startsWith("-");
            s = s.substring(1);
        }
        if (s.equals("0")) {
            return java.util.Optional.of(Duration.ZERO);
        }
        if (s.isEmpty()) {
            return java.util.Optional.empty();
        }
        Matcher m = PART.matcher(s);
        int at = 0;
        BigDecimal nanos = BigDecimal.ZERO;
        while (at < s.length()) {
            if (!m.find(at) || m.start() != at) {
                return java.util.Optional.empty();
            }
            nanos = nanos.add(new BigDecimal(m.group(1).endsWith(".") ? m.group(1) + "0" : m.group(1))
                    .multiply(BigDecimal.valueOf(UNIT_NANOS.get(m.group(2)))));
            at = m.end();
        }
        long total = nanos.setScale(0, RoundingMode.DOWN).longValueExact();
        return java.util.Optional.of(Duration.ofNanos(negative ? -total : total));
    }

    /** Go's {@code time.Duration.String()}. */
    public static String format(Duration duration) {
        long d = duration.toNanos();
        if (d == 0) {
            return "0s";
        }
        boolean negative = d < 0;
        long u = Math.abs(d);
        StringBuilder out = new StringBuilder();
        if (u < 1_000_000_000L) {
            if (u < 1_000L) {
                out.append(u).append("ns");
            } else if (u < 1_000_000L) {
                out.append(fraction(u, 3)).append("µs");
            } else {
                out.append(fraction(u, 6)).append("ms");
            }
        } else {
            String seconds = fraction(u % 60_000_000_000L, 9);
            long minutesTotal = u / 60_000_000_000L;
            if (minutesTotal > 0) {
                long hours = minutesTotal / 60;
                if (hours > 0) {
                    out.append(hours).append('h');
                }
                out.append(minutesTotal % 60).append('m');
            }
            out.append(seconds).append('s');
        }
        return (negative ? "-" : "") + out;
    }

    /** {@code value / 10^digits} printed with the fraction's trailing zeros dropped. */
    private static String fraction(long value, int digits) {
        BigDecimal scaled = BigDecimal.valueOf(value).movePointLeft(digits).stripTrailingZeros();
        return scaled.scale() < 0 ? scaled.setScale(0).toPlainString() : scaled.toPlainString();
    }
}
