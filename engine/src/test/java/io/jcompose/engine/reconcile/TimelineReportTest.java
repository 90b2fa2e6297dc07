package io.jcompose.engine.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineReportTest {

    private static final long ORIGIN = 1_700_000_000_000_000_000L;

    private static long at(double seconds) {
        return ORIGIN + Math.round(seconds * 1e9);
    }

    private static Timeline sample() {
        Timeline timeline = Timeline.recording();
        timeline.span("Container demo-web-1", "started", at(1.0), at(1.5), Timeline.Source.STEP, false);
        timeline.instant("jcompose", "jvm started", at(0.05), Timeline.Source.PROCESS);
        timeline.span("Container demo-web-1", "created", at(0.5), at(1.0), Timeline.Source.STEP, false);
        timeline.span("Container demo-db-1", "healthy", at(1.5), at(2.0), Timeline.Source.WAIT, true);
        return timeline;
    }

    @Test
    void entriesComeByBeginTime() {
        assertThat(sample().entries()).extracting(Timeline.Entry::phase)
                .containsExactly("jvm started", "created", "started", "healthy");
    }

    @Test
    void jsonLinesGiveSecondsFromTheOrigin() {
        String json = new TimelineReport("jcompose up", ORIGIN, sample().entries()).jsonLines();
        assertThat(json.lines().toList()).containsExactly(
                "{\"resource\":\"jcompose\",\"phase\":\"jvm started\",\"source\":\"process\",\"begin\":0.05,"
                        + "\"end\":0.05,\"took\":0.0,\"failed\":false}",
                "{\"resource\":\"Container demo-web-1\",\"phase\":\"created\",\"source\":\"step\",\"begin\":0.5,"
                        + "\"end\":1.0,\"took\":0.5,\"failed\":false}",
                "{\"resource\":\"Container demo-web-1\",\"phase\":\"started\",\"source\":\"step\",\"begin\":1.0,"
                        + "\"end\":1.5,\"took\":0.5,\"failed\":false}",
                "{\"resource\":\"Container demo-db-1\",\"phase\":\"healthy\",\"source\":\"wait\",\"begin\":1.5,"
                        + "\"end\":2.0,\"took\":0.5,\"failed\":true}");
    }

    @Test
    void textIsATableWithABarOnACommonAxis() {
        String text = new TimelineReport("jcompose up", ORIGIN, sample().entries()).text();
        String axis = "0" + " ".repeat(TimelineReport.BAR_WIDTH - 6) + "2.00s";
        assertThat(text).isEqualTo("""
                jcompose up: seconds from the process start, 4 entries, 2.000 s in all

                RESOURCE              PHASE        SOURCE      BEGIN       END     TOOK  %s
                jcompose              jvm started  process               0.050            |
                Container demo-web-1  created      step        0.500     1.000    0.500              =============
                Container demo-web-1  started      step        1.000     1.500    0.500                          =============
                Container demo-db-1   healthy      wait        1.500     2.000    0.500                                      xxxxxxxxxxxxxx
                """.formatted(axis));
    }

    @Test
    void anEmptyTimelineStillPrintsItsHeader() {
        assertThat(new TimelineReport("jcompose down", ORIGIN, List.of()).text())
                .startsWith("jcompose down: seconds from the process start, 0 entries, 0.000 s in all");
    }

    @Test
    void offRecordsNothing() {
        Timeline off = Timeline.off();
        off.instant("jcompose", "done", at(1), Timeline.Source.PROCESS);
        assertThat(off.entries()).isEmpty();
    }

    @Test
    void anEntryCannotEndBeforeItBegins() {
        assertThatThrownBy(() -> new Timeline.Entry("Container x", "started", at(2), at(1), Timeline.Source.STEP,
                false)).isInstanceOf(IllegalArgumentException.class);
    }
}
