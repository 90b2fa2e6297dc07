package io.jcompose.engine.transport;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jcompose.engine.EngineException;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetClientOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * HTTP to one engine, for the typed endpoints: versioned paths, JSON bodies, errors that say what was
 * being done, and the limit on calls in flight. Calls and streams without a streamed request body go
 * over the JDK's own sockets ({@link EngineSocket}): a connection pool for short calls, a thread per
 * long-lived stream (events, logs --follow, wait) so those never starve short calls. Request bodies
 * streamed from disk (a build context) and hijacked attach/exec connections go over Vert.x, started
 * for them only. Every answer is handled on the {@link EngineLoop}'s thread.
 */
public final class EngineTransport {

    /** Connections of Vert.x for streamed request bodies; a build uses one per service built at once. */
    static final int STREAM_POOL_SIZE = 64;
    /** Chunks of one stream handed to the loop and not yet handled; the reader waits beyond that. */
    static final int CHUNKS_IN_FLIGHT = 16;
    private static final int CHUNK_SIZE = 64 * 1024;
    private static final byte[] NO_BODY = new byte[0];

    private final EngineLoop loop;
    private final EngineEndpoint endpoint;
    private final String userAgent;
    private final Duration connectTimeout;
    private final SocketPool sockets;
    private final CallLimit limit;
    /** Created on first use only: the typed answers of the common commands are read without it. */
    private volatile ObjectMapper json;
    private volatile String versionPrefix = "";
    private HttpClientAgent vertxStreams;
    private NetClient hijacks;

    /** {@code parallelLimit} below 1 means unlimited. */
    public EngineTransport(EngineLoop loop, EngineEndpoint endpoint, int parallelLimit, Duration connectTimeout,
            String userAgent) {
        this.loop = loop;
        this.endpoint = endpoint;
        this.userAgent = userAgent;
        this.connectTimeout = connectTimeout;
        this.sockets = new SocketPool(endpoint, connectTimeout);
        this.limit = new CallLimit(parallelLimit);
    }

    public EngineEndpoint endpoint() {
        return endpoint;
    }

    public EngineLoop loop() {
        return loop;
    }

    /** Databind, for the answers read as trees or untyped classes; created at the first call. */
    public ObjectMapper json() {
        ObjectMapper mapper = json;
        if (mapper == null) {
            synchronized (this) {
                mapper = json;
                if (mapper == null) {
                    mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
                    json = mapper;
                }
            }
        }
        return mapper;
    }

    /** Every later call goes to {@code /v<version>/...}. */
    public void useApiVersion(ApiVersion version) {
        versionPrefix = "/v" + version;
    }

    /** {@code GET /_ping}, unversioned: the engine's maximum API version and OS type. */
    public Future<Ping> ping(Duration timeout) {
        byte[] head = EngineSocket.requestHead("GET", "/_ping", endpoint.hostHeader(), userAgent, Map.of(), 0);
        return loop.blocking(() -> roundTrip(head, NO_BODY, false, Optional.of(timeout)))
                .compose(answer -> {
                    if (answer.head().status() >= 400) {
                        return Future.failedFuture("HTTP " + answer.head().status() + " "
                                + new String(answer.body(), StandardCharsets.UTF_8));
                    }
                    String api = answer.head().value("Api-Version");
                    if (api.isEmpty()) {
                        return Future.failedFuture("answered /_ping without an API-Version header: not a Docker engine?");
                    }
                    return Future.succeededFuture(new Ping(ApiVersion.parse(api), answer.head().value("Ostype")));
                });
    }

    /** Sends a request and returns the whole response body; a status of 400 and up fails the future. */
    public Future<Buffer> call(EngineRequest request) {
        return bytes(request).map(Buffer::buffer);
    }

    /** Sends a request whose answer carries nothing the caller needs (start, stop, remove...). */
    public Future<Void> send(EngineRequest request) {
        return bytes(request).mapEmpty();
    }

    /** Sends a request and reads its answer with {@code decoder}, on the loop thread. */
    public <T> Future<T> call(EngineRequest request, AnswerDecoder<T> decoder) {
        return bytes(request).compose(body -> decode(request, body, decoder));
    }

