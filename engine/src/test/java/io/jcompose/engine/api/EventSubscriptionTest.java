package io.jcompose.engine.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.engine.Engine;
import io.jcompose.engine.EngineClient;
import io.jcompose.engine.EngineException;
import io.jcompose.engine.EngineOptions;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.core.transport.Transport;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reconnect logic of {@link EventSubscription}, against a scripted HTTP server on a unix socket:
 * dropping a live engine's stream on purpose is not possible from a test.
 */
class EventSubscriptionTest {

    @TempDir
    Path dir;

    private final Vertx vertx = Vertx.builder().withTransport(Transport.NIO).build();
    private final List<String> sinces = new CopyOnWriteArrayList<>();

    @AfterEach
    void tearDown() {
        Engine.await(vertx.close());
    }

    private static String event(String action, long timeNano) {
        return """
                {"Type":"container","Action":"%s","Actor":{"ID":"c1","Attributes":{"name":"demo-web-1"}},"timeNano":%d}
                """.formatted(action, timeNano);
    }

    private EngineClient serve(BiConsumer<Integer, HttpServerRequest> events) {
        Path socket = dir.resolve("engine.sock");
        AtomicInteger connection = new AtomicInteger();
        HttpServer server = vertx.createHttpServer().requestHandler(request -> {
            if (request.path().equals("/_ping")) {
                request.response().putHeader("Api-Version", "1.41").end("OK");
            } else if (request.path().equals("/v1.41/events")) {
                sinces.add(request.getParam("since"));
                events.accept(connection.incrementAndGet(), request);
            } else {
                request.response().setStatusCode(404).end("{\"message\":\"page not found\"}");
            }
        });
        Engine.await(server.listen(SocketAddress.domainSocketAddress(socket.toString())));
        return Engine.connect(EngineOptions.of(Map.of("DOCKER_HOST", "unix://" + socket, "HOME", dir.toString()))
                .withVertx(vertx));
    }

    @Test
    void aDroppedStreamResumesFromTheLastEventWithoutDuplicates() throws Exception {
        EngineClient client = serve((connection, request) -> {
            request.response().setChunked(true);
            if (connection == 1) {
                request.response().write(event("create", 1_000_000_100L) + event("start", 1_000_000_200L))
                        .onComplete(written -> request.connection().close());
            } else {
                request.response().write(event("start", 1_000_000_200L) + event("die", 1_000_000_300L));
            }
        });
        List<String> actions = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> died = new CompletableFuture<>();

        EventSubscription subscription = client.events().subscribe(Map.of(), "1.000000000", event -> {
            actions.add(event.action());
            if (event.action().equals("die")) {
                died.complete(null);
            }
        });
        died.get(10, TimeUnit.SECONDS);
        subscription.close();

        assertThat(actions).containsExactly("create", "start", "die");
        assertThat(subscription.reconnects()).isEqualTo(1);
        assertThat(sinces).containsExactly("1.000000000", "1.000000200");
        client.close();
    }

    @Test
    void anEngineRefusalFailsAtOnceWithItsMessage() {
        EngineClient client = serve((connection, request) ->
                request.response().setStatusCode(400).end("{\"message\":\"invalid filter 'colour'\"}"));

        EventSubscription subscription = client.events().subscribe(Map.of("colour", List.of("red")), event -> { });

        assertThatThrownBy(() -> Engine.await(subscription.closed()))
                .isInstanceOf(EngineException.class)
                .hasMessage("following engine events: invalid filter 'colour'");
        assertThat(sinces).hasSize(1);
        client.close();
    }
}
