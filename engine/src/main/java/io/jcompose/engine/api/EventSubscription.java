package io.jcompose.engine.api;

import io.jcompose.engine.EngineException;
import io.jcompose.engine.transport.EngineRequest;
import io.jcompose.engine.transport.EngineTransport;
import io.jcompose.engine.transport.ResponseStream;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * A followed {@code /events} stream. When the stream drops, it reconnects with {@code since} set to
 * the last event's time, skipping what it already delivered, after a short growing delay; after
 * {@value #MAX_RECONNECTS} failed reconnects in a row, or when the engine refuses the request,
 * {@link #closed()} fails.
 */
public final class EventSubscription {

    static final int MAX_RECONNECTS = 5;
    private static final long FIRST_DELAY_MILLIS = 100;

    private final EngineTransport transport;
    private final EngineRequest request;
    private final Handler<EngineEvent> handler;
    private final Promise<Void> opened = Promise.promise();
    private final Promise<Void> closed = Promise.promise();
    private final Set<String> deliveredAtLastTime = new HashSet<>();
    private String since = "";
    private long lastTimeNano;
    private int failedReconnects;
    private int reconnects;
    private boolean closing;
    private ResponseStream current;

    EventSubscription(EngineTransport transport, EngineRequest request, Handler<EngineEvent> handler) {
        this.transport = transport;
        this.request = request;
        this.handler = handler;
    }

    /** Completes once the engine accepted the subscription: events from now on will be seen. */
    public Future<Void> opened() {
        return opened.future();
    }

    /** Completes when {@link #close()} was called; fails when the stream could not be kept up. */
    public Future<Void> closed() {
        return closed.future();
    }

    /** How many times the stream was re-established after dropping. */
    public synchronized int reconnects() {
        return reconnects;
    }

    public void close() {
        ResponseStream stream;
        synchronized (this) {
            closing = true;
            stream = current;
        }
        if (stream != null) {
            stream.cancel();
        }
        closed.tryComplete();
    }

    synchronized void open(String from) {
        if (closing) {
            return;
        }
        since = from;
        ResponseStream stream = transport.lines(request.query("since", from), this::receive);
        current = stream;
        stream.opened().onSuccess(headers -> {
            synchronized (this) {
                failedReconnects = 0;
            }
            opened.tryComplete();
        });
        stream.ended().onComplete(end -> dropped(stream, end.failed() ? end.cause() : null));
    }

    private void dropped(ResponseStream stream, Throwable cause) {
        long delay;
        synchronized (this) {
            if (closing || stream.isCancelled()) {
                return;
            }
            if (cause instanceof EngineException refused && refused.status().isPresent()) {
                // The engine answered and refused (a bad filter, say): retrying cannot help.
                opened.tryFail(refused);
                closed.tryFail(refused);
                return;
            }
            if (failedReconnects >= MAX_RECONNECTS) {
                String reason = "the stream dropped and " + MAX_RECONNECTS + " reconnects failed"
                        + (cause == null ? "" : ": " + cause.getMessage());
                EngineException failure = new EngineException(request.description(), reason, cause);
                opened.tryFail(failure);
                closed.tryFail(failure);
                return;
            }
            delay = FIRST_DELAY_MILLIS << failedReconnects;
            failedReconnects++;
            reconnects++;
        }
        transport.loop().timer(delay, () -> open(resumeFrom()));
    }

    private synchronized String resumeFrom() {
        return lastTimeNano == 0 ? since : Events.since(lastTimeNano);
    }

    private void receive(String line) {
        EngineEvent event;
        try {
            event = EngineEvent.parse(line);
        } catch (IOException e) {
            throw new IllegalArgumentException("the engine sent an event that is not JSON: " + line, e);
        }
        synchronized (this) {
            // A resumed stream replays from the last event's time: skip what was delivered already.
            if (event.timeNano() < lastTimeNano
                    || event.timeNano() == lastTimeNano && !deliveredAtLastTime.add(line)) {
                return;
            }
            if (event.timeNano() > lastTimeNano) {
                lastTimeNano = event.timeNano();
                deliveredAtLastTime.clear();
                deliveredAtLastTime.add(line);
            }
        }
        handler.handle(event);
    }
}
