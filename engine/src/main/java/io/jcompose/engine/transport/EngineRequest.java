package io.jcompose.engine.transport;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One Engine API call: method, unversioned path ("/containers/json"), query, headers, body, and the
 * description that prefixes its errors ("creating network demo_default").
 */
public record EngineRequest(
        Method method,
        String path,
        Map<String, List<String>> query,
        Map<String, String> headers,
        Optional<byte[]> body,
        Optional<ReadStream<Buffer>> bodyStream,
        String description,
        Kind kind) {

    /**
     * The HTTP methods the Engine API uses. Our own type: Vert.x's initialises Netty, which a command
     * that never starts Vert.x should not pay for.
     */
    public enum Method {
        GET,
        HEAD,
        POST,
        PUT,
        DELETE
    }

    /** How a call uses connections and the limit on calls in flight. */
    public enum Kind {
        /** A short call: takes a slot of the parallel limit and a connection of the request pool. */
        CALL,
        /** A long transfer the user waits for (pull, build, push): takes a slot, uses the stream pool. */
        TRANSFER,
        /** A stream that may live for the whole run (events, logs --follow, wait): stream pool, no slot. */
        STREAM
    }

    public EngineRequest {
        Map<String, List<String>> copiedQuery = new LinkedHashMap<>();
        query.forEach((name, values) -> copiedQuery.put(name, List.copyOf(values)));
        query = Collections.unmodifiableMap(copiedQuery);
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    public static EngineRequest of(Method method, String path, String description) {
        return new EngineRequest(method, path, Map.of(), Map.of(), Optional.empty(), Optional.empty(),
                description, Kind.CALL);
    }

    public static EngineRequest get(String path, String description) {
        return of(Method.GET, path, description);
    }

    public static EngineRequest post(String path, String description) {
        return of(Method.POST, path, description);
    }

    public static EngineRequest delete(String path, String description) {
        return of(Method.DELETE, path, description);
    }

    public static EngineRequest put(String path, String description) {
        return of(Method.PUT, path, description);
    }

    /** Adds a query parameter; an empty value leaves the request unchanged. */
    public EngineRequest query(String name, String value) {
        if (value.isEmpty()) {
            return this;
        }
        return query(name, List.of(value));
    }

    /** Sets a repeated query parameter ({@code extrahosts=a&extrahosts=b}); no values leaves the request unchanged. */
    public EngineRequest query(String name, List<String> values) {
        if (values.isEmpty()) {
            return this;
        }
        Map<String, List<String>> copy = new LinkedHashMap<>(query);
        copy.put(name, values);
        return new EngineRequest(method, path, copy, headers, body, bodyStream, description, kind);
    }

    public EngineRequest query(String name, boolean value) {
        return query(name, value ? "1" : "0");
    }

    public EngineRequest header(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new EngineRequest(method, path, query, copy, body, bodyStream, description, kind);
    }

    public EngineRequest body(String contentType, Buffer content) {
        return body(contentType, content.getBytes());
    }

    /** A body in memory, as bytes: building a Vert.x buffer would initialise Netty for nothing. */
    public EngineRequest body(String contentType, byte[] content) {
        return new EngineRequest(method, path, query, headers, Optional.of(content), Optional.empty(), description, kind)
                .header("Content-Type", contentType);
    }

    public EngineRequest body(String contentType, ReadStream<Buffer> content) {
        return new EngineRequest(method, path, query, headers, Optional.empty(), Optional.of(content), description, kind)
                .header("Content-Type", contentType);
    }

    public EngineRequest kind(Kind newKind) {
        return new EngineRequest(method, path, query, headers, body, bodyStream, description, newKind);
    }

    /** The path and query string, without the version prefix. */
    public String uri() {
        if (query.isEmpty()) {
            return path;
        }
        return path + "?" + query.entrySet().stream()
                .flatMap(entry -> entry.getValue().stream().map(value -> encode(entry.getKey()) + "=" + encode(value)))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The call without its body and without header values: {@code X-Registry-Auth} carries credentials. */
    @Override
    public String toString() {
        return "EngineRequest[" + method + " " + uri() + ", headers " + headers.keySet() + ", " + description + "]";
    }
}
