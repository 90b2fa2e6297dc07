package io.jcompose.engine.transport;

import io.jcompose.engine.EngineException;
import io.netty.channel.Channel;
import io.netty.channel.socket.DuplexChannel;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.internal.net.NetSocketInternal;
import io.vertx.core.net.NetSocket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A hijacked attach/exec connection: after the engine's response head ({@code 101 UPGRADED}), the
 * socket carries the container's output one way (stdcopy frames unless TTY) and its stdin the other.
 * {@link #closeStdin()} half-closes the socket, which the engine passes on as end of input.
 */
public final class HijackedStream {

    private static final byte[] END_OF_HEAD = "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

    private final NetSocket socket;
    private final String description;
    private final Handler<Buffer> output;
    private final Promise<HijackedStream> opened = Promise.promise();
    private final Promise<Void> ended = Promise.promise();
    private Buffer head = Buffer.buffer();
    private int status;
    private long errorBodyLength = -1;

    HijackedStream(NetSocket socket, String description, boolean tty, Handler<OutputFrame> frames) {
        this.socket = socket;
        this.description = description;
        this.output = tty ? data -> frames.handle(new OutputFrame(OutputFrame.Stream.STDOUT, data))
                : new StdcopyDemuxer(frames);
        socket.handler(this::receive);
        socket.exceptionHandler(this::fail);
        socket.closeHandler(closed -> finish());
    }

    Future<HijackedStream> opened() {
        return opened.future();
    }

    /** Completes when the engine closes the stream (the process ended or the container stopped). */
    public Future<Void> ended() {
        return ended.future();
    }

    public Future<Void> write(Buffer data) {
        return socket.write(data);
    }

    public Future<Void> write(String text) {
        return socket.write(Buffer.buffer(text, StandardCharsets.UTF_8.name()));
    }

    /** Ends the container's stdin while still reading its output. */
    public Future<Void> closeStdin() {
        Channel channel = ((NetSocketInternal) socket).channelHandlerContext().channel();
        if (!(channel instanceof DuplexChannel duplex)) {
            return Future.failedFuture(new EngineException(description,
                    "this connection cannot close stdin alone", null));
        }
        Promise<Void> closed = Promise.promise();
        duplex.shutdownOutput().addListener(done -> {
            if (done.isSuccess()) {
                closed.complete();
            } else {
                closed.fail(done.cause());
            }
        });
        return closed.future();
    }

    public Future<Void> close() {
        return socket.close();
    }

    /** Stops reading the container's output (the engine then stops sending): a slow reader's back-pressure. */
    public void pause() {
        socket.pause();
    }

    public void resume() {
        socket.resume();
    }

    private void receive(Buffer data) {
        if (status == 0) {
            head.appendBuffer(data);
            int end = indexOf(head, END_OF_HEAD);
            if (end < 0) {
                return;
            }
            Buffer rest = head.getBuffer(end + END_OF_HEAD.length, head.length());
            if (!readHead(head.getString(0, end, StandardCharsets.ISO_8859_1.name()))) {
                return;
            }
            head = rest;
            if (status >= 400) {
                checkErrorBody();
                return;
            }
            opened.tryComplete(this);
            if (rest.length() > 0) {
                deliver(rest);
            }
        } else if (status >= 400) {
            head.appendBuffer(data);
            checkErrorBody();
        } else {
            deliver(data);
        }
    }

    private boolean readHead(String text) {
        String[] lines = text.split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        try {
            status = Integer.parseInt(statusLine[1]);
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            fail(new EngineException(description, "unexpected engine answer: " + lines[0], null));
            return false;
        }
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0 && lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("content-length")) {
                errorBodyLength = Long.parseLong(lines[i].substring(colon + 1).trim());
            }
        }
        return true;
    }

    private void checkErrorBody() {
        if (errorBodyLength >= 0 && head.length() >= errorBodyLength) {
            failWithEngineMessage();
        }
    }

    private void failWithEngineMessage() {
        fail(new EngineException(description, status,
                EngineTransport.errorMessage(status, head.getBytes())));
        socket.close();
    }

    private void deliver(Buffer data) {
        try {
            output.handle(data);
        } catch (RuntimeException e) {
            fail(new EngineException(description, e.getMessage(), e));
            socket.close();
        }
    }

    private void finish() {
        if (status >= 400) {
            failWithEngineMessage();
        } else if (status == 0) {
            fail(new EngineException(description, "the engine closed the connection without answering", null));
        }
        ended.tryComplete();
    }

    private void fail(Throwable failure) {
        opened.tryFail(failure);
        ended.tryFail(failure);
    }

    private static int indexOf(Buffer buffer, byte[] pattern) {
        outer:
        for (int i = 0; i <= buffer.length() - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (buffer.getByte(i + j) != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
