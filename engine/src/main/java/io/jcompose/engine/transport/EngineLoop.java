package io.jcompose.engine.transport;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.ThreadingModel;
import io.vertx.core.Vertx;
import io.vertx.core.internal.VertxInternal;
import io.vertx.core.transport.Transport;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one thread on which every engine answer is handled: completions of calls, stream chunks, timers.
 * Code reacting to the engine (the plan executor, readiness, log followers) therefore never races with
 * itself. Blocking socket work runs on an I/O pool and hands its result here.
 *
 * <p>Vert.x is started only when something needs it (a request body streamed from disk, a hijacked
 * attach or exec connection): starting it costs a short command more than its whole engine work. Once
 * started, its handlers run on a worker context bound to this same thread, so nothing changes for the
 * code reacting to them.
 */
public final class EngineLoop implements AutoCloseable {

    /** Sockets doing short calls at once; further calls queue. */
    static final int IO_THREADS = 32;

    private final ScheduledThreadPoolExecutor thread;
    private final ThreadPoolExecutor io;
    private final Optional<Vertx> shared;
    private volatile Thread loopThread;
    private Vertx vertx;
    private Context context;

    /** {@code shared}: a Vert.x instance to use instead of starting one (left open on close). */
    public EngineLoop(Optional<Vertx> shared) {
        this.shared = shared;
        this.thread = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread created = new LoopThread(runnable);
            loopThread = created;
            return created;
        });
        thread.setRemoveOnCancelPolicy(true);
        thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        AtomicInteger ioCount = new AtomicInteger();
        this.io = new ThreadPoolExecutor(IO_THREADS, IO_THREADS, 5, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                runnable -> {
                    Thread created = new Thread(runnable, "jcompose-engine-io-" + ioCount.incrementAndGet());
                    created.setDaemon(true);
                    return created;
                });
        io.allowCoreThreadTimeOut(true);
    }

    /** Runs {@code task} on the loop thread, after what is already queued; dropped once the loop is closed. */
    public void execute(Runnable task) {
        try {
            thread.execute(task);
        } catch (RejectedExecutionException e) {
            // closed: nobody is left to hear the answer
        }
    }

    /** True on the loop thread, where blocking for an engine answer would wait forever. */
    public boolean inLoop() {
        return Thread.currentThread() == loopThread;
    }

    /** True on the thread of any engine loop. */
    public static boolean isLoopThread() {
        return Thread.currentThread() instanceof LoopThread;
    }

    /** Runs {@code task} on the loop thread after {@code millis}; cancel it with {@link Timer#cancel()}. */
    public Timer timer(long millis, Runnable task) {
        return new Timer(thread.schedule(task, millis, TimeUnit.MILLISECONDS));
    }

    /** Runs blocking {@code work} (a credential helper, a socket exchange) off the loop; completes on the loop. */
    public <T> Future<T> blocking(Callable<T> work) {
        Promise<T> result = Promise.promise();
        try {
            io.execute(() -> run(work, result));
        } catch (RejectedExecutionException e) {
            result.fail(new IllegalStateException("the engine client is closed", e));
        }
        return result.future();
    }

    /**
     * Like {@link #blocking} on a thread of its own, for a call that may block for the whole run (a
     * container wait): on the shared pool, enough of them would hold every thread and starve the rest.
     */
    public <T> Future<T> blockingLongRunning(String name, Callable<T> work) {
        Promise<T> result = Promise.promise();
        longRunning(name, () -> run(work, result));
        return result.future();
    }

    private <T> void run(Callable<T> work, Promise<T> result) {
        try {
            T value = work.call();
            execute(() -> result.complete(value));
        } catch (Exception | Error e) {
            execute(() -> result.fail(e));
        }
    }

    /** Starts {@code work} on its own thread (a followed stream that may live for the whole run). */
    void longRunning(String name, Runnable work) {
        Thread started = new Thread(work, name);
        started.setDaemon(true);
        started.start();
    }

    /** Vert.x, started on first use. */
    public synchronized Vertx vertx() {
        if (vertx == null) {
            // NIO does unix domain sockets on JDK 16+, so no native transport is needed.
            vertx = shared.orElseGet(() -> Vertx.builder().withTransport(Transport.NIO).build());
            VertxInternal internal = (VertxInternal) vertx;
            context = internal.contextBuilder()
                    .withThreadingModel(ThreadingModel.WORKER)
                    .withWorkerPool(internal.wrapWorkerPool(thread))
                    .build();
        }
        return vertx;
    }

    /** The Vert.x context whose handlers run on the loop thread; starts Vert.x when needed. */
    public synchronized Context context() {
        vertx();
        return context;
    }

    /** Stops Vert.x when this loop started it, then the threads; pending work is dropped. */
    public Future<Void> closeAsync() {
        Vertx started;
        synchronized (this) {
            started = shared.isPresent() ? null : vertx;
        }
        Future<Void> closed = started == null ? Future.succeededFuture() : started.close();
        return closed.eventually(() -> {
            thread.shutdown();
            io.shutdown();
            return Future.succeededFuture();
        });
    }

    @Override
    public void close() {
        closeAsync().toCompletionStage().toCompletableFuture().join();
    }

    private static final class LoopThread extends Thread {

        LoopThread(Runnable work) {
            super(work, "jcompose-engine");
            setDaemon(true);
        }
    }

    /** A scheduled task on the loop. */
    public static final class Timer {

        private final ScheduledFuture<?> scheduled;

        Timer(ScheduledFuture<?> scheduled) {
            this.scheduled = scheduled;
        }

        public void cancel() {
            scheduled.cancel(false);
        }
    }
}
