package io.jcompose.engine.build;

import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.concurrent.Semaphore;

/**
 * A {@link BuildContext} as a Vert.x stream: a producer thread writes the tar in chunks while the
 * consumer (the HTTP request body) reads them. At most {@link #CHUNKS_IN_FLIGHT} chunks exist at
 * once: the producer blocks until the consumer has taken one, so memory stays bounded whatever the
 * size of the context. The walk starts when a handler is set; {@link #close} stops it early.
 */
public final class ContextStream implements ReadStream<Buffer>, AutoCloseable {

    static final int CHUNK_SIZE = 64 * 1024;
    static final int CHUNKS_IN_FLIGHT = 8;

    private final Vertx vertx;
    private final BuildContext context;
    private final Semaphore free = new Semaphore(CHUNKS_IN_FLIGHT);
    private final ArrayDeque<Buffer> pending = new ArrayDeque<>();
    private Thread producer;
    private Context delivery;
    private Handler<Buffer> handler;
    private Handler<Void> endHandler;
    private Handler<Throwable> exceptionHandler;
    private long demand = Long.MAX_VALUE;
    private boolean produced;
    private boolean signalled;
    private boolean cancelled;
    private Throwable failure;

    public ContextStream(Vertx vertx, BuildContext context) {
        this.vertx = vertx;
        this.context = context;
    }

    /** Why the walk failed (an unreadable file, say), once it has; never set by {@link #close}. */
    public synchronized Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    /** Chunks written but not yet taken by the consumer: never more than {@link #CHUNKS_IN_FLIGHT}. */
    synchronized int buffered() {
        return pending.size();
    }

    @Override
    public synchronized ContextStream exceptionHandler(Handler<Throwable> newHandler) {
        exceptionHandler = newHandler;
        return this;
    }

    @Override
    public ContextStream handler(Handler<Buffer> newHandler) {
        synchronized (this) {
            handler = newHandler;
            if (newHandler == null || producer != null) {
                return this;
            }
            Context current = Vertx.currentContext();
            delivery = current != null ? current : vertx.getOrCreateContext();
            producer = new Thread(this::produce, "build-context " + context.directory().getFileName());
            producer.setDaemon(true);
        }
        producer.start();
        return this;
    }

    @Override
    public ContextStream pause() {
        synchronized (this) {
            demand = 0;
        }
        return this;
    }

    @Override
    public ContextStream resume() {
        return fetch(Long.MAX_VALUE);
    }

    @Override
    public ContextStream fetch(long amount) {
        synchronized (this) {
            demand = Long.MAX_VALUE - demand < amount ? Long.MAX_VALUE : demand + amount;
        }
        schedule();
        return this;
    }

    @Override
    public synchronized ContextStream endHandler(Handler<Void> newHandler) {
        endHandler = newHandler;
        return this;
    }

    /** Stops the producer if it is still walking (the build failed or was abandoned). */
    @Override
    public void close() {
        Thread running;
        synchronized (this) {
            cancelled = true;
            running = producer;
        }
        if (running != null) {
            running.interrupt();
        }
    }

    private void produce() {
        Throwable failed = null;
        try (Chunks out = new Chunks()) {
            context.writeTo(out);
        } catch (IOException | RuntimeException e) {
            failed = e;
        }
        synchronized (this) {
            produced = true;
            // a walk stopped by close() is not a failure of the context: the consumer left first
            failure = cancelled ? null : failed;
        }
        schedule();
    }

    private void schedule() {
        Context target;
        synchronized (this) {
            target = delivery;
        }
        if (target != null) {
            target.runOnContext(nothing -> drain());
        }
    }

    private void drain() {
        while (true) {
            Buffer next;
            Handler<Buffer> target;
            synchronized (this) {
                if (handler == null || demand == 0 || pending.isEmpty()) {
                    break;
                }
                next = pending.poll();
                if (demand != Long.MAX_VALUE) {
                    demand--;
                }
                target = handler;
            }
            free.release();
            target.handle(next);
        }
        Handler<Void> ended = null;
        Handler<Throwable> broken = null;
        Throwable error;
        synchronized (this) {
            if (!pending.isEmpty() || !produced || signalled) {
                return;
            }
            signalled = true;
            error = failure;
            if (error == null) {
                ended = endHandler;
            } else {
                broken = exceptionHandler;
            }
        }
        if (ended != null) {
            ended.handle(null);
        }
        if (broken != null) {
            broken.handle(error);
        }
    }

    /** Cuts the tar into chunks and hands each to the consumer, waiting while too many are unread. */
    private final class Chunks extends OutputStream {

        private byte[] chunk = new byte[CHUNK_SIZE];
        private int used;

        @Override
        public void write(int b) throws IOException {
            chunk[used++] = (byte) b;
            if (used == chunk.length) {
                emit();
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            int done = 0;
            while (done < length) {
                int n = Math.min(length - done, chunk.length - used);
                System.arraycopy(bytes, offset + done, chunk, used, n);
                used += n;
                done += n;
                if (used == chunk.length) {
                    emit();
                }
            }
        }

        @Override
        public void close() throws IOException {
            if (used > 0) {
                emit();
            }
        }

        private void emit() throws IOException {
            try {
                free.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("sending the build context was cancelled");
            }
            Buffer buffer = Buffer.buffer(used == chunk.length ? chunk : java.util.Arrays.copyOf(chunk, used));
            chunk = new byte[CHUNK_SIZE];
            used = 0;
            synchronized (ContextStream.this) {
                pending.add(buffer);
            }
            schedule();
        }
    }
}
