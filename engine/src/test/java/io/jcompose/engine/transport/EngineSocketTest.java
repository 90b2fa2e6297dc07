package io.jcompose.engine.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP/1.1 framing of {@link EngineSocket} against hand-written answers. */
class EngineSocketTest {

    @TempDir
    Path dir;

    private ScriptedEngine engine;

    @AfterEach
    void tearDown() throws IOException {
        if (engine != null) {
            engine.close();
        }
    }

    private EngineSocket connect(BiConsumer<Integer, ScriptedEngine.Conversation> script) throws IOException {
        engine = new ScriptedEngine(dir.resolve("engine.sock"), script);
        return EngineSocket.open(engine.endpoint(), Duration.ofSeconds(2));
    }

    private static byte[] get(String uri) {
        return EngineSocket.requestHead("GET", uri, "docker", "jcompose/test", Map.of(), 0);
    }

    private static String body(EngineSocket socket) throws IOException {
        return new String(socket.readBody(), StandardCharsets.UTF_8);
    }

    @Test
    void aLengthFramedAnswerLeavesTheConnectionReadyForTheNextRequest() throws IOException {
        EngineSocket socket = connect((number, conversation) -> {
            conversation.readRequest();
            conversation.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n[]");
            conversation.readRequest();
            conversation.write("HTTP/1.1 200 OK\r\ncontent-length: 4\r\n\r\n{\"a\"");
        });
        socket.send(get("/v1.41/containers/json"), new byte[0]);
        ResponseHead head = socket.readHead(false);
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.value("content-type")).isEqualTo("application/json");
        assertThat(body(socket)).isEqualTo("[]");
        assertThat(socket.reusable()).isTrue();

        socket.send(get("/v1.41/info"), new byte[0]);
        assertThat(socket.readHead(false).status()).isEqualTo(200);
        assertThat(body(socket)).isEqualTo("{\"a\"");
        assertThat(engine.connections()).isEqualTo(1);
        socket.close();
    }

    @Test
    void chunksSplitAtEveryByteWithExtensionsAndTrailersAreJoined() throws IOException {
        EngineSocket socket = connect((number, conversation) -> {
            conversation.readRequest();
            conversation.trickle("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "5;name=value\r\nhello\r\n1\r\n \r\nA\r\nworld, 10!\r\n0\r\nX-Trailer: 1\r\n\r\n");
        });
        socket.send(get("/v1.41/events"), new byte[0]);
        assertThat(socket.readHead(false).status()).isEqualTo(200);
        assertThat(body(socket)).isEqualTo("hello world, 10!");
        assertThat(socket.reusable()).isTrue();
        socket.close();
    }

    @Test
    void piecesOfAChunkedBodyArriveAsTheEngineSendsThem() throws Exception {
        CountDownLatch firstRead = new CountDownLatch(1);
        EngineSocket socket = connect((number, conversation) -> {
            conversation.readRequest();
            conversation.write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n6\r\nfirst\n\r\n");
            try {
                firstRead.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            conversation.write("7\r\nsecond\n\r\n0\r\n\r\n");
        });
        socket.send(get("/v1.41/events"), new byte[0]);
        socket.readHead(false);
        byte[] buffer = new byte[1024];
        int read = socket.read(buffer);
        assertThat(new String(buffer, 0, read, StandardCharsets.UTF_8)).isEqualTo("first\n");
        firstRead.countDown();
        read = socket.read(buffer);
        assertThat(new String(buffer, 0, read, StandardCharsets.UTF_8)).isEqualTo("second\n");
        assertThat(socket.read(buffer)).isEqualTo(-1);
        socket.close();
    }

    @Test
    void anAnswerWithoutLengthEndsWithTheConnectionWhichIsNotReused() throws IOException {
        EngineSocket socket = connect((number, conversation) -> {
            conversation.readRequest();
            conversation.write("HTTP/1.1 200 OK\r\n\r\nuntil the end");
            conversation.close();
        });
        socket.send(get("/v1.41/containers/c/logs"), new byte[0]);
        socket.readHead(false);
        assertThat(body(socket)).isEqualTo("until the end");
        assertThat(socket.reusable()).isFalse();
        socket.close();
    }

    @Test
    void headAnswersAnd204HaveNoBodyWhateverTheirHeadersSay() throws IOException {
        EngineSocket socket = connect((number, conversation) -> {
            conversation.readRequest();
            conversation.write("HTTP/1.1 200 OK\r\nContent-Length: 120\r\nX-Docker-Container-Path-Stat: e30=\r\n\r\n");
            conversation.readRequest();
            conversation.write("HTTP/1.1 204 No Content\r\n\r\n");
        });
        socket.send(EngineSocket.requestHead("HEAD", "/v1.41/containers/c/archive?path=%2F", "docker", "t",
                Map.of(), 0), new byte[0]);
        ResponseHead head = socket.readHead(true);
        assertThat(head.value("X-Docker-Container-Path-Stat")).isEqualTo("e30=");
        assertThat(body(socket)).isEmpty();
        socket.send(EngineSocket.requestHead("POST", "/v1.41/containers/c/start", "docker", "t", Map.of(), 0),
                new byte[0]);
        assertThat(socket.readHead(false).status()).isEqualTo(204);
        assertThat(body(socket)).isEmpty();
        assertThat(socket.reusable()).isTrue();
        socket.close();
    }

    @Test
    void anEngineThatClosesWithoutAnsweringIsAnEndOfFile() throws IOException {
        EngineSocket socket = connect((number, conversation) -> {
            conversation.readRequest();
            conversation.close();
        });
        socket.send(get("/_ping"), new byte[0]);
        assertThatThrownBy(() -> socket.readHead(false)).isInstanceOf(EOFException.class)
                .hasMessage("the engine closed the connection without answering");
        socket.close();
    }

    @Test
    void aBodyCutShortIsAnErrorNotATruncatedAnswer() throws IOException {
        EngineSocket socket = connect((number, conversation) -> {
            conversation.readRequest();
            conversation.write("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n12345");
            conversation.close();
        });
        socket.send(get("/v1.41/info"), new byte[0]);
        socket.readHead(false);
        assertThatThrownBy(socket::readBody).isInstanceOf(EOFException.class)
                .hasMessageContaining("before the end of its answer");
        socket.close();
    }

    @Test
    void theRequestHeadCarriesHostAgentHeadersAndALengthWhereOneIsExpected() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        assertThat(new String(EngineSocket.requestHead("POST", "/v1.41/containers/create?name=a", "docker",
                "jcompose/1", headers, 2), StandardCharsets.ISO_8859_1)).isEqualTo(
                "POST /v1.41/containers/create?name=a HTTP/1.1\r\nHost: docker\r\nUser-Agent: jcompose/1\r\n"
                        + "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n");
        assertThat(new String(get("/_ping"), StandardCharsets.ISO_8859_1))
                .isEqualTo("GET /_ping HTTP/1.1\r\nHost: docker\r\nUser-Agent: jcompose/test\r\n\r\n");
        assertThat(new String(EngineSocket.requestHead("POST", "/v1.41/containers/a/stop", "docker", "t", Map.of(), 0),
                StandardCharsets.ISO_8859_1)).contains("Content-Length: 0\r\n");
    }
}
