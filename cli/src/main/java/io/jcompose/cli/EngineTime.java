package io.jcompose.cli;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code --since}/{@code --until} values docker accepts, turned into the engine's Unix timestamps
 * ({@code seconds.nanoseconds}): a Go duration back from now ({@code 10m}, {@code 1h30m}), an RFC 3339
 * date-time (a zone-less one is local time; {@code 2024-01-02}, {@code 2024-01-02T15}, {@code ...T15:04} too),
 * or a Unix timestamp passed through.
 */
public final class EngineTime {

    private static final Pattern UNIX = Pattern.compile("\\d+(\\.\\d{1,9})?");
    private static final Pattern DURATION_PART = Pattern.compile("(\\d*\\.?\\d*)(ns|us|µs|μs|ms|s|m|h)");
    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd['T'HH[:mm[:ss]]]")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .parseDefaulting(ChronoField.HOUR_OF_DAY, 0)
            .toFormatter();

    private EngineTime() {
    }

    public static String timestamp(String option, String value, Instant now, ZoneId zone) {
        if (!value.equals("0")) {
            try {
                return Long.toString(now.minus(goDuration(value)).getEpochSecond());
            } catch (IllegalArgumentException notADuration) {
                // a date-time or a timestamp, below
            }
        }
        if (UNIX.matcher(value).matches()) {
            return value;
        }
        try {
            Instant at = OffsetDateTime.parse(value.replace('z', 'Z'), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            return unix(at);
        } catch (DateTimeParseException notWithZone) {
            // zone-less: local time
        }
        try {
            LocalDateTime local = value.contains("T") ? LocalDateTime.parse(value, LOCAL)
                    : LocalDate.parse(value).atStartOfDay();
            return unix(local.atZone(zone).toInstant());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "invalid value for " + option + ": failed to parse value as time or duration: \"" + value + "\"");
        }
    }

    /** Go's {@code time.ParseDuration}: a signed sequence of decimal numbers, each with a unit. */
    static Duration goDuration(String value) {
        String rest = value;
        boolean negative = false;
        if (rest.startsWith("-") || rest.startsWith("+")) {
            negative = rest.startsWith("-");
            rest = rest.substring(1);
        }
        if (rest.equals("0")) {
            return Duration.ZERO;
        }
        if (rest.isEmpty()) {
            throw new IllegalArgumentException("invalid duration " + value);
        }
        Matcher part = DURATION_PART.matcher(rest);
        BigDecimal nanos = BigDecimal.ZERO;
        int at = 0;
        while (at < rest.length()) {
            if (!part.find(at) || part.start() != at || part.group(1).isEmpty() || part.group(1).equals(".")) {
                throw new IllegalArgumentException("invalid duration " + value);
            }
            long unit = switch (part.group(2)) {
                case "ns" -> 1L;
                case "us", "µs", "μs" -> 1_000L;
                case "ms" -> 1_000_000L;
                case "s" -> 1_000_000_000L;
                case "m" -> 60_000_000_000L;
                default -> 3_600_000_000_000L;
            };
            nanos = nanos.add(new BigDecimal(part.group(1)).multiply(BigDecimal.valueOf(unit)));
            at = part.end();
        }
        Duration duration = Duration.ofNanos(nanos.longValue());
        return negative ? duration.negated() : duration;
    }

    private static String unix(Instant at) {
        return at.getEpochSecond() + "." + String.format("%09d", at.getNano());
    }
}
