package io.jcompose.engine.transport;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;

/**
 * Caps the engine calls in flight (docker compose's {@code --parallel} / {@code COMPOSE_PARALLEL_LIMIT}).
 * Callers queue without blocking any thread; a finished call hands its slot to the next in line.
 */
final class CallLimit {

    private final int limit;
    private final Deque<Promise<Void>> waiting = new ArrayDeque<>();
    private int inFlight;

    /** {@code limit} below 1 means unlimited. */
    CallLimit(int limit) {
        this.limit = limit;
    }

    <T> Future<T> run(Supplier<Future<T>> call) {
        if (limit < 1) {
            return call.get();
        }
        return acquire().compose(ignored -> {
            Future<T> result;
            try {
                result = call.get();
            } catch (RuntimeException e) {
                release();
                return Future.failedFuture(e);
            }
            return result.andThen(done -> release());
        });
    }

    synchronized int inFlight() {
        return inFlight;
    }

    private Future<Void> acquire() {
        Promise<Void> slot = Promise.promise();
        synchronized (this) {
            if (inFlight < limit) {
                inFlight++;
            } else {
                waiting.add(slot);
                return slot.future();
            }
        }
        slot.complete();
        return slot.future();
    }

    private void release() {
        Promise<Void> next;
        synchronized (this) {
            next = waiting.poll();
            if (next == null) {
                inFlight--;
                return;
            }
        }
        next.complete();
    }
}
