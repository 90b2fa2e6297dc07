package io.jcompose.engine.reconcile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/**
 * A {@link Timeline} written out, times in seconds from {@code origin} (the process start): JSON lines, one
 * object per entry, for tools; or a text table with a Gantt bar per entry, for people.
 */
public final class TimelineReport {

    static final int BAR_WIDTH = 50;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String title;
    private final long origin;
    private final List<Timeline.Entry> entries;

    /** {@code title} heads the text form, e.g. {@code jcompose up}. */
    public TimelineReport(String title, long origin, List<Timeline.Entry> entries) {
        this.title = title;
        this.origin = origin;
        this.entries = List.copyOf(entries);
    }

    /**
     * {@code {"resource":"Container demo-web-1","phase":"started","source":"step","begin":0.912,"end":1.204,
     * "took":0.292,"failed":false}}, one line per entry.
     */
    public String jsonLines() {
        StringBuilder out = new StringBuilder();
        for (Timeline.Entry entry : entries) {
            ObjectNode line = JSON.createObjectNode();
            line.put("resource", entry.resource());
            line.put("phase", entry.phase());
            line.put("source", entry.source().name().toLowerCase(Locale.ROOT));
            line.put("begin", seconds(entry.begin()));
            line.put("end", seconds(entry.end()));
            line.put("took", (entry.end() - entry.begin()) / 1e9);
            line.put("failed", entry.failed());
            out.append(line).append('\n');
        }
        return out.toString();
    }

    /**
     * A table, one row per entry by begin time, with a bar on a common time axis: {@code =} a span, {@code |} an
     * instant, {@code x} a failed step.
     */
    public String text() {
        double total = entries.stream().mapToDouble(e -> seconds(e.end())).max().orElse(0);
        int resourceWidth = Math.max("RESOURCE".length(),
                entries.stream().mapToInt(e -> e.resource().length()).max().orElse(0));
        int phaseWidth = Math.max("PHASE".length(), entries.stream().mapToInt(e -> e.phase().length()).max().orElse(0));
        String row = "%-" + resourceWidth + "s  %-" + phaseWidth + "s  %-7s  %8s  %8s  %7s  %s%n";
        StringBuilder out = new StringBuilder();
        out.append(title).append(": seconds from the process start, ").append(entries.size()).append(" entries, ")
                .append(String.format(Locale.ROOT, "%.3f", total)).append(" s in all\n\n");
        String axis = String.format(Locale.ROOT, "0%" + (BAR_WIDTH - 1) + "s", String.format(Locale.ROOT, "%.2fs",
                total));
        out.append(String.format(Locale.ROOT, row, "RESOURCE", "PHASE", "SOURCE", "BEGIN", "END", "TOOK", axis));
        for (Timeline.Entry entry : entries) {
            String begin = entry.instant() ? "" : format(seconds(entry.begin()));
            String took = entry.instant() ? "" : format((entry.end() - entry.begin()) / 1e9);
            out.append(String.format(Locale.ROOT, row, entry.resource(), entry.phase(),
                    entry.source().name().toLowerCase(Locale.ROOT), begin, format(seconds(entry.end())), took,
                    bar(entry, total)));
        }
        return out.toString();
    }

    private String bar(Timeline.Entry entry, double total) {
        int from = column(seconds(entry.begin()), total);
        int to = column(seconds(entry.end()), total);
        char mark = entry.failed() ? 'x' : entry.instant() ? '|' : '=';
        return " ".repeat(from) + String.valueOf(mark).repeat(to - from + 1);
    }

    private static int column(double seconds, double total) {
        if (total <= 0) {
            return 0;
        }
        return (int) Math.min(BAR_WIDTH - 1, Math.max(0, Math.floor(seconds / total * (BAR_WIDTH - 1))));
    }

    private double seconds(long epochNanos) {
        return Math.round((epochNanos - origin) / 1e6) / 1e3;
    }

    private static String format(double seconds) {
        return String.format(Locale.ROOT, "%.3f", seconds);
    }
}
