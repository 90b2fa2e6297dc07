package io.jcompose.engine.reconcile;

import io.jcompose.engine.EngineClient;
import io.jcompose.engine.api.ContainerInspect;
import io.jcompose.engine.api.EngineEvent;
import io.jcompose.engine.api.EventSubscription;
import io.jcompose.spec.labels.ComposeLabels;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Gates dependants on their dependencies' conditions from ONE {@code /events} subscription, opened before
 * anything is created or started: a wait inspects each container once (closing the race with events already
 * seen) and from then on reacts to {@code start}, {@code die} and {@code health_status} events only.
 */
public final class Readiness implements AutoCloseable {

    private final EngineClient engine;
    private final Progress progress;
    private final EventSubscription subscription;
    private final Map<String, List<EngineEvent>> events = new HashMap<>();
    private final List<Waiter> waiters = new ArrayList<>();

    private Readiness(EngineClient engine, String project, Progress progress) {
        this.engine = engine;
        this.progress = progress;
        this.subscription = engine.events().subscribe(Map.of(
                "type", List.of("container"),
                "label", List.of(ComposeLabels.PROJECT + "=" + project),
                "event", List.of("start", "die", "health_status")), this::receive);
    }

    /** Subscribes; the future completes once the engine accepted the subscription. */
    public static Future<Readiness> open(EngineClient engine, String project, Progress progress) {
        Readiness readiness = new Readiness(engine, project, progress);
        return readiness.subscription.opened().map(opened -> readiness);
    }

    /**
     * Completes when every container of {@code gate} meets its condition; fails at once on a condition that can
     * no longer be met. An optional gate's failure is a warning.
     */
    public Future<Void> await(Gate gate, Execution execution) {
        List<Future<Void>> all = new ArrayList<>();
        for (String name : gate.containers()) {
            Optional<String> id = execution.containerId(name);
            if (id.isEmpty()) {
                all.add(Future.failedFuture(new ReconcileException("dependency failed to start: container " + name
                        + " does not exist")));
                continue;
            }
            all.add(awaitContainer(gate, name, id.get(), execution.timeline()));
        }
        Future<Void> done = Future.all(all).mapEmpty();
        if (!gate.required()) {
            return done.recover(failure -> {
                progress.warning(failure.getMessage() + " (optional dependency " + gate.service()
                        + ": continuing)");
                return Future.succeededFuture();
            });
        }
        return done;
    }

    private Future<Void> awaitContainer(Gate gate, String name, String id, Timeline timeline) {
        long begin = Timeline.now();
        int seen;
        synchronized (this) {
            seen = events.getOrDefault(id, List.of()).size();
        }
        if (!gate.condition().equals(Gate.STARTED)) {
            progress.update("Container " + name, "Waiting", Progress.State.WORKING);
        }
        return engine.containers().inspect(id).compose(inspect -> {
            Waiter waiter = new Waiter(gate, name, id, Promise.promise(), new Status(inspect), begin, timeline);
            synchronized (this) {
                // events that arrived while the inspect was under way are newer, or repeat what it saw
                List<EngineEvent> later = events.getOrDefault(id, List.of());
                later.subList(seen, later.size()).forEach(waiter.status::apply);
                waiters.add(waiter);
            }
            check(waiter);
            return waiter.promise.future();
        });
    }

    private void receive(EngineEvent event) {
        List<Waiter> affected = new ArrayList<>();
        synchronized (this) {
            events.computeIfAbsent(event.actorId(), k -> new ArrayList<>()).add(event);
            for (Waiter waiter : waiters) {
                if (waiter.id.equals(event.actorId())) {
                    waiter.status.apply(event);
                    affected.add(waiter);
                }
            }
        }
        affected.forEach(this::check);
    }

