package io.jcompose.engine.transport;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A streamed engine response (events, logs, progress). {@link #opened()} completes once the engine
 * accepted the request (its headers arrived), {@link #ended()} when the body ends; {@link #cancel()}
 * drops the connection, after which {@link #ended()} completes normally.
 */
public final class ResponseStream {

    private final Promise<MultiMap> opened = Promise.promise();
    private final Promise<Void> ended = Promise.promise();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private volatile HttpClientRequest request;
    private volatile HttpClientResponse response;
    private boolean pauseRequested;

    ResponseStream() {
    }

    /** Completes with the response headers once the engine accepted the request. */
    public Future<MultiMap> opened() {
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
            HttpClientRequest current = request;
            if (current != null) {
                current.reset();
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
        HttpClientResponse current = response;
        if (current != null) {
            current.pause();
        }
    }

    public synchronized void resume() {
        pauseRequested = false;
        HttpClientResponse current = response;
        if (current != null) {
            current.resume();
        }
    }

    synchronized void receiving(HttpClientResponse current) {
        response = current;
        if (pauseRequested) {
            current.pause();
        }
    }

    void attach(HttpClientRequest current) {
        request = current;
        if (cancelled.get()) {
            current.reset();
        }
    }

    void open(MultiMap headers) {
        opened.tryComplete(headers);
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
