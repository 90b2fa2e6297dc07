package io.jcompose.cli;

import io.jcompose.engine.EngineClient;
import io.jcompose.engine.EngineException;
import io.jcompose.engine.api.ContainerInspect;
import io.jcompose.engine.api.EngineEvent;
import io.jcompose.engine.api.EventSubscription;
import io.jcompose.engine.api.LogOptions;
import io.jcompose.engine.reconcile.ObservedContainer;
import io.jcompose.engine.transport.HijackedStream;
import io.jcompose.engine.transport.ResponseStream;
import io.jcompose.spec.labels.ComposeLabels;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The containers attached {@code up} streams: attached before their start (the plan's start hook) with
 * {@code stream=1, logs=0}, so no line is lost; already running ones attached once the plan is done; a container
 * started again later (its restart policy, {@code jcompose restart}, a new replica) attached again when the
 * engine reports its start. Each exit prints {@code <name> exited with code N}, with {@code (restarting)} when
 * the engine restarts it, once the container's stream has delivered its last line, and goes to the
 * {@link ExitCascade}. {@link #done()} completes once every attached container has exited for good.
 */
final class AttachedContainers implements AutoCloseable {

    private final EngineClient engine;
    private final LogPrinter printer;
    private final String project;
    private final Set<String> services;
    private final ExitCascade cascade;
    private final Runnable abort;
    private final Promise<Void> done = Promise.promise();

    // guarded by this
    /** Per container id: the current attach stream's end (pending while attaching or streaming). */
    private final Map<String, Future<Void>> streams = new HashMap<>();
    /** Per container id: how to close its current stream when the command ends. */
    private final Map<String, Runnable> closers = new HashMap<>();
    /** Per container id: when its last run ended (engine time), where its next run's log begins. */
    private final Map<String, Long> lastDie = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    /** Containers whose start was seen or that were found running, and have not exited for good. */
    private final Set<String> live = new HashSet<>();
    /** Containers whose current run's exit is being (or was) reported: a second report is dropped. */
    private final Set<String> exiting = new HashSet<>();
    private final Set<String> known = new HashSet<>();
    /** Containers attached before their start: the next start event is the run their stream already covers. */
    private final Set<String> covering = new HashSet<>();
    private EventSubscription events;
    private boolean settled;
    private int pending;

    /**
     * @param services the services to attach to
     * @param abort    what to do, once, when an exit calls for the project to stop
     */
    AttachedContainers(EngineClient engine, LogPrinter printer, String project, Set<String> services,
                       ExitCascade cascade, Runnable abort) {
        this.engine = engine;
        this.printer = printer;
        this.project = project;
        this.services = Set.copyOf(services);
        this.cascade = cascade;
        this.abort = abort;
    }

    /** Subscribes to the project's container events; to be done before anything starts. */
    Future<Void> open() {
        Map<String, List<String>> filters = Map.of(
                "type", List.of("container"),
                "label", List.of(ComposeLabels.PROJECT + "=" + project),
                "event", List.of("start", "die", "stop", "destroy"));
        EventSubscription subscription = engine.events().subscribe(filters, this::onEvent);
        synchronized (this) {
            events = subscription;
        }
        subscription.closed().onFailure(done::tryFail);
        return subscription.opened();
    }

    /** The plan's start hook: attaches to {@code id} before its start when it is one of the selected services. */
    Future<Void> beforeStart(String name, String id) {
        return engine.containers().inspect(id).compose(container -> {
            if (!selects(container.config().labels())) {
                return Future.succeededFuture();
            }
            synchronized (this) {
                known.add(id);
                covering.add(id);
                return attach(id, displayName(container), container.config().tty());
            }
        });
    }

    /**
     * After the plan, with the project's containers listed since: attaches to the selected containers already
     * running that no event told about (those the plan kept). One waiting for its restart is followed from its
     * last exit once the engine reports its start (the engine refuses to attach to a restarting container); one
     * gone meanwhile is reported by its events.
     * <p>
     * A container the plan started may be listed before the engine's event stream has delivered its start:
     * it counts as running from here on, or {@link #settle()} would find nothing running and end the command
     * while it runs. Its start and die events, still on their way, then report it as usual.
     */
    Future<Void> attachRunning(List<ObservedContainer> containers) {
        List<Future<Void>> attaching = new ArrayList<>();
        for (ObservedContainer container : containers) {
            if (container.oneOff() || !services.contains(container.service())) {
                continue;
            }
            synchronized (this) {
                if (covering.contains(container.id())) {
                    if (!container.state().equals("created")) {
                        live.add(container.id());
                    }
                    continue;
                }
                if (!container.running() || !known.add(container.id())) {
                    continue;
                }
                live.add(container.id());
            }
            attaching.add(engine.containers().inspect(container.id()).compose(inspected -> {
                if (inspected.state().restarting()) {
                    engineTime(inspected.state().finishedAt()).ifPresent(end -> {
                        synchronized (this) {
                            lastDie.putIfAbsent(container.id(), end);
                        }
                    });
                    return Future.<Void>succeededFuture();
                }
                synchronized (this) {
                    return attach(container.id(), displayName(inspected), inspected.config().tty());
                }
            }).compose(attached -> engine.containers().inspect(container.id())).map(inspected -> {
                // it may have exited between the listing and the attach, its die event already passed
                if (!inspected.state().running() && !inspected.state().restarting()) {
                    exitedBeforeAttach(container.id(), container.service(), inspected);
                }
                return (Void) null;
            }).otherwiseEmpty());
        }
        return Future.join(attaching).mapEmpty();
    }

    /** The display names of the containers attached so far, sorted: for {@code Attaching to a-1, b-1}. */
    synchronized List<String> names() {
        return List.copyOf(new TreeSet<>(names.values()));
    }

    /** From now on, the command ends when no attached container is left running. */
    synchronized void settle() {
        settled = true;
        check();
    }

    Future<Void> done() {
        return done.future();
    }

    @Override
    public void close() {
        List<Runnable> open;
        EventSubscription subscription;
        synchronized (this) {
            open = List.copyOf(closers.values());
            subscription = events;
        }
        if (subscription != null) {
            subscription.close();
        }
        open.forEach(Runnable::run);
    }

    private boolean selects(Map<String, String> labels) {
        return !ComposeLabels.ONEOFF_TRUE.equals(labels.get(ComposeLabels.ONEOFF))
                && services.contains(labels.getOrDefault(ComposeLabels.SERVICE, ""));
    }

    /**
     * An inspect's time ({@code StartedAt}, {@code FinishedAt}) in the events' terms, nanoseconds of engine time;
     * empty for the engine's zero time, which means never.
     */
    private static Optional<Long> engineTime(String time) {
        try {
            Instant instant = Instant.parse(time);
            return instant.getEpochSecond() <= 0 ? Optional.empty()
                    : Optional.of(instant.getEpochSecond() * 1_000_000_000L + instant.getNano());
        } catch (DateTimeParseException notATime) {
            return Optional.empty();
        }
    }

    /**
     * Whether the run that died at {@code diedAt} was followed by another: the container runs or waits to
     * restart now, or it started again since (and maybe died again) by the time the inspect answered. The
     * inspect comes after the run's stream has ended, when the events may lag behind the restarts.
     */
    private static boolean runsAgain(ContainerInspect container, long diedAt) {
        ContainerInspect.State state = container.state();
        return state.restarting() || state.running()
                || engineTime(state.startedAt()).map(started -> started > diedAt).orElse(false);
    }

    private static String displayName(ContainerInspect container) {
        return LogPrinter.displayName(container.name(), container.config().labels());
    }

    /** Opens an attach stream; the future completes once the engine has attached it. */
    private Future<Void> attach(String id, String name, boolean tty) {
        names.put(id, name);
        LogFeed feed = printer.feed(name, false);
        Future<HijackedStream> attached = engine.containers().attach(id, false, tty, feed);
        Future<Void> ended = attached.compose(stream -> {
            feed.throttle(stream::pause, stream::resume);
            synchronized (this) {
                closers.put(id, stream::close);
            }
            return stream.ended();
        }).transform(end -> {
            feed.end();
            synchronized (this) {
                closers.remove(id);
            }
            return Future.<Void>succeededFuture();
        });
        streams.put(id, ended);
        return attached.mapEmpty();
    }

    /**
     * A run that began before its stream could be attached (a restart: the engine refuses to attach to a
     * restarting container): its log followed from the previous run's end, so its first lines print too.
     */
    private Future<Void> follow(String id, String name, boolean tty, long since) {
        names.put(id, name);
        LogFeed feed = printer.feed(name, false);
        LogOptions options = LogOptions.all().follow(true).since(since / 1_000_000_000L + "."
                + String.format("%09d", since % 1_000_000_000L));
        ResponseStream stream = engine.containers().logs(id, options, tty, feed);
        feed.throttle(stream::pause, stream::resume);
        closers.put(id, stream::cancel);
        Future<Void> ended = stream.ended().transform(end -> {
            feed.end();
            synchronized (this) {
                closers.remove(id);
            }
            return Future.<Void>succeededFuture();
        });
        streams.put(id, ended);
        return ended;
    }

    private void onEvent(EngineEvent event) {
        Map<String, String> labels = event.attributes();
        if (!selects(labels)) {
            return;
        }
        String id = event.actorId();
        synchronized (this) {
            switch (event.baseAction()) {
                case "start" -> {
                    known.add(id);
                    live.add(id);
                    exiting.remove(id);
                    Future<Void> previous = streams.getOrDefault(id, Future.succeededFuture());
                    Optional<Long> previousEnd = Optional.ofNullable(lastDie.get(id));
                    if (covering.remove(id) || previousEnd.isEmpty() && !previous.isComplete()) {
                        // a stream attached before this start, or found running, covers this run already
                        return;
                    }
                    // a new run (a restart, or a start by someone else): its own stream once the last one ended
                    Promise<Void> run = Promise.promise();
                    streams.put(id, run.future());
                    previous.compose(ended -> engine.containers().inspect(id)).compose(container -> {
                        synchronized (this) {
                            String name = displayName(container);
                            boolean tty = container.config().tty();
                            return previousEnd.isPresent() ? follow(id, name, tty, previousEnd.get())
                                    : attach(id, name, tty).compose(attached -> streams.get(id));
                        }
                    }).onComplete(ended -> run.tryComplete());
                }
                case "die" -> {
                    lastDie.put(id, event.timeNano());
                    if (live.contains(id) && exiting.add(id)) {
                        pending++;
                        String name = LogPrinter.displayName(event.name(), labels);
                        int code = event.exitCode().orElse(-1);
                        long diedAt = event.timeNano();
                        streams.getOrDefault(id, Future.succeededFuture())
                                .compose(ended -> engine.containers().inspect(id))
                                .map(c -> runsAgain(c, diedAt))
                                .otherwise(false)
                                .onComplete(restarting -> exited(id, name, labels.get(ComposeLabels.SERVICE), code,
                                        restarting.result()));
                    }
                }
                case "stop" -> {
                    // stopped while waiting to restart: no die follows
                    if (live.contains(id) && exiting.contains(id)) {
                        pending++;
                        engine.containers().inspect(id)
                                .map(c -> c.state().restarting() || c.state().running())
                                .otherwise(false)
                                .onComplete(again -> stoppedWhileRestarting(id, again.result()));
                    }
                }
                case "destroy" -> {
                    live.remove(id);
                    check();
                }
                default -> { }
            }
        }
    }

    /** A container stopped while waiting for its restart: nothing more to wait for. */
    private void stoppedWhileRestarting(String id, boolean again) {
        synchronized (this) {
            pending--;
            if (!again) {
                live.remove(id);
            }
            check();
        }
    }

    private void exitedBeforeAttach(String id, String service, ContainerInspect container) {
        synchronized (this) {
            if (!live.contains(id) || !exiting.add(id)) {
                return;
            }
            pending++;
        }
        exited(id, displayName(container), service, container.state().exitCode(), false);
    }

    private void exited(String id, String name, String service, int code, boolean restarting) {
        printer.exited(name, code, restarting);
        boolean stops = cascade.exited(service, code);
        synchronized (this) {
            pending--;
            if (!restarting) {
                live.remove(id);
            }
            check();
        }
        if (stops) {
            abort.run();
        }
    }

    private void check() {
        if (settled && pending == 0 && live.isEmpty()) {
            done.tryComplete();
        }
    }
}
