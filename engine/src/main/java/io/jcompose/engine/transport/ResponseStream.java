package io.jcompose.engine.transport;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.http.HttpClientRequest;
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