    public <T> Future<T> call(EngineRequest request, Class<T> type) {
        return bytes(request).compose(body -> decode(request, body, type));
    }

    /**
     * Streams a response body to {@code chunks} as it arrives, on the loop thread. A handler that throws
     * ends the stream with that failure.
     */
    public ResponseStream stream(EngineRequest request, Handler<Buffer> chunks) {
        return stream(request, bytes -> chunks.handle(Buffer.buffer(bytes)), () -> { });
    }

    /**
     * Streams a newline-delimited JSON answer (events, progress) to {@code lines}, one line at a time on
     * the loop thread; a last line without its newline comes when the answer ends.
     */
    public ResponseStream lines(EngineRequest request, Handler<String> lines) {
        NdjsonLines ndjson = new NdjsonLines(lines);
        return stream(request, ndjson::accept, ndjson::finish);
    }

    private ResponseStream stream(EngineRequest request, Consumer<byte[]> chunks, Runnable atEnd) {
        ResponseStream stream = new ResponseStream();
        if (request.bodyStream().isPresent()) {
            streamOverVertx(request, chunks, atEnd, stream);
            return stream;
        }
        Supplier<Future<Void>> exchange = () -> {
            loop.longRunning("jcompose-stream " + request.description(),
                    () -> readStream(request, chunks, atEnd, stream));
            return stream.ended();
        };
        limited(request, exchange).onFailure(failure -> stream.fail(wrap(request, failure)));
        return stream;
    }

    /**
     * Opens a hijacked, bidirectional stream (attach, exec start): a raw connection on which we write
     * the HTTP/1.1 request ourselves and, past the response head, read the container's output and
     * write its stdin.
     */
    public Future<HijackedStream> hijack(EngineRequest request, boolean tty, Handler<OutputFrame> output) {
        Buffer body = Buffer.buffer(request.body().orElse(NO_BODY));
        StringBuilder head = new StringBuilder()
                .append(request.method().name()).append(' ').append(versionPrefix).append(request.uri())
                .append(" HTTP/1.1\r\n")
                .append("Host: ").append(endpoint.hostHeader()).append("\r\n")
                .append("User-Agent: ").append(userAgent).append("\r\n")
                .append("Connection: Upgrade\r\nUpgrade: tcp\r\n");
        request.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("Content-Length: ").append(body.length()).append("\r\n\r\n");
        return onContext(() -> hijacks().connect(endpoint.address())
                .compose(socket -> {
                    HijackedStream stream = new HijackedStream(socket, request.description(), tty, output);
                    return socket.write(Buffer.buffer(head.toString(), StandardCharsets.ISO_8859_1.name())
                                    .appendBuffer(body))
                            .compose(written -> stream.opened());
                }))
                .recover(failure -> Future.failedFuture(wrap(request, failure)));
    }

    /** {@code value} as JSON text, for query parameters that carry JSON (filters, build labels and args). */
    public String jsonText(Object value) {
        return new String(EngineJson.write(value), StandardCharsets.UTF_8);
    }

    public EngineRequest withJson(EngineRequest request, Object body) {
        return request.body("application/json", EngineJson.write(body));
    }

    /** Closes every connection, which also ends the streams still open. */
    public Future<Void> close() {
        sockets.close();
        HttpClientAgent streams;
        NetClient netClient;
        synchronized (this) {
            streams = vertxStreams;
            netClient = hijacks;
        }
        return Future.join(streams == null ? Future.succeededFuture() : streams.close(),
                netClient == null ? Future.succeededFuture() : netClient.close()).mapEmpty();
    }

    private Future<byte[]> bytes(EngineRequest request) {
        if (request.bodyStream().isPresent()) {
            return callOverVertx(request);
        }
        byte[] body = request.body().orElse(NO_BODY);
        byte[] head = EngineSocket.requestHead(request.method().name(), versionPrefix + request.uri(),
                endpoint.hostHeader(), userAgent, request.headers(), body.length);
        boolean noBody = request.method() == EngineRequest.Method.HEAD;
        Callable<Answer> exchange = () -> roundTrip(head, body, noBody, Optional.empty());
        return limited(request, () -> request.kind() == EngineRequest.Kind.STREAM
                        ? loop.blockingLongRunning("jcompose-call " + request.description(), exchange)
                        : loop.blocking(exchange))
                .recover(failure -> Future.failedFuture(wrap(request, failure)))
                .compose(answer -> answer.head().status() >= 400
                        ? Future.failedFuture(failure(request, answer.head().status(), answer.body()))
                        : Future.succeededFuture(answer.body()));
    }

