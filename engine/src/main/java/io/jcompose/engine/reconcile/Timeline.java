package io.jcompose.engine.reconcile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What happened to each resource of a run and when ({@code --timeline FILE}): plan steps as spans (begin, end),
 * readiness waits as spans ending when the condition held, engine events and process milestones as instants.
 * Times are nanoseconds since the epoch, so the engine's event times ({@code timeNano}) and the process start
 * line up. Safe to call from any thread; {@link #off()} records nothing and costs nothing.
 */
public final class Timeline {

    /** Where an entry comes from. */
    public enum Source { PROCESS, STEP, WAIT, EVENT }

    /**
     * One span or instant ({@code begin == end}).
     *
     * @param resource as the progress display names it: {@code Container demo-web-1}, {@code Network demo_default}
     * @param phase    {@code created}, {@code started}, {@code healthy}, {@code stopped}, {@code removed}, ...
     * @param failed   the step failed
     */
    public record Entry(String resource, String phase, long begin, long end, Source source, boolean failed) {
        public Entry {
            Objects.requireNonNull(resource);
            Objects.requireNonNull(phase);
            Objects.requireNonNull(source);
            if (end < begin) {
                throw new IllegalArgumentException("a timeline entry ends before it begins: " + resource + " " + phase);
            }
        }

        public boolean instant() {
            return begin == end;
        }
    }

    private final boolean recording;
    private final List<Entry> entries = new ArrayList<>();

    private Timeline(boolean recording) {
        this.recording = recording;
    }

    public static Timeline off() {
        return new Timeline(false);
    }

    public static Timeline recording() {
        return new Timeline(true);
    }

    public boolean isRecording() {
        return recording;
    }

    /** Now, in nanoseconds since the epoch (the clock's precision, microseconds on Linux). */
    public static long now() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    public void span(String resource, String phase, long begin, long end, Source source, boolean failed) {
        if (recording) {
            Entry entry = new Entry(resource, phase, begin, end, source, failed);
            synchronized (entries) {
                entries.add(entry);
            }
        }
    }

    public void instant(String resource, String phase, long at, Source source) {
        span(resource, phase, at, at, source, false);
    }

    /** The entries by begin time (then end time, then order of recording). */
    public List<Entry> entries() {
        List<Entry> copy;
        synchronized (entries) {
            copy = new ArrayList<>(entries);
        }
        copy.sort(Comparator.comparingLong(Entry::begin).thenComparingLong(Entry::end));
        return List.copyOf(copy);
    }
}
