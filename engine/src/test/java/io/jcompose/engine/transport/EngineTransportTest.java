package io.jcompose.engine.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.engine.Engine;
import io.jcompose.engine.EngineException;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link EngineTransport} over the JDK sockets, against hand-written answers: connection reuse, a
 * kept-alive connection the engine dropped, the ping's time limit, streams handed to the loop in order.
 */
class EngineTransportTest {

    private static final String EMPTY_LIST = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n[]";

    @TempDir
    Path dir;

    private ScriptedEngine engine;
    private EngineLoop loop;
    private EngineTransport transport;

    @AfterEach
    void tearDown() throws IOException {
        if (transport != null) {
            Engine.await(transport.close());
        }
        if (loop != null) {
            loop.close();
        }
        if (engine != null) {
            engine.close();
        }
    }

    private EngineTransport serve(BiConsumer<Integer, ScriptedEngine.Conversation> script) throws IOException {
        engine = new ScriptedEngine(dir.resolve("engine.sock"), script);
        loop = new EngineLoop(Optional.empty());
        transport = new EngineTransport(loop, engine.endpoint(), -1, Duration.ofMillis(300), "jcompose/test");
        transport.useApiVersion(new ApiVersion(1, 41));
        return transport;
    }

    private static EngineRequest list() {
        return EngineRequest.get("/containers/json", "listing containers");
    }

    @Test
    void callsOneAfterAnotherShareOneConnection() throws IOException {
        serve((number, conversation) -> {
            while (!conversation.readRequest().isEmpty()) {
                conversation.write(EMPTY_LIST);
            }
        });
        for (int i = 0; i < 3; i++) {
            assertThat(Engine.await(transport.call(list())).toString()).isEqualTo("[]");
        }
        assertThat(engine.connections()).isEqualTo(1);
        assertThat(engine.requests()).allSatisfy(request ->
                assertThat(request).startsWith("GET /v1.41/containers/json HTTP/1.1\r\n"));
    }

    @Test
    void aTcpEngineIsReachedTheSameWayWithItsHostInTheHostHeader() throws IOException {
        engine = ScriptedEngine.onTcp((number, conversation) -> {
            while (!conversation.readRequest().isEmpty()) {
                conversation.write(EMPTY_LIST);
            }
        });
        loop = new EngineLoop(Optional.empty());
        transport = new EngineTransport(loop, engine.endpoint(), -1, Duration.ofMillis(300), "jcompose/test");
        transport.useApiVersion(new ApiVersion(1, 41));
        assertThat(Engine.await(transport.call(list())).toString()).isEqualTo("[]");
        assertThat(Engine.await(transport.call(list())).toString()).isEqualTo("[]");
        assertThat(engine.connections()).isEqualTo(1);
        assertThat(engine.requests().get(0)).contains("\r\nHost: 127.0.0.1:" + engine.endpoint().tcpPort() + "\r\n");
    }

    @Test
    void callsThatWaitForTheWholeRunDoNotHoldTheThreadsOfShortCalls() throws Exception {
        CountDownLatch released = new CountDownLatch(1);
        serve((number, conversation) -> {
            for (String request = conversation.readRequest(); !request.isEmpty(); request = conversation.readRequest()) {
                if (request.contains("/wait")) {
                    try {
                        released.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    conversation.write("HTTP/1.1 200 OK\r\nContent-Length: 16\r\n\r\n{\"StatusCode\":0}");
                } else {
                    conversation.write(EMPTY_LIST);
                }
            }
        });
        List<Future<Buffer>> waits = new ArrayList<>();
        for (int i = 0; i < EngineLoop.IO_THREADS + 8; i++) {
            waits.add(transport.call(EngineRequest.post("/containers/c" + i + "/wait", "waiting for container c" + i)
                    .kind(EngineRequest.Kind.STREAM)));
        }
        assertThat(transport.call(list()).toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS)
                .toString()).isEqualTo("[]");
        released.countDown();
        for (Future<Buffer> wait : waits) {
            assertThat(Engine.await(wait).toString()).isEqualTo("{\"StatusCode\":0}");
        }
    }

    @Test
    void aKeptConnectionTheEngineClosedMeanwhileIsReplacedByANewOne() throws IOException {
        serve((number, conversation) -> {
            conversation.readRequest();
            conversation.write(EMPTY_LIST);
            if (number == 1) {
                conversation.close();
            } else {
                while (!conversation.readRequest().isEmpty()) {
                    conversation.write(EMPTY_LIST);
                }
            }
        });
        Engine.await(transport.call(list()));
        assertThat(Engine.await(transport.call(list())).toString()).isEqualTo("[]");
        assertThat(engine.connections()).isEqualTo(2);
    }

