package io.jcompose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HumanUnitsTest {

    @ParameterizedTest
    @CsvSource({
        "0, Less than a second",
        "1, 1 second",
        "5, 5 seconds",
        "59, 59 seconds",
        "60, About a minute",
        "119, About a minute",
        "120, 2 minutes",
        "3599, 59 minutes",
        "3600, About an hour",
        "5399, About an hour",
        "5400, 2 hours",
        "169199, 47 hours",
        "172799, 2 days",
        "172800, 2 days",
        "1209600, 2 weeks",
        "5184000, 2 months",
        "63072000, 2 years",
    })
    void durationsAsDockerWritesThem(long seconds, String expected) {
        assertThat(HumanUnits.duration(Duration.ofSeconds(seconds))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "0, 0B",
        "123, 123B",
        "1000, 1kB",
        "1500, 1.5kB",
        "4261205, 4.26MB",
        "1240000, 1.24MB",
        "999999, 1e+03kB",
        "187000000, 187MB",
        "2000000000, 2GB",
    })
    void sizesWithThreeSignificantDigits(long bytes, String expected) {
        assertThat(HumanUnits.size(bytes)).isEqualTo(expected);
    }
}
