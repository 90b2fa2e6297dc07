package io.jcompose.engine.reconcile;

import io.jcompose.engine.transport.EngineLoop;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a {@link Plan} on Vert.x: a node fires when the nodes it comes after completed and its gates opened;
 * the engine client caps the calls in flight ({@code --parallel}). The first failure, or {@link #interrupt()},
 * stops the scheduling of new nodes; the calls under way finish, and the run fails with that first cause.
 */
public final class PlanExecutor {

    private final Execution execution;
    private final Optional<Readiness> readiness;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final AtomicReference<Throwable> firstFailure = new AtomicReference<>();

    public PlanExecutor(Execution execution, Optional<Readiness> readiness) {
        this.execution = execution;
        this.readiness = readiness;
    }

    /** Stop scheduling: nodes not yet started fail with {@link Interrupted}. */
    public void interrupt() {
        record(new Interrupted());
    }

    public Future<Void> run(Plan plan) {
        Map<Integer, Future<Void>> done = new HashMap<>();
        List<Future<Void>> all = new ArrayList<>();
        for (PlanNode node : plan.nodes()) {
            List<Future<Void>> before = node.after().stream().map(done::get).toList();
            Future<Void> ready = Future.all(before).mapEmpty();
            for (Gate gate : node.gates()) {
                ready = ready.compose(previous -> gate(gate));
            }
            Future<Void> result = ready.compose(previous -> fire(node));
            done.put(node.id(), result);
            all.add(result);
        }
        Promise<Void> finished = Promise.promise();
        Future.join(all).onComplete(outcome -> {
            Throwable failure = firstFailure.get();
            if (failure != null) {
                finished.fail(failure);
            } else if (outcome.failed()) {
                finished.fail(outcome.cause());
            } else {
                finished.complete();
            }
        });
        return finished.future();
    }

    /**
     * {@code --wait}: every gate holds, or the run fails with "application not healthy after Ns" when
     * {@code timeout} passes first.
     */
    public Future<Void> waitFor(List<Gate> gates, Optional<Duration> timeout) {
        List<Future<Void>> all = new ArrayList<>();
        gates.forEach(g -> all.add(gate(g)));
        Future<Void> healthy = Future.all(all).mapEmpty();
        if (timeout.isEmpty() || timeout.get().isZero()) {
            return healthy;
        }
        Promise<Void> bounded = Promise.promise();
        EngineLoop.Timer timer = execution.engine().loop().timer(timeout.get().toMillis(), () -> bounded.tryFail(
                new ReconcileException("application not healthy after " + timeout.get().toSeconds() + "s")));
        healthy.onComplete(outcome -> {
            timer.cancel();
            if (outcome.succeeded()) {
                bounded.tryComplete();
            } else {
                bounded.tryFail(outcome.cause());
            }
        });
        return bounded.future();
    }

    private Future<Void> gate(Gate gate) {
        if (readiness.isEmpty()) {
            return Future.failedFuture(new IllegalStateException("a gated plan needs a Readiness"));
        }
        return readiness.get().await(gate, execution).onFailure(this::record);
    }

    private Future<Void> fire(PlanNode node) {
        if (stopped.get()) {
            return Future.failedFuture(firstFailure.get() == null ? new Interrupted() : firstFailure.get());
        }
        Action action = node.action();
        Progress progress = execution.progress();
        Timeline timeline = execution.timeline();
        long begin = Timeline.now();
        progress.update(action.resource(), action.working(), Progress.State.WORKING);
        return action.execute(execution)
                .map(done -> Optional.<Kept>empty())
                .recover(failure -> failure instanceof Kept kept
                        ? Future.succeededFuture(Optional.of(kept)) : Future.failedFuture(failure))
                .onComplete(outcome -> timeline.span(action.resource(), action.done().toLowerCase(Locale.ROOT), begin,
                        Timeline.now(), Timeline.Source.STEP, outcome.failed()))
                .onSuccess(kept -> kept.ifPresentOrElse(
                        k -> progress.update(action.resource(), k.status(), Progress.State.WARNING),
                        () -> progress.update(action.resource(), action.done(), Progress.State.DONE)))
                .onFailure(failure -> {
                    progress.update(action.resource(), "Error", Progress.State.ERROR);
                    record(failure);
                })
                .mapEmpty();
    }

    private void record(Throwable failure) {
        firstFailure.compareAndSet(null, failure);
        if (!stopped.getAndSet(true)) {
            // nothing new will start: waits still pending would only hold the run open
            readiness.ifPresent(Readiness::close);
        }
    }
}
