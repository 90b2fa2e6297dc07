package io.jcompose.engine.reconcile;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time-based {@code pull_policy} (reference 3.13): {@code daily} (also {@code refresh}), {@code weekly} and
 * {@code every_<n><unit>...} with units w, d, h, m, s as the schema allows ({@code every_1d12h}). A present image is
 * pulled again once the engine's last tag time is older than the period; an absent image is pulled as with
 * {@code missing}.
 */
public record PullRefresh(Duration period) {

    private static final Pattern EVERY = Pattern.compile("every_((?:[0-9]+[wdhms])+)");
    private static final Pattern PART = Pattern.compile("([0-9]+)([wdhms])");

    public PullRefresh {
        Objects.requireNonNull(period);
    }

    /** The refresh period {@code policy} names, or empty for the other policies. */
    public static Optional<PullRefresh> of(String policy) {
        switch (policy) {
            case "daily", "refresh" -> {
                return Optional.of(new PullRefresh(Duration.ofDays(1)));
            }
            case "weekly" -> {
                return Optional.of(new PullRefresh(Duration.ofDays(7)));
            }
            default -> {
                Matcher every = EVERY.matcher(policy);
                if (!every.matches()) {
                    return Optional.empty();
                }
                Duration period = Duration.ZERO;
                Matcher part = PART.matcher(every.group(1));
                while (part.find()) {
                    long n = Long.parseLong(part.group(1));
                    period = period.plus(switch (part.group(2)) {
                        case "w" -> Duration.ofDays(7 * n);
                        case "d" -> Duration.ofDays(n);
                        case "h" -> Duration.ofHours(n);
                        case "m" -> Duration.ofMinutes(n);
                        default -> Duration.ofSeconds(n);
                    });
                }
                return Optional.of(new PullRefresh(period));
            }
        }
    }

    /** Whether an image last tagged at {@code lastTagged} (unknown: due) is due for a pull at {@code now}. */
    public boolean due(Optional<Instant> lastTagged, Instant now) {
        return lastTagged.map(tagged -> tagged.plus(period).isBefore(now)).orElse(true);
    }
}