    /**
     * One request and its whole answer on a pooled connection. A kept-alive connection the engine closed
     * meanwhile fails before any byte of an answer (a broken pipe, an end of file): the engine never saw
     * the request, so it is sent once more on a new connection.
     */
    private Answer roundTrip(byte[] head, byte[] body, boolean noBody, Optional<Duration> timeout) throws IOException {
        EngineSocket reused = sockets.idle();
        if (reused != null) {
            try {
                return exchange(reused, head, body, noBody, timeout);
            } catch (IOException e) {
                sockets.discard(reused);
                if (reused.answering()) {
                    throw e;
                }
            }
        }
        EngineSocket fresh = sockets.connect();
        try {
            return exchange(fresh, head, body, noBody, timeout);
        } catch (IOException e) {
            sockets.discard(fresh);
            throw e;
        }
    }

    private Answer exchange(EngineSocket socket, byte[] head, byte[] body, boolean noBody, Optional<Duration> timeout)
            throws IOException {
        Optional<EngineLoop.Timer> deadline = timeout.map(limit -> loop.timer(limit.toMillis(), socket::close));
        try {
            socket.send(head, body);
            ResponseHead answer = socket.readHead(noBody);
            byte[] content = socket.readBody();
            sockets.release(socket);
            return new Answer(answer, content);
        } catch (IOException e) {
            if (timeout.isPresent() && socket.isClosed()) {
                throw new IOException("no answer within " + timeout.get().toMillis() + " ms", e);
            }
            throw e;
        } finally {
            deadline.ifPresent(EngineLoop.Timer::cancel);
        }
    }

    /** Runs on the stream's own thread: reads the answer and hands each piece to the loop, in order. */
    private void readStream(EngineRequest request, Consumer<byte[]> chunks, Runnable atEnd, ResponseStream stream) {
        EngineSocket socket;
        try {
            socket = sockets.connect();
        } catch (IOException e) {
            loop.execute(() -> stream.fail(wrap(request, e)));
            return;
        }
        SocketStreamControl control = new SocketStreamControl(socket);
        stream.control(control);
        try {
            byte[] body = request.body().orElse(NO_BODY);
            socket.send(EngineSocket.requestHead(request.method().name(), versionPrefix + request.uri(),
                    endpoint.hostHeader(), userAgent, request.headers(), body.length), body);
            ResponseHead head = socket.readHead(request.method() == EngineRequest.Method.HEAD);
            if (head.status() >= 400) {
                byte[] error = socket.readBody();
                sockets.release(socket);
                loop.execute(() -> stream.fail(failure(request, head.status(), error)));
                return;
            }
            loop.execute(() -> stream.open(head));
            byte[] buffer = new byte[CHUNK_SIZE];
            while (control.awaitDemand()) {
                int read = socket.read(buffer);
                if (read < 0) {
                    break;
                }
                byte[] chunk = Arrays.copyOf(buffer, read);
                loop.execute(() -> {
                    try {
                        if (!stream.isCancelled()) {
                            chunks.accept(chunk);
                        }
                    } catch (RuntimeException e) {
                        stream.fail(wrap(request, e));
                        socket.close();
                    } finally {
                        control.handled();
                    }
                });
            }
            sockets.release(socket);
            loop.execute(() -> finish(request, atEnd, stream));
        } catch (IOException | InterruptedException e) {
            sockets.discard(socket);
            loop.execute(() -> stream.fail(wrap(request, e)));
        }
    }

    private Future<byte[]> callOverVertx(EngineRequest request) {
        Supplier<Future<byte[]>> exchange = () -> vertxStreams().request(vertxOptions(request))
                .compose(http -> sendOverVertx(http, request))
                .compose(response -> response.body().compose(body -> response.statusCode() >= 400
                        ? Future.<byte[]>failedFuture(failure(request, response.statusCode(), body.getBytes()))
                        : Future.succeededFuture(body.getBytes())));
        return onContext(() -> limited(request, exchange)).recover(failure -> Future.failedFuture(wrap(request, failure)));
    }