    @Test
    void anErrorStatusFailsWithTheEngineMessageAndWhatWasBeingDone() throws IOException {
        serve((number, conversation) -> {
            conversation.readRequest();
            conversation.write("HTTP/1.1 404 Not Found\r\nContent-Length: 40\r\n\r\n{\"message\":\"No such container: missing\"}");
        });
        assertThatThrownBy(() -> Engine.await(transport.call(EngineRequest.get("/containers/missing/json",
                "inspecting container missing"))))
                .isInstanceOf(EngineException.class)
                .hasMessage("inspecting container missing: No such container: missing");
    }

    @Test
    void aPingWithoutAnswerFailsWhenItsTimeIsUp() throws IOException {
        CountDownLatch done = new CountDownLatch(1);
        serve((number, conversation) -> {
            conversation.readRequest();
            try {
                done.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        long start = System.nanoTime();
        assertThatThrownBy(() -> Engine.await(transport.ping(Duration.ofMillis(200))))
                .hasMessageContaining("no answer within 200 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        done.countDown();
    }

    @Test
    void streamChunksReachTheHandlerInOrderOnTheLoopThread() throws Exception {
        serve((number, conversation) -> {
            conversation.readRequest();
            conversation.write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
            for (int i = 0; i < 200; i++) {
                String line = "line " + i + "\n";
                conversation.write(Integer.toHexString(line.length()) + "\r\n" + line + "\r\n");
            }
            conversation.write("0\r\n\r\n");
        });
        List<String> lines = new CopyOnWriteArrayList<>();
        List<Boolean> onLoop = new CopyOnWriteArrayList<>();
        ResponseStream stream = transport.stream(EngineRequest.get("/events", "following engine events")
                .kind(EngineRequest.Kind.STREAM), new NdjsonLines(line -> {
                    lines.add(line);
                    onLoop.add(loop.inLoop());
                }));
        Engine.await(stream.ended());
        assertThat(lines).hasSize(200).startsWith("line 0", "line 1").endsWith("line 199");
        assertThat(onLoop).containsOnly(true);
    }

    @Test
    void aCancelledStreamEndsNormallyAndAPausedOneReadsNothingMore() throws Exception {
        CountDownLatch cancelled = new CountDownLatch(1);
        serve((number, conversation) -> {
            conversation.readRequest();
            conversation.write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n6\r\nfirst\n\r\n");
            try {
                cancelled.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        List<String> received = new CopyOnWriteArrayList<>();
        ResponseStream stream = transport.stream(EngineRequest.get("/events", "following engine events")
                .kind(EngineRequest.Kind.STREAM), chunk -> received.add(chunk.toString(StandardCharsets.UTF_8)));
        Engine.await(stream.opened());
        stream.pause();
        stream.cancel();
        Engine.await(stream.ended());
        cancelled.countDown();
        assertThat(stream.isCancelled()).isTrue();
        assertThat(received).allSatisfy(chunk -> assertThat(chunk).isEqualTo("first\n"));
    }

    @Test
    void aStreamRefusedByTheEngineFailsBothOpenedAndEnded() throws IOException {
        serve((number, conversation) -> {
            conversation.readRequest();
            conversation.write("HTTP/1.1 400 Bad Request\r\nContent-Length: 32\r\n\r\n{\"message\":\"invalid filter 'x'\"}");
        });
        ResponseStream stream = transport.stream(EngineRequest.get("/events", "following engine events")
                .kind(EngineRequest.Kind.STREAM), chunk -> { });
        assertThatThrownBy(() -> Engine.await(stream.opened())).hasMessage("following engine events: invalid filter 'x'");
        assertThatThrownBy(() -> Engine.await(stream.ended())).isInstanceOf(EngineException.class);
    }

    @Test
    void awaitingOnTheLoopThreadIsRefusedInsteadOfWaitingForever() throws Exception {
        serve((number, conversation) -> {
            while (!conversation.readRequest().isEmpty()) {
                conversation.write(EMPTY_LIST);
            }
        });
        Buffer ignored = Engine.await(transport.call(list()));
        assertThat(ignored.length()).isEqualTo(2);
        CompletableFuture<Throwable> refused = new CompletableFuture<>();
        loop.execute(() -> {
            try {
                Engine.await(transport.call(list()));
                refused.complete(null);
            } catch (IllegalStateException e) {
                refused.complete(e);
            }
        });
        assertThat(refused.get(5, TimeUnit.SECONDS)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("would block the engine loop");
    }
}