    private void check(Waiter waiter) {
        Status status = waiter.status;
        String name = waiter.name;
        String resource = "Container " + name;
        switch (waiter.gate.condition()) {
            case Gate.COMPLETED -> {
                if (status.exited) {
                    if (status.exitCode == 0) {
                        finish(waiter, resource, "Exited");
                    } else {
                        fail(waiter, "service " + waiter.gate.service() + " didn't complete successfully: exit "
                                + status.exitCode);
                    }
                }
            }
            case Gate.HEALTHY, Gate.RUNNING_OR_HEALTHY -> {
                boolean needsHealth = waiter.gate.condition().equals(Gate.HEALTHY) || status.hasHealthcheck;
                if (needsHealth && !status.hasHealthcheck) {
                    fail(waiter, "dependency failed to start: container " + name + " has no healthcheck configured");
                } else if (status.exited) {
                    fail(waiter, (waiter.gate.condition().equals(Gate.HEALTHY) ? "dependency failed to start: " : "")
                            + "container " + name + " exited (" + status.exitCode + ")");
                } else if (needsHealth && status.health.equals("healthy")) {
                    finish(waiter, resource, "Healthy");
                } else if (needsHealth && status.health.equals("unhealthy")) {
                    unhealthy(waiter);
                } else if (!needsHealth && status.running) {
                    finish(waiter, resource, "Running");
                }
            }
            default -> {
                if (status.running || status.exited) {
                    finish(waiter, resource, "Started");
                }
            }
        }
    }

    /** One inspect for the last health-check output, so the error says why. */
    private void unhealthy(Waiter waiter) {
        synchronized (this) {
            if (!waiters.remove(waiter)) {
                return;
            }
        }
        engine.containers().inspect(waiter.id).onComplete(inspect -> {
            String output = inspect.succeeded() ? lastHealthOutput(inspect.result()) : "";
            progress.update("Container " + waiter.name, "Unhealthy", Progress.State.ERROR);
            waiter.record("unhealthy", true);
            waiter.promise.tryFail(new ReconcileException("dependency failed to start: container " + waiter.name
                    + " is unhealthy" + (output.isEmpty() ? "" : ": " + output)));
        });
    }

    private static String lastHealthOutput(ContainerInspect inspect) {
        List<ContainerInspect.HealthCheckResult> log = inspect.state().health().log();
        if (log.isEmpty()) {
            return "";
        }
        ContainerInspect.HealthCheckResult last = log.get(log.size() - 1);
        String output = last.output().strip();
        return output.isEmpty() ? "health check exited " + last.exitCode() : output;
    }

    private void finish(Waiter waiter, String resource, String status) {
        synchronized (this) {
            if (!waiters.remove(waiter)) {
                return;
            }
        }
        if (!waiter.gate.condition().equals(Gate.STARTED)) {
            progress.update(resource, status, Progress.State.DONE);
        }
        waiter.record(status.toLowerCase(Locale.ROOT), false);
        waiter.promise.tryComplete();
    }

    private void fail(Waiter waiter, String message) {
        synchronized (this) {
            if (!waiters.remove(waiter)) {
                return;
            }
        }
        progress.update("Container " + waiter.name, "Error", Progress.State.ERROR);
        waiter.record(waiter.gate.condition(), true);
        waiter.promise.tryFail(new ReconcileException(message));
    }

    @Override
    public void close() {
        List<Waiter> pending;
        synchronized (this) {
            pending = new ArrayList<>(waiters);
            waiters.clear();
        }
        pending.forEach(w -> w.promise.tryFail(new ReconcileException("stopped waiting for container " + w.name)));
        subscription.close();
    }

    /** @param begin when the wait began, for the timeline */
    private record Waiter(Gate gate, String name, String id, Promise<Void> promise, Status status, long begin,
                          Timeline timeline) {
        void record(String phase, boolean failed) {
            timeline.span("Container " + name, phase, begin, Timeline.now(), Timeline.Source.WAIT, failed);
        }
    }

    /** What is known of one container: from its inspect, then its events. */
    private static final class Status {
        boolean running;
        boolean exited;
        int exitCode;
        boolean hasHealthcheck;
        String health;

        Status(ContainerInspect inspect) {
            ContainerInspect.State state = inspect.state();
            running = state.running();
            exited = state.status().equals("exited") || state.status().equals("dead");
            exitCode = state.exitCode();
            health = state.health().status();
            hasHealthcheck = !health.isEmpty() || inspect.config().hasHealthcheck();
        }

        void apply(EngineEvent event) {
            switch (event.baseAction()) {
                case "start" -> {
                    running = true;
                    exited = false;
                }
                case "die" -> {
                    running = false;
                    exited = true;
                    exitCode = event.exitCode().orElse(exitCode);
                }
                case "health_status" -> health = event.actionDetail();
                default -> {
                }
            }
        }
    }
}