    private void streamOverVertx(EngineRequest request, Consumer<byte[]> chunks, Runnable atEnd, ResponseStream stream) {
        VertxStreamControl control = new VertxStreamControl();
        Supplier<Future<Void>> exchange = () -> vertxStreams().request(vertxOptions(request))
                .compose(http -> {
                    control.request = http;
                    stream.control(control);
                    return sendOverVertx(http, request);
                })
                .compose(response -> {
                    if (response.statusCode() >= 400) {
                        return response.body().compose(body ->
                                Future.<Void>failedFuture(failure(request, response.statusCode(), body.getBytes())));
                    }
                    response.handler(chunk -> {
                        try {
                            chunks.accept(chunk.getBytes());
                        } catch (RuntimeException e) {
                            stream.fail(wrap(request, e));
                            response.request().reset();
                        }
                    });
                    response.exceptionHandler(failure -> stream.fail(wrap(request, failure)));
                    response.endHandler(done -> finish(request, atEnd, stream));
                    control.response = response;
                    stream.control(control);
                    ResponseHead.Builder head = ResponseHead.builder(response.statusCode());
                    response.headers().forEach(header -> head.header(header.getKey(), header.getValue()));
                    stream.open(head.build());
                    return stream.ended();
                });
        onContext(() -> limited(request, exchange)).onFailure(failure -> stream.fail(wrap(request, failure)));
    }

    /** The answer ended: what {@code atEnd} still has to deliver, then the end (or its failure). */
    private static void finish(EngineRequest request, Runnable atEnd, ResponseStream stream) {
        try {
            if (!stream.isCancelled()) {
                atEnd.run();
            }
            stream.end();
        } catch (RuntimeException e) {
            stream.fail(wrap(request, e));
        }
    }

    private synchronized HttpClientAgent vertxStreams() {
        if (vertxStreams == null) {
            HttpClientOptions options = new HttpClientOptions().setConnectTimeout((int) connectTimeout.toMillis())
                    .setKeepAlive(true);
            vertxStreams = loop.vertx().createHttpClient(options, new PoolOptions().setHttp1MaxSize(STREAM_POOL_SIZE));
        }
        return vertxStreams;
    }

    private synchronized NetClient hijacks() {
        if (hijacks == null) {
            Vertx vertx = loop.vertx();
            hijacks = vertx.createNetClient(new NetClientOptions().setConnectTimeout((int) connectTimeout.toMillis()));
        }
        return hijacks;
    }

    /**
     * Runs Vert.x work on the loop's context. Issued from other threads, a response could reach its
     * listener through a task hop, after body chunks were already delivered to no handler and lost.
     */
    private <T> Future<T> onContext(Supplier<Future<T>> work) {
        Promise<T> result = Promise.promise();
        loop.context().runOnContext(ignored -> {
            try {
                work.get().onComplete(result);
            } catch (RuntimeException e) {
                result.fail(e);
            }
        });
        return result.future();
    }

    private <T> Future<T> limited(EngineRequest request, Supplier<Future<T>> exchange) {
        return request.kind() == EngineRequest.Kind.STREAM ? exchange.get() : limit.run(exchange);
    }

    private RequestOptions vertxOptions(EngineRequest request) {
        RequestOptions options = new RequestOptions().setURI(versionPrefix + request.uri())
                .setMethod(HttpMethod.valueOf(request.method().name())).putHeader("User-Agent", userAgent);
        if (endpoint.isUnixSocket()) {
            options.setServer(endpoint.address()).setHost("docker").setPort(80);
        } else {
            options.setHost(endpoint.tcpHost()).setPort(endpoint.tcpPort());
        }
        return options;
    }

    private static Future<HttpClientResponse> sendOverVertx(HttpClientRequest http, EngineRequest request) {
        request.headers().forEach(http::putHeader);
        if (request.body().isPresent()) {
            return http.send(Buffer.buffer(request.body().get()));
        }
        http.setChunked(true);
        return http.send(request.bodyStream().orElseThrow());
    }

