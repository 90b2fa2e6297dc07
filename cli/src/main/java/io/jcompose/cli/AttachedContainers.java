package io.jcompose.cli;

import io.jcompose.engine.EngineClient;
import io.jcompose.engine.EngineException;
import io.jcompose.engine.api.ContainerInspect;
import io.jcompose.engine.api.EngineEvent;
import io.jcompose.engine.api.EventSubscription;
import io.jcompose.engine.reconcile.ObservedContainer;
import io.jcompose.engine.transport.HijackedStream;
import io.jcompose.spec.labels.ComposeLabels;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
    private final Map<String, HijackedStream> sockets = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    /** Containers whose start was seen or that were found running, and have not exited for good. */
    private final Set<String> live = new HashSet<>();
    /** Containers whose current run's exit is being (or was) reported: a second report is dropped. */
    private final Set<String> exiting = new HashSet<>();
    private final Set<String> known = new HashSet<>();
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
                "event", List.of("start", "die", "destroy"));
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
                return attach(id, displayName(container), container.config().tty());
            }
        });
    }

    /**
     * After the plan: attaches to the selected containers already running that no event told about (kept by the
     * plan), then counts the command as waiting for the attached ones only.
     */
    Future<Void> attachRunning(List<ObservedContainer> containers) {
        List<Future<Void>> attaching = new ArrayList<>();
        for (ObservedContainer container : containers) {
            if (container.oneOff() || !services.contains(container.service()) || !container.running()) {
                continue;
            }
            synchronized (this) {
                if (!known.add(container.id())) {
                    continue;
                }
                live.add(container.id());
            }
            attaching.add(engine.containers().inspect(container.id()).compose(inspected -> {
                synchronized (this) {
                    return attach(container.id(), displayName(inspected), inspected.config().tty());
                }
            }).compose(attached -> engine.containers().inspect(container.id())).map(inspected -> {
                // it may have exited between the listing and the attach, its die event already passed
                if (!inspected.state().running() && !inspected.state().restarting()) {
                    exitedBeforeAttach(container.id(), container.service(), inspected);
                }
                return null;
            }));
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
        List<HijackedStream> open;
        EventSubscription subscription;
        synchronized (this) {
            open = List.copyOf(sockets.values());
            subscription = events;
        }
        if (subscription != null) {
            subscription.close();
        }
        open.forEach(HijackedStream::close);
    }

    private boolean selects(Map<String, String> labels) {
        return !ComposeLabels.ONEOFF_TRUE.equals(labels.get(ComposeLabels.ONEOFF))
                && services.contains(labels.getOrDefault(ComposeLabels.SERVICE, ""));
    }

    private static String displayName(ContainerInspect container) {
        String name = container.name().startsWith("/") ? container.name().substring(1) : container.name();
        return LogPrinter.displayName(name, container.config().labels());
    }

    /** Opens a stream unless one is open already; the future completes once the engine has attached it. */
    private Future<Void> attach(String id, String name, boolean tty) {
        Future<Void> current = streams.get(id);
        if (current != null && !current.isComplete()) {
            return Future.succeededFuture();
        }
        names.put(id, name);
        LogFeed feed = printer.feed(name, false);
        Future<HijackedStream> attached = engine.containers().attach(id, false, tty, feed);
        Future<Void> ended = attached.compose(stream -> {
            feed.throttle(stream::pause, stream::resume);
            synchronized (this) {
                sockets.put(id, stream);
            }
            return stream.ended();
        }).transform(end -> {
            feed.end();
            synchronized (this) {
                sockets.remove(id);
            }
            return Future.<Void>succeededFuture();
        });
        streams.put(id, ended);
        return attached.mapEmpty();
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
                    Future<Void> current = streams.get(id);
                    if (current == null || current.isComplete()) {
                        // started by someone else than this plan, or again: a new stream for the new run
                        engine.containers().inspect(id).onSuccess(container -> {
                            synchronized (this) {
                                attach(id, displayName(container), container.config().tty());
                            }
                        });
                    }
                }
                case "die" -> {
                    if (live.contains(id) && exiting.add(id)) {
                        pending++;
                        String name = LogPrinter.displayName(event.name(), labels);
                        int code = event.exitCode().orElse(-1);
                        streams.getOrDefault(id, Future.succeededFuture())
                                .compose(ended -> engine.containers().inspect(id))
                                .map(c -> c.state().restarting() || c.state().running())
                                .otherwise(false)
                                .onComplete(restarting -> exited(id, name, labels.get(ComposeLabels.SERVICE), code,
                                        restarting.result()));
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
