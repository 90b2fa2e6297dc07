package io.jcompose.cli;

import io.jcompose.cli.terminal.Signals;
import io.jcompose.engine.EngineClient;
import io.jcompose.engine.reconcile.ObservedState;
import io.jcompose.engine.reconcile.Plan;
import io.jcompose.engine.reconcile.PlanExecutor;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code up} without {@code -d} (reference 3.10, 3.16): runs the plan with the selected services' containers
 * attached before they start, then prints their output behind compose's prefixes until every attached container
 * has exited. An exit that the {@link ExitCascade} calls fatal ({@code --abort-on-container-exit} and friends)
 * stops the project; the first Ctrl-C (or SIGTERM) stops it gracefully and ends with 130, the second kills it.
 * Container output is held while the plan's progress display draws, and printed after it.
 */
final class AttachedUp {

    static final String GRACEFUL = "Gracefully Stopping... press Ctrl+C again to force";
    static final String ABORTING = "Aborting on container exit...";

    private final ProjectSession session;
    private final GlobalOptions global;
    private final PrintWriter err;
    private final Set<String> stopped;
    private final Set<String> attachedServices;
    private final ExitCascade cascade;
    private final Optional<Duration> timeout;
    private final LogPrinter printer;
    /**
     * Completes once the plan has run (or failed to begin): a stop waits for it, even when an exit calls for
     * one before the plan's executor is known here.
     */
    private final Promise<Void> planned = Promise.promise();

    // guarded by this
    private Optional<PlanExecutor> executor = Optional.empty();
    private Optional<Future<Void>> stopping = Optional.empty();
    private boolean killed;
    private boolean cancelled;

    /**
     * @param scope            the services {@code up} acts on: stopped on abort or Ctrl-C (with those attached)
     * @param attachedServices the services whose containers are attached
     */
    AttachedUp(ProjectSession session, GlobalOptions global, PrintWriter err, Set<String> scope,
               Set<String> attachedServices, ExitCascade cascade, Optional<Duration> timeout, LogPrinter printer) {
        this.session = session;
        this.global = global;
        this.err = err;
        Set<String> both = new HashSet<>(scope);
        both.addAll(attachedServices);
        this.stopped = Set.copyOf(both);
        this.attachedServices = Set.copyOf(attachedServices);
        this.cascade = cascade;
        this.timeout = timeout;
        this.printer = printer;
    }

    /** Runs the plan attached and returns the command's exit code. */
    int run(Plan plan, ObservedState observed) {
        EngineClient engine = session.engine();
        printer.hold();
        try (AttachedContainers attached = new AttachedContainers(engine, printer, session.name(), attachedServices,
                cascade, this::abort)) {
            // the events first: a container that starts, or dies, while the plan runs must be seen
            engine.await(attached.open());
            List<Signals.Registration> handlers = Stream.of("INT", "TERM")
                    .flatMap(signal -> Signals.handle(signal, this::interrupt).stream()).toList();
            try {
                ProjectSession.PlanRun run;
                try {
                    run = session.begin(plan, observed, attached::beforeStart);
                } catch (RuntimeException failure) {
                    planned.tryComplete();
                    throw failure;
                }
                run.done().onComplete(ended -> planned.tryComplete());
                synchronized (this) {
                    executor = Optional.of(run.executor());
                    stopping.ifPresent(stop -> run.executor().interrupt());
                }
                try {
                    engine.await(run.done());
                } catch (RuntimeException failure) {
                    if (!stopRequested()) {
                        throw failure;
                    }
                } finally {
                    synchronized (this) {
                        executor = Optional.empty();
                    }
                    session.progress().close();
                }
                if (!stopRequested()) {
                    engine.await(attached.attachRunning(session.observe().containers()));
                    List<String> names = attached.names();
                    if (!names.isEmpty()) {
                        printer.headline("Attaching to " + String.join(", ", names));
                    }
                }
                printer.release();
                attached.settle();
                engine.await(attached.done());
                engine.await(stopFuture());
            } finally {
                handlers.forEach(Signals.Registration::close);
            }
        }
        synchronized (this) {
            return cancelled ? ExitCodes.INTERRUPTED : cascade.exitCode();
        }
    }

    /** An attached container's exit calls for the project to stop (runs on the engine's event loop). */
    private void abort() {
        printer.info(ABORTING);
        printer.silence();
        requestStop();
    }

    /** Ctrl-C or SIGTERM: the first stops gracefully, the next (or one during an abort's stop) kills. */
    private void interrupt() {
        boolean graceful;
        synchronized (this) {
            graceful = stopping.isEmpty();
            if (graceful) {
                cancelled = true;
            } else if (killed) {
                return;
            } else {
                killed = true;
            }
        }
        if (graceful) {
            cascade.stopping();
            printer.info(GRACEFUL);
            printer.silence();
            printer.release();
            requestStop();
        } else {
            session.kill(stopped);
        }
    }

    private synchronized boolean stopRequested() {
        return stopping.isPresent();
    }

    private synchronized Future<Void> stopFuture() {
        return stopping.orElse(Future.succeededFuture());
    }

    /**
     * Stops scheduling the plan and, once the engine calls under way have returned (a start still in flight
     * would otherwise outlive the stop), stops the project.
     */
    private synchronized void requestStop() {
        if (stopping.isPresent()) {
            return;
        }
        executor.ifPresent(PlanExecutor::interrupt);
        stopping = Optional.of(planned.future().transform(ignored -> {
            ProgressDisplay display = ProgressDisplay.of(global, err);
            return session.stop(stopped, timeout, display).andThen(result -> display.close());
        }));
    }
}
