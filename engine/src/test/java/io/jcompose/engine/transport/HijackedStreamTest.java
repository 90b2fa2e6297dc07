package io.jcompose.engine.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.engine.Engine;
import io.jcompose.engine.EngineException;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.NetSocket;
import io.vertx.core.net.SocketAddress;
import io.vertx.core.transport.Transport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-written HTTP/1.1 upgrade of hijacked streams, against a scripted raw socket server. */
class HijackedStreamTest {

    @TempDir
    Path dir;

    private final Vertx vertx = Vertx.builder().withTransport(Transport.NIO).build();
    private final AtomicReference<String> request = new AtomicReference<>("");

    @AfterEach
    void tearDown() {
        Engine.await(vertx.close());
    }

    private EngineTransport serve(Consumer<NetSocket> answer) {
        Path socket = dir.resolve("engine.sock");
        NetServer server = vertx.createNetServer().connectHandler(connection -> {
            Buffer received = Buffer.buffer();
            connection.handler(data -> {
                if (request.get().isEmpty()) {
                    received.appendBuffer(data);
                    if (received.toString(StandardCharsets.UTF_8).contains("\r\n\r\n")) {
                        request.set(received.toString(StandardCharsets.UTF_8));
                        answer.accept(connection);
                    }
                } else {
                    // Echo stdin back as a stdout frame.
                    connection.write(frame(1, data.toString(StandardCharsets.UTF_8)));
                }
            });
            connection.endHandler(end -> connection.close());
        });
        Engine.await(server.listen(SocketAddress.domainSocketAddress(socket.toString())));
        EngineTransport transport = new EngineTransport(new EngineLoop(Optional.of(vertx)), EngineEndpoint.unix("test", socket), -1,
                Duration.ofSeconds(2), "jcompose/test");
        transport.useApiVersion(new ApiVersion(1, 41));
        return transport;
    }

    private static Buffer frame(int stream, String payload) {
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return Buffer.buffer().appendByte((byte) stream).appendBytes(new byte[3]).appendUnsignedInt(bytes.length)
                .appendBytes(bytes);
    }

    private static EngineRequest execStart(EngineTransport transport) {
        return transport.withJson(EngineRequest.post("/exec/abc/start", "starting exec abc"), Map.of("Tty", false));
    }

    @Test
    void theHeadAndFramesMayArriveInAnyPiecesAndStdinFlowsBack() {
        EngineTransport transport = serve(connection -> {
            Buffer second = frame(2, "warning\n");
            connection.write(Buffer.buffer("HTTP/1.1 101 UPGRADED\r\nContent-Type: application/vnd.docker.raw-stream\r\n"
                    + "Connection: Upgrade\r\nUpgrade: tcp\r\n\r\n").appendBuffer(frame(1, "ready\n"))
                    .appendBuffer(second.getBuffer(0, 5)));
            connection.write(second.getBuffer(5, second.length()));
        });
        List<String> frames = new CopyOnWriteArrayList<>();

        HijackedStream stream = Engine.await(transport.hijack(execStart(transport), false,
                frame -> frames.add(frame.stream() + ":" + frame.text())));
        Engine.await(stream.write("typed\n"));
        Engine.await(stream.closeStdin());
        Engine.await(stream.ended());

        assertThat(request.get()).startsWith("POST /v1.41/exec/abc/start HTTP/1.1\r\n")
                .contains("\r\nUpgrade: tcp\r\n", "\r\nContent-Type: application/json\r\n", "\r\nContent-Length: 13\r\n")
                .endsWith("\r\n\r\n{\"Tty\":false}");
        assertThat(frames).containsExactly("STDOUT:ready\n", "STDERR:warning\n", "STDOUT:typed\n");
    }

    @Test
    void anErrorAnswerFailsWithTheEngineMessageEvenWhenSplit() {
        String body = "{\"message\":\"No such exec instance: abc\"}";
        EngineTransport transport = serve(connection -> {
            String answer = "HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: "
                    + body.length() + "\r\n\r\n" + body;
            connection.write(answer.substring(0, 70));
            connection.write(answer.substring(70));
        });

        assertThatThrownBy(() -> Engine.await(transport.hijack(execStart(transport), false, frame -> { })))
                .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.isNotFound()).isTrue())
                .hasMessage("starting exec abc: No such exec instance: abc");
    }
}
