package io.jcompose.cli;

import io.jcompose.engine.EngineClient;
import io.jcompose.engine.api.EngineEvent;
import io.jcompose.engine.api.EventSubscription;
import io.jcompose.engine.reconcile.Timeline;
import io.jcompose.engine.reconcile.TimelineReport;
import io.jcompose.spec.labels.ComposeLabels;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code --timeline FILE} of {@code up}, {@code down} and friends: the run's {@link Timeline}, with the process
 * and JVM start (so start-up cost shows) and the project's container events, written when the command ends.
 * Times are seconds from the process start. A name ending in {@code .jsonl} or {@code .json} gets JSON lines,
 * any other a text table with a Gantt bar per entry.
 */
final class TimelineFile {

    private static final String PROCESS = "jcompose";

    private final Path file;
    private final String title;
    private final long origin;
    private final Timeline timeline = Timeline.recording();
    private Optional<EventSubscription> events = Optional.empty();

    private TimelineFile(Path file, String title, long origin) {
        this.file = file;
        this.title = title;
        this.origin = origin;
    }

    /** Starts recording, with the process and JVM start (the earlier is the origin) and how the session opened. */
    static TimelineFile start(Path file, String title, ProjectSession.Opening opening) {
        long jvm = ManagementFactory.getRuntimeMXBean().getStartTime() * 1_000_000L;
        long process = ProcessHandle.current().info().startInstant().map(TimelineFile::nanos).orElse(jvm);
        TimelineFile out = new TimelineFile(file, title, Math.min(process, jvm));
        Timeline timeline = out.timeline;
        timeline.instant(PROCESS, "process started", process, Timeline.Source.PROCESS);
        timeline.instant(PROCESS, "jvm started", jvm, Timeline.Source.PROCESS);
        timeline.instant(PROCESS, "command parsed", opening.began(), Timeline.Source.PROCESS);
        timeline.span(PROCESS, "project loaded", opening.began(), opening.loaded(), Timeline.Source.PROCESS, false);
        timeline.span(PROCESS, "engine connected", opening.began(), opening.connected(), Timeline.Source.PROCESS,
                false);
        return out;
    }

    Timeline timeline() {
        return timeline;
    }

    /** Records the project's container events from now on (one more {@code /events} stream). */
    void follow(EngineClient engine, String project) {
        EventSubscription subscription = engine.events().subscribe(Map.of(
                "type", List.of("container"),
                "label", List.of(ComposeLabels.PROJECT + "=" + project),
                "event", List.of("create", "start", "health_status", "kill", "die", "stop", "destroy", "rename")),
                this::record);
        events = Optional.of(subscription);
        engine.await(subscription.opened());
    }

    private void record(EngineEvent event) {
        timeline.instant("Container " + event.name(), event.action(), event.timeNano(), Timeline.Source.EVENT);
    }

    /** Writes the file; a failure to write fails the command with what could not be written. */
    void write() {
        events.ifPresent(EventSubscription::close);
        timeline.instant(PROCESS, "done", Timeline.now(), Timeline.Source.PROCESS);
        TimelineReport report = new TimelineReport(title, origin, timeline.entries());
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        String text = name.endsWith(".jsonl") || name.endsWith(".json") ? report.jsonLines() : report.text();
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("writing the timeline to " + file + ": " + e.getMessage(), e);
        }
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
