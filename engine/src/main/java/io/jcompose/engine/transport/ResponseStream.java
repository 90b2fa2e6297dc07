package io.jcompose.engine.transport;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A streamed engine response (events, logs, progress). {@link #opened()} completes once the engine
 * accepted the request (its head arrived), {@link #ended()} when the body ends; {@link #cancel()}
 * drops the connection, after which {@link #ended()} completes normally.
 */
public final class ResponseStream {

    /** What the connection carrying the stream lets us do with it. */
    interface Control {
        void cancel();

        void pause();

        void resume();
    }

    private final Promise<ResponseHead> opened = Promise.promise();
    private final Promise<Void> ended = Promise.promise();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private Control control;
    private boolean pauseRequested;

    ResponseStream() {
    }

    /** Completes with the response head once the engine accepted the request. */
    public Future<ResponseHead> opened() {
        return opened.future();
    }

    public Future<Void> ended() {
        return ended.future();
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    public void cancel() {
        if (cancelled.compareAndSet(false, true)) {
            Control current;
            synchronized (this) {
                current = control;
            }
            if (current != null) {
                current.cancel();
            }
            ended.tryComplete();
            opened.tryFail("cancelled");
        }
    }

    /**
     * Stops reading the body until {@link #resume()}: a slow consumer (a terminal) applies back-pressure
     * to the engine through the socket instead of buffering without bound. Safe from any thread.
     */
    public synchronized void pause() {
        pauseRequested = true;
        if (control != null) {
            control.pause();
        }
    }

    public synchronized void resume() {
        pauseRequested = false;
        if (control != null) {
            control.resume();
        }
    }

    /** The connection now carrying the stream; a cancel or pause asked for earlier applies to it at once. */
    void control(Control current) {
        synchronized (this) {
            control = current;
            if (pauseRequested) {
                current.pause();
            }
        }
        if (cancelled.get()) {
            current.cancel();
        }
    }

    void open(ResponseHead head) {
        opened.tryComplete(head);
    }

    void end() {
        ended.tryComplete();
    }

    void fail(Throwable failure) {
        if (cancelled.get()) {
            ended.tryComplete();
            return;
        }
        opened.tryFail(failure);
        ended.tryFail(failure);
    }
}