    private static <T> Future<T> decode(EngineRequest request, byte[] body, AnswerDecoder<T> decoder) {
        try (JsonParser parser = EngineJson.FACTORY.createParser(body)) {
            parser.nextToken();
            return Future.succeededFuture(decoder.read(parser));
        } catch (IOException | RuntimeException e) {
            // A reader's record may refuse what it was given (a null in a list): still an unexpected answer.
            return Future.failedFuture(new EngineException(request.description(),
                    "unexpected engine answer: " + e.getMessage(), e));
        }
    }

    private <T> Future<T> decode(EngineRequest request, byte[] body, Class<T> type) {
        try {
            return Future.succeededFuture(json().readValue(body, type));
        } catch (IOException e) {
            return Future.failedFuture(new EngineException(request.description(),
                    "unexpected engine answer: " + e.getMessage(), e));
        }
    }

    /** The engine's error message: the {@code message} of its JSON error body, else the body text. */
    EngineException failure(EngineRequest request, int status, byte[] body) {
        return new EngineException(request.description(), status, errorMessage(status, body));
    }

    static String errorMessage(int status, byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).strip();
        try {
            String message = messageField(text);
            if (message != null) {
                return message;
            }
        } catch (IOException e) {
            // Not JSON: older engines and proxies answer with plain text.
        }
        return text.isEmpty() ? "HTTP status " + status : text;
    }

    /** The string {@code message} of a whole JSON object (the last one, as a tree would keep), else null. */
    private static String messageField(String text) throws IOException {
        try (JsonParser parser = EngineJson.FACTORY.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            String message = null;
            for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
                JsonToken value = parser.nextToken();
                if (field.equals("message")) {
                    message = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                }
                parser.skipChildren();
            }
            return message;
        }
    }

    static EngineException wrap(EngineRequest request, Throwable failure) {
        if (failure instanceof EngineException engineException) {
            return engineException;
        }
        String reason = failure.getMessage() == null || failure.getMessage().isBlank()
                ? failure.getClass().getSimpleName() : failure.getMessage();
        return new EngineException(request.description(), reason, failure);
    }

    /** What {@code /_ping} told us. */
    public record Ping(ApiVersion apiVersion, String osType) {
    }

    /** A whole answer: its head and body. */
    private record Answer(ResponseHead head, byte[] body) {
    }

    /** For endpoints that pass a map of filters: the engine wants them as one JSON query parameter. */
    public String filters(Map<String, ? extends Iterable<String>> filters) {
        return filters.isEmpty() ? "" : jsonText(filters);
    }

    /**
     * Pause, resume and cancel of a stream read by its own thread: the reader waits while paused or
     * while {@link #CHUNKS_IN_FLIGHT} chunks are still queued on the loop, so a slow consumer holds the
     * engine back through the socket; cancel closes the socket under the reader.
     */
    private static final class SocketStreamControl implements ResponseStream.Control {

        private final EngineSocket socket;
        private final Semaphore inFlight = new Semaphore(CHUNKS_IN_FLIGHT);
        private boolean paused;

        SocketStreamControl(EngineSocket socket) {
            this.socket = socket;
        }

        /** Blocks while paused, then takes a slot for the next chunk; false once the socket is closed. */
        boolean awaitDemand() throws InterruptedException {
            synchronized (this) {
                while (paused && !socket.isClosed()) {
                    wait();
                }
            }
            inFlight.acquire();
            return !socket.isClosed();
        }

        void handled() {
            inFlight.release();
        }

        @Override
        public void cancel() {
            socket.close();
            synchronized (this) {
                notifyAll();
            }
        }

        @Override
        public synchronized void pause() {
            paused = true;
        }

        @Override
        public synchronized void resume() {
            paused = false;
            notifyAll();
        }
    }

    /** The same over Vert.x: cancel resets the request, pause and resume act on the response. */
    private static final class VertxStreamControl implements ResponseStream.Control {

        private volatile HttpClientRequest request;
        private volatile HttpClientResponse response;

        @Override
        public void cancel() {
            HttpClientRequest current = request;
            if (current != null) {
                current.reset();
            }
        }

        @Override
        public void pause() {
            HttpClientResponse current = response;
            if (current != null) {
                current.pause();
            }
        }

        @Override
        public void resume() {
            HttpClientResponse current = response;
            if (current != null) {
                current.resume();
            }
        }
    }
}
