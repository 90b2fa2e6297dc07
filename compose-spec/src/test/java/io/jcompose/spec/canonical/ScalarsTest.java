package io.jcompose.spec.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ScalarsTest {

    @ParameterizedTest
    @CsvSource({"90s,1m30s", "1h,1h0m0s", "500ms,500ms", "0,0s", "1.5s,1.5s", "2h30m,2h30m0s", "1d,24h0m0s",
            "1w,168h0m0s", "100us,100µs", "10ns,10ns", "1m0.5s,1m0.5s", "-5s,-5s", "1.5h,1h30m0s"})
    void durationsPrintAsGo(String in, String out) {
        assertThat(GoDuration.format(GoDuration.parse(in).orElseThrow())).isEqualTo(out);
    }

    @Test
    void badDurationsAreRejected() {
        assertThat(GoDuration.parse("10")).isEmpty();
        assertThat(GoDuration.parse("5 s")).isEmpty();
        assertThat(GoDuration.parse("")).isEmpty();
        assertThat(GoDuration.parse("1x")).isEmpty();
        assertThat(GoDuration.parse("20s").orElseThrow()).isEqualTo(Duration.ofSeconds(20));
    }

    @ParameterizedTest
    @CsvSource({"640k,655360", "1g,1073741824", "1G,1073741824", "50M,52428800", "1.5m,1572864", "100,100",
            "1gb,1073741824", "2KiB,2048", "1 m,1048576"})
    void byteSizesUseBinaryMultiples(String in, long out) {
        assertThat(ByteSize.parse(in)).contains(out);
    }

    @Test
    void badByteSizesAreRejected() {
        assertThat(ByteSize.parse("lots")).isEmpty();
        assertThat(ByteSize.parse("-1m")).isEmpty();
    }

    @Test
    void shellWordsFollowPosixQuoting() {
        assertThat(ShellWords.split("echo \"a b\" 'c d' e\\ f")).contains(List.of("echo", "a b", "c d", "e f"));
        assertThat(ShellWords.split("sh -c \"echo \\\"hi\\\" $HOME\"")).contains(List.of("sh", "-c",
                "echo \"hi\" $HOME"));
        assertThat(ShellWords.split("  ")).contains(List.of());
        assertThat(ShellWords.split("a ''")).contains(List.of("a", ""));
        assertThat(ShellWords.split("echo 'open")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1.5|1.5|1.5|1.5", "0.001|0.001|0.001|0.001", "1000000|1e+06|1000000|1000000",
            "0.00001|1e-05|1e-05|0.00001", "1e21|1e+21|1e+21|1e+21", "2|2|2|2", "1e-7|1e-07|1e-07|1e-7"})
    void floatsPrintAsGo(double value, String yaml, String sprint, String json) {
        assertThat(GoNumbers.yaml(value, false)).isEqualTo(yaml);
        assertThat(GoNumbers.sprint(value)).isEqualTo(value >= 1e6 && value < 1e21 ? "1000000" : sprint);
        assertThat(GoNumbers.json(value, false)).isEqualTo(json);
    }
}
