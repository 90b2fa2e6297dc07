package io.jcompose.engine.transport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jcompose.engine.EngineException;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetClientOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * HTTP to one engine over Vert.x, for the typed endpoints: versioned paths, JSON bodies, errors that
 * say what was being done, the limit on calls in flight, and two connection pools so long-lived
 * streams (events, logs --follow, wait) never starve short calls. Clients are kept in fields: Vert.x
 * closes an unreachable client and fails its requests with "Pool closed".
 */
public final class EngineTransport {

    /** Connections for long-lived streams; a run holds one per followed log, plus events. */
    static final int STREAM_POOL_SIZE = 64;
    /** Connections for short calls when the call limit is unlimited; further calls queue in Vert.x. */
    static final int UNLIMITED_REQUEST_POOL_SIZE = 32;

    private final EngineEndpoint endpoint;
    private final String userAgent;
    private final Context context;
    private final HttpClientAgent requests;
    private final HttpClientAgent streams;
    private final NetClient hijacks;
    private final CallLimit limit;
    private final ObjectMapper json;
    private volatile String versionPrefix = "";

    /** {@code parallelLimit} below 1 means unlimited. */
    public EngineTransport(Vertx vertx, EngineEndpoint endpoint, int parallelLimit, Duration connectTimeout,
            String userAgent) {
        this.endpoint = endpoint;
        this.userAgent = userAgent;
        this.context = vertx.getOrCreateContext();
        int connectMillis = (int) connectTimeout.toMillis();
        HttpClientOptions options = new HttpClientOptions().setConnectTimeout(connectMillis).setKeepAlive(true);
        int requestPool = parallelLimit > 0 ? parallelLimit : UNLIMITED_REQUEST_POOL_SIZE;
        this.requests = vertx.createHttpClient(options, new PoolOptions().setHttp1MaxSize(requestPool));
        this.streams = vertx.createHttpClient(new HttpClientOptions(options),
                new PoolOptions().setHttp1MaxSize(STREAM_POOL_SIZE));
        this.hijacks = vertx.createNetClient(new NetClientOptions().setConnectTimeout(connectMillis));
        this.limit = new CallLimit(parallelLimit);
        this.json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    public EngineEndpoint endpoint() {
        return endpoint;
    }

    public ObjectMapper json() {
        return json;
    }

    /** Every later call goes to {@code /v<version>/...}. */
    public void useApiVersion(ApiVersion version) {
        versionPrefix = "/v" + version;
    }

    /** {@code GET /_ping}, unversioned: the engine's maximum API version and OS type. */
    public Future<Ping> ping(Duration timeout) {
        RequestOptions options = options("/_ping").setIdleTimeout(timeout.toMillis());
        return onContext(() -> requests.request(options)
                .compose(HttpClientRequest::send)
                .compose(response -> response.body().compose(body -> {
                    if (response.statusCode() >= 400) {
                        return Future.failedFuture("HTTP " + response.statusCode() + " " + body);
                    }
                    String api = response.getHeader("Api-Version");
                    if (api == null || api.isEmpty()) {
                        return Future.failedFuture("answered /_ping without an API-Version header: not a Docker engine?");
                    }
                    String osType = response.getHeader("Ostype");
                    return Future.succeededFuture(new Ping(ApiVersion.parse(api), osType == null ? "" : osType));
                })));
    }

    /** Sends a request and returns the whole response body; a status of 400 and up fails the future. */
    public Future<Buffer> call(EngineRequest request) {
        Supplier<Future<Buffer>> exchange = () -> client(request).request(options(request))
                .compose(http -> send(http, request))
                .compose(response -> response.body().compose(body -> response.statusCode() >= 400
                        ? Future.<Buffer>failedFuture(failure(request, response.statusCode(), body))
                        : Future.succeededFuture(body)));
        return onContext(() -> limited(request, exchange)).recover(failure -> Future.failedFuture(wrap(request, failure)));
    }

    public <T> Future<T> call(EngineRequest request, Class<T> type) {
        return call(request).compose(body -> decode(request, body, type));
    }

    public <T> Future<T> call(EngineRequest request, TypeReference<T> type) {
        return call(request).compose(body -> decode(request, body, type));
    }

    /**
     * Streams a response body to {@code chunks} as it arrives, on the event loop. A handler that throws
     * ends the stream with that failure.
     */
    public ResponseStream stream(EngineRequest request, Handler<Buffer> chunks) {
        ResponseStream stream = new ResponseStream();
        Supplier<Future<Void>> exchange = () -> client(request).request(options(request))
                .compose(http -> {
                    stream.attach(http);
                    return send(http, request);
                })
                .compose(response -> {
                    if (response.statusCode() >= 400) {
                        return response.body().compose(body ->
                                Future.<Void>failedFuture(failure(request, response.statusCode(), body)));
                    }
                    response.handler(chunk -> {
                        try {
                            chunks.handle(chunk);
                        } catch (RuntimeException e) {
                            stream.fail(wrap(request, e));
                            response.request().reset();
                        }
                    });
                    response.exceptionHandler(failure -> stream.fail(wrap(request, failure)));
                    response.endHandler(done -> stream.end());
                    stream.receiving(response);
                    stream.open(response.headers());
                    return stream.ended();
                });
        onContext(() -> limited(request, exchange)).onFailure(failure -> stream.fail(wrap(request, failure)));
        return stream;
    }

    /**
     * Opens a hijacked, bidirectional stream (attach, exec start): a raw connection on which we write
     * the HTTP/1.1 request ourselves and, past the response head, read the container's output and
     * write its stdin. Vert.x's HTTP client cannot do this with a request body.
     */
    public Future<HijackedStream> hijack(EngineRequest request, boolean tty, Handler<OutputFrame> output) {
        Buffer body = request.body().orElse(Buffer.buffer());
        StringBuilder head = new StringBuilder()
                .append(request.method().name()).append(' ').append(versionPrefix).append(request.uri())
                .append(" HTTP/1.1\r\n")
                .append("Host: ").append(endpoint.hostHeader()).append("\r\n")
                .append("User-Agent: ").append(userAgent).append("\r\n")
                .append("Connection: Upgrade\r\nUpgrade: tcp\r\n");
        request.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("Content-Length: ").append(body.length()).append("\r\n\r\n");
        return onContext(() -> hijacks.connect(endpoint.address())
                .compose(socket -> {
                    HijackedStream stream = new HijackedStream(socket, request.description(), tty, output);
                    return socket.write(Buffer.buffer(head.toString(), StandardCharsets.ISO_8859_1.name())
                                    .appendBuffer(body))
                            .compose(written -> stream.opened());
                }))
                .recover(failure -> Future.failedFuture(wrap(request, failure)));
    }

    public Buffer encode(Object body) {
        try {
            return Buffer.buffer(json.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write engine request body: " + e.getMessage(), e);
        }
    }

    public EngineRequest withJson(EngineRequest request, Object body) {
        return request.body("application/json", encode(body));
    }

    public Future<Void> close() {
        return Future.join(requests.close(), streams.close(), hijacks.close()).mapEmpty();
    }

    /**
     * Runs all engine I/O on one event-loop context. Issued from other threads, a response could reach
     * its listener through a task hop, after body chunks were already delivered to no handler and lost.
     */
    private <T> Future<T> onContext(Supplier<Future<T>> work) {
        Promise<T> result = Promise.promise();
        context.runOnContext(ignored -> {
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

    private HttpClientAgent client(EngineRequest request) {
        return request.kind() == EngineRequest.Kind.CALL ? requests : streams;
    }

    private RequestOptions options(EngineRequest request) {
        return options(versionPrefix + request.uri()).setMethod(request.method());
    }

    private RequestOptions options(String uri) {
        RequestOptions options = new RequestOptions().setURI(uri).putHeader("User-Agent", userAgent);
        if (endpoint.isUnixSocket()) {
            options.setServer(endpoint.address()).setHost("docker").setPort(80);
        } else {
            options.setHost(endpoint.tcpHost()).setPort(endpoint.tcpPort());
        }
        return options;
    }

    private static Future<HttpClientResponse> send(HttpClientRequest http, EngineRequest request) {
        request.headers().forEach(http::putHeader);
        if (request.body().isPresent()) {
            return http.send(request.body().get());
        }
        if (request.bodyStream().isPresent()) {
            http.setChunked(true);
            return http.send(request.bodyStream().get());
        }
        return http.send();
    }

    private <T> Future<T> decode(EngineRequest request, Buffer body, Class<T> type) {
        try {
            return Future.succeededFuture(json.readValue(body.getBytes(), type));
        } catch (IOException e) {
            return Future.failedFuture(new EngineException(request.description(),
                    "unexpected engine answer: " + e.getMessage(), e));
        }
    }

    private <T> Future<T> decode(EngineRequest request, Buffer body, TypeReference<T> type) {
        try {
            return Future.succeededFuture(json.readValue(body.getBytes(), type));
        } catch (IOException e) {
            return Future.failedFuture(new EngineException(request.description(),
                    "unexpected engine answer: " + e.getMessage(), e));
        }
    }

    /** The engine's error message: the {@code message} of its JSON error body, else the body text. */
    EngineException failure(EngineRequest request, int status, Buffer body) {
        return new EngineException(request.description(), status, errorMessage(json, status, body));
    }

    static String errorMessage(ObjectMapper json, int status, Buffer body) {
        String text = body.toString(StandardCharsets.UTF_8).strip();
        try {
            JsonNode message = json.readTree(text).path("message");
            if (message.isTextual()) {
                return message.asText();
            }
        } catch (IOException e) {
            // Not JSON: older engines and proxies answer with plain text.
        }
        return text.isEmpty() ? "HTTP status " + status : text;
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

    /** For endpoints that pass a map of filters: the engine wants them as one JSON query parameter. */
    public String filters(Map<String, ? extends Iterable<String>> filters) {
        if (filters.isEmpty()) {
            return "";
        }
        return encode(filters).toString(StandardCharsets.UTF_8);
    }
}
