package io.jcompose.engine.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PullRefreshTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    @ParameterizedTest
    @CsvSource({
            "daily, PT24H",
            "refresh, PT24H",
            "weekly, PT168H",
            "every_12h, PT12H",
            "every_1d12h, PT36H",
            "every_2w, PT336H",
            "every_90m30s, PT1H30M30S"})
    void timeBasedPoliciesNameTheirPeriod(String policy, String period) {
        assertThat(PullRefresh.of(policy)).contains(new PullRefresh(Duration.parse(period)));
    }

    @ParameterizedTest
    @CsvSource({"always", "missing", "never", "build", "if_not_present", "every_", "every_12", "every_1x"})
    void otherPoliciesHaveNoPeriod(String policy) {
        assertThat(PullRefresh.of(policy)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "daily, 2026-11-22T11:59:59Z, true",
            "daily, 2026-11-22T12:00:01Z, false",
            "weekly, 2026-11-20T00:00:00Z, false",
            "weekly, 2026-11-01T00:00:00Z, true",
            // the engine's zero time: an image it never recorded a tag time for
            "every_1h, 0001-01-01T00:00:00Z, true"})
    void anImageIsDueOnceItsLastTagIsOlderThanThePeriod(String policy, String lastTagged, boolean due) {
        assertThat(PullRefresh.of(policy).orElseThrow().due(Optional.of(Instant.parse(lastTagged)), NOW))
                .isEqualTo(due);
    }

    @ParameterizedTest
    @CsvSource({"daily", "every_5m"})
    void anUnknownTagTimeIsDue(String policy) {
        assertThat(PullRefresh.of(policy).orElseThrow().due(Optional.empty(), NOW)).isTrue();
    }
}
