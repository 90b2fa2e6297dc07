package io.jcompose.cli;

import io.jcompose.engine.EngineClient;
import io.jcompose.engine.EngineException;
import io.jcompose.engine.api.ContainerInspect;
import io.jcompose.engine.api.ContainerSummary;
import io.jcompose.engine.api.EngineEvent;
import io.jcompose.engine.api.EventSubscription;
import io.jcompose.engine.api.LogOptions;
import io.jcompose.engine.transport.ResponseStream;
import io.jcompose.spec.labels.ComposeLabels;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The logs of a project's containers through a {@link LogPrinter}: once ({@link #print}), or followed
 * ({@link #follow}) as docker compose's {@code logs -f} does: subscribe to the project's container
 * events first, then list and stream; a container started later (restarted, recreated, scaled) gets a new
 * stream from the end of its previous run, so no line prints twice. Following ends when no followed
 * container is left (each has died without restarting, or was removed) and every stream has ended.
 */
final class ProjectLogs {

    /** How long after a container died a start still counts as its restart rather than a new run. */
    static final long RESTART_GRACE_MILLIS = 500;

    private final EngineClient engine;
    private final LogPrinter printer;
    private final String project;
    private final Predicate<Map<String, String>> selects;
    private final LogOptions options;

    // follow state, guarded by this
    private final Set<String> followed = new HashSet<>();
    private final Set<String> listed = new HashSet<>();
    private final Map<String, Future<Void>> lastStream = new HashMap<>();
    private final Map<String, Long> lastDie = new HashMap<>();
    private final Map<String, Integer> starts = new HashMap<>();
    private final Promise<Void> done = Promise.promise();
    private long listedAtNanos = Long.MAX_VALUE;
    private int busy;

    /** {@code selects} tells from a container's labels whether it is one of the services asked for. */
    ProjectLogs(EngineClient engine, LogPrinter printer, String project, Predicate<Map<String, String>> selects,
            LogOptions options) {
        this.engine = engine;
        this.printer = printer;
        this.project = project;
        this.selects = selects;
        this.options = options;
    }

    /** Prints what the containers logged and returns when every stream has ended. */
    void print(List<ContainerSummary> containers) {
        containers.forEach(c -> printer.add(LogPrinter.displayName(c.name(), c.labels())));
        List<Future<Void>> streams = containers.stream()
                .map(c -> stream(c.id(), LogPrinter.displayName(c.name(), c.labels()), options)).toList();
        engine.await(Future.join(streams).mapEmpty());
    }

    /** Follows the containers {@code list} returns, and those started later, until none is left. */
    void follow(Supplier<List<ContainerSummary>> list) {
        Map<String, List<String>> filters = Map.of(
                "type", List.of("container"),
                "label", List.of(ComposeLabels.PROJECT + "=" + project),
                "event", List.of("create", "start", "die", "destroy"));
        EventSubscription events = engine.events().subscribe(filters, this::onEvent);
        try {
            engine.await(events.opened());
            Instant listedAt = Instant.now();
            List<ContainerSummary> containers = list.get();
            containers.forEach(c -> printer.add(LogPrinter.displayName(c.name(), c.labels())));
            synchronized (this) {
                listedAtNanos = listedAt.getEpochSecond() * 1_000_000_000L + listedAt.getNano();
                for (ContainerSummary c : containers) {
                    followed.add(c.id());
                    listed.add(c.id());
                    chain(c.id(), LogPrinter.displayName(c.name(), c.labels()), Future.succeededFuture(""));
                }
                settle();
            }
            events.closed().onFailure(done::tryFail);
            engine.await(done.future());
        } finally {
            events.close();
        }
    }

    private void onEvent(EngineEvent event) {
        Map<String, String> labels = event.attributes();
        if (ComposeLabels.ONEOFF_TRUE.equals(labels.get(ComposeLabels.ONEOFF)) || !selects.test(labels)) {
            return;
        }
        String id = event.actorId();
        String name = LogPrinter.displayName(event.name(), labels);
        synchronized (this) {
            switch (event.baseAction()) {
                case "create" -> followed.add(id);
                case "start" -> {
                    followed.add(id);
                    starts.merge(id, 1, Integer::sum);
                    // a run that began before the listing is followed by the stream opened from the listing
                    if (!(listed.contains(id) && event.timeNano() <= listedAtNanos)) {
                        Long died = lastDie.get(id);
                        Future<String> since = died != null ? Future.succeededFuture(unix(died))
                                : engine.containers().inspect(id).map(ProjectLogs::previousRunEnd);
                        printer.add(name);
                        chain(id, name, since);
                    }
                }
                case "die" -> {
                    lastDie.put(id, event.timeNano());
                    busy++;
                    int runs = starts.getOrDefault(id, 0);
                    // docker restart is a die then a start: the die is final only when no start follows soon
                    engine.loop().timer(RESTART_GRACE_MILLIS, () -> engine.containers().inspect(id)
                            .map(c -> c.state().running() || c.state().restarting())
                            .otherwise(false)
                            .onComplete(result -> died(id, name, event.exitCode().orElse(-1), runs, result.result())));
                }
                case "destroy" -> {
                    followed.remove(id);
                    settle();
                }
                default -> { }
            }
        }
    }

    private synchronized void died(String id, String name, int exitCode, int runsAtDeath, boolean running) {
        busy--;
        boolean restarted = running || starts.getOrDefault(id, 0) != runsAtDeath;
        if (!restarted && followed.remove(id)) {
            printer.exited(name, exitCode);
        }
        settle();
    }

    /** Streams a run of the container after the previous stream of the same container has ended. */
    private void chain(String id, String name, Future<String> runSince) {
        Future<Void> previous = lastStream.getOrDefault(id, Future.succeededFuture());
        busy++;
        Future<Void> next = previous.transform(ignored -> runSince)
                .compose(since -> stream(id, name, options.since(later(options.since(), since))))
                .recover(failure -> failure instanceof EngineException e && e.isNotFound()
                        ? Future.succeededFuture() : Future.failedFuture(failure));
        lastStream.put(id, next);
        next.onComplete(result -> {
            synchronized (this) {
                busy--;
                if (result.failed()) {
                    done.tryFail(result.cause());
                }
                settle();
            }
        });
    }

    private void settle() {
        if (followed.isEmpty() && busy == 0) {
            done.tryComplete();
        }
    }

    private Future<Void> stream(String id, String name, LogOptions streamOptions) {
        return engine.containers().inspect(id).compose(container -> {
            LogFeed feed = printer.feed(name, true);
            ResponseStream stream = engine.containers().logs(id, streamOptions, container.config().tty(), feed);
            feed.throttle(stream::pause, stream::resume);
            return stream.ended().andThen(ended -> feed.end());
        });
    }

    /**
     * Where a restarted container's new run begins in its log when its previous exit was not seen: the
     * previous run's FinishedAt (the new run's StartedAt can be later than its first lines); empty for a
     * container that never ran before.
     */
    static String previousRunEnd(ContainerInspect container) {
        try {
            Instant finished = Instant.parse(container.state().finishedAt());
            return finished.getEpochSecond() <= 0 ? "" : finished.getEpochSecond() + "."
                    + String.format("%09d", finished.getNano());
        } catch (DateTimeParseException notATime) {
            return "";
        }
    }

    private static String unix(long timeNano) {
        return (timeNano / 1_000_000_000L) + "." + String.format("%09d", timeNano % 1_000_000_000L);
    }

    /** The later of two engine timestamps (seconds[.nanoseconds]); empty means no bound. */
    static String later(String a, String b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return new BigDecimal(a).compareTo(new BigDecimal(b)) >= 0 ? a : b;
    }
}
