package io.jcompose.engine.transport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

/**
 * A unix-socket server that answers with bytes a test writes by hand: how the engine frames its
 * answers (lengths, chunks split anywhere, closed connections) cannot be chosen against a real one.
 */
final class ScriptedEngine implements AutoCloseable {

    private final ServerSocketChannel server;
    private final EngineEndpoint endpoint;
    private final AtomicInteger connections = new AtomicInteger();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<SocketChannel> open = new CopyOnWriteArrayList<>();

    /** On a unix socket; {@code script} gets the connection's number (from 1) and the conversation on it. */
    ScriptedEngine(Path socket, BiConsumer<Integer, Conversation> script) throws IOException {
        this(unixServer(socket), EngineEndpoint.unix("test", socket), script);
    }

    /** On a loopback TCP port chosen by the system. */
    static ScriptedEngine onTcp(BiConsumer<Integer, Conversation> script) throws IOException {
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.INET);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        int port = ((InetSocketAddress) server.getLocalAddress()).getPort();
        return new ScriptedEngine(server, EngineEndpoint.tcp("test", "127.0.0.1", port), script);
    }

    private static ServerSocketChannel unixServer(Path socket) throws IOException {
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        return server;
    }

    private ScriptedEngine(ServerSocketChannel server, EngineEndpoint endpoint, BiConsumer<Integer, Conversation> script) {
        this.server = server;
        this.endpoint = endpoint;
        Thread acceptor = new Thread(() -> {
            while (server.isOpen()) {
                try {
                    SocketChannel channel = server.accept();
                    open.add(channel);
                    int number = connections.incrementAndGet();
                    Thread conversation = new Thread(() -> {
                        try {
                            script.accept(number, new Conversation(channel));
                        } catch (RuntimeException e) {
                            // the client went away: nothing to answer
                        }
                    });
                    conversation.setDaemon(true);
                    conversation.start();
                } catch (IOException e) {
                    return;
                }
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
    }

    EngineEndpoint endpoint() {
        return endpoint;
    }

    int connections() {
        return connections.get();
    }

    /** Request lines and heads received, in order. */
    List<String> requests() {
        return requests;
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (SocketChannel channel : open) {
            channel.close();
        }
    }

    /** One connection: read a request, write answer bytes, close. */
    final class Conversation {

        private final SocketChannel channel;
        private final InputStream in;
        private final OutputStream out;

        Conversation(SocketChannel channel) {
            this.channel = channel;
            this.in = Channels.newInputStream(channel);
            this.out = Channels.newOutputStream(channel);
        }

        /** Reads one request (head and Content-Length body); returns its head, or "" when the client closed. */
        String readRequest() {
            try {
                ByteArrayOutputStream head = new ByteArrayOutputStream();
                while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                    int next = in.read();
                    if (next < 0) {
                        return "";
                    }
                    head.write(next);
                }
                String text = head.toString(StandardCharsets.ISO_8859_1);
                int length = 0;
                for (String line : text.split("\r\n")) {
                    if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                        length = Integer.parseInt(line.substring(line.indexOf(':') + 1).trim());
                    }
                }
                String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
                requests.add(text + body);
                return text + body;
            } catch (IOException e) {
                return "";
            }
        }

        /** Writes {@code text} (ISO-8859-1) at once, as one piece on the wire. */
        Conversation write(String text) {
            try {
                out.write(text.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return this;
        }

        /** Writes {@code text} one byte at a time with a pause between, so every boundary is a read boundary. */
        Conversation trickle(String text) {
            for (char c : text.toCharArray()) {
                write(String.valueOf(c));
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            return this;
        }

        void close() {
            try {
                channel.close();
            } catch (IOException e) {
                // already gone
            }
        }
    }
}
