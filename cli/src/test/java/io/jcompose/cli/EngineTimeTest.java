package io.jcompose.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class EngineTimeTest {

    private static final Instant NOW = Instant.parse("2024-01-02T10:00:00.5Z");
    private static final ZoneId PARIS = ZoneOffset.ofHours(1);

    private static String at(String value) {
        return EngineTime.timestamp("--since", value, NOW, PARIS);
    }

    @Test
    void goDurationsCountBackFromNowInWholeSeconds() {
        assertThat(at("10m")).isEqualTo(Long.toString(NOW.getEpochSecond() - 600));
        assertThat(at("1h30m")).isEqualTo(Long.toString(NOW.getEpochSecond() - 5400));
        assertThat(at("1.5s")).as("10:00:00.5 less 1.5 s is 09:59:59").isEqualTo(Long.toString(NOW.getEpochSecond() - 1));
        assertThat(EngineTime.goDuration("2h45m10.5s")).isEqualTo(Duration.parse("PT2H45M10.5S"));
        assertThat(EngineTime.goDuration("300ms")).isEqualTo(Duration.ofMillis(300));
        assertThat(EngineTime.goDuration("-1m")).isEqualTo(Duration.ofMinutes(-1));
    }

    @Test
    void rfc3339WithAZoneIsExactAndWithoutOneIsLocal() {
        assertThat(at("2024-01-02T09:00:00Z")).isEqualTo("1704186000.000000000");
        assertThat(at("2024-01-02T09:00:00.25+01:00")).isEqualTo("1704182400.250000000");
        assertThat(at("2024-01-02T10:00:00")).isEqualTo("1704186000.000000000");
        assertThat(at("2024-01-02T10")).isEqualTo("1704186000.000000000");
        assertThat(at("2024-01-02")).isEqualTo("1704150000.000000000");
    }

    @Test
    void unixTimestampsPassThroughAndNonsenseIsRefused() {
        assertThat(at("1704186000")).isEqualTo("1704186000");
        assertThat(at("1704186000.5")).isEqualTo("1704186000.5");
        assertThat(at("0")).isEqualTo("0");
        assertThatThrownBy(() -> at("yesterday")).hasMessage(
                "invalid value for --since: failed to parse value as time or duration: \"yesterday\"");
        assertThatThrownBy(() -> EngineTime.goDuration("10")).isInstanceOf(IllegalArgumentException.class);
    }
}
