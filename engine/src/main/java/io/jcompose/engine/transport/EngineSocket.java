package io.jcompose.engine.transport;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * One blocking HTTP/1.1 connection to the engine over the JDK's own sockets (a unix domain socket or
 * TCP): writes a request, reads the response head, then the body piece by piece whatever its framing
 * (length, chunked, or up to the close). A connection whose body was read to its end can carry the
 * next request. No Vert.x or Netty: a short command spends less starting this than on its one call.
 */
final class EngineSocket implements Closeable {

    private static final int MAX_HEAD_BYTES = 64 * 1024;

    private final Closeable channel;
    private final InputStream in;
    private final OutputStream out;
    private Framing framing = Framing.NONE;
    private long remaining;
    private boolean reusable;
    private boolean answering;
    private volatile boolean closed;

    private EngineSocket(Closeable channel, InputStream in, OutputStream out) {
        this.channel = channel;
        this.in = new BufferedInputStream(in, 16 * 1024);
        this.out = new BufferedOutputStream(out, 16 * 1024);
    }

    /**
     * Initialises the JDK's sockets: the first unix domain channel loads the selector provider and seeds a
     * {@code SecureRandom}, which initialises the security providers (10-15 ms at start-up); the first TCP
     * channel initialises the network classes and probes the platform's socket options, which closing a
     * connected channel would otherwise do on the way out.
     */
    static void initialiseSockets() {
        try {
            SocketChannel.open(StandardProtocolFamily.UNIX).close();
            SocketChannel.open().close();
        } catch (IOException | UnsupportedOperationException e) {
            // the connection itself reports what is wrong with the platform's sockets
        }
    }

    static EngineSocket open(EngineEndpoint endpoint, Duration connectTimeout) throws IOException {
        if (endpoint.socket().isPresent()) {
            SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            try {
                channel.connect(UnixDomainSocketAddress.of(endpoint.socket().get()));
            } catch (IOException e) {
                channel.close();
                throw e;
            }
            return new EngineSocket(channel, Channels.newInputStream(channel), Channels.newOutputStream(channel));
        }
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(endpoint.tcpHost(), endpoint.tcpPort()),
                    (int) Math.min(Integer.MAX_VALUE, connectTimeout.toMillis()));
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        return new EngineSocket(socket, socket.getInputStream(), socket.getOutputStream());
    }

    /** Sends one request: {@code head} is the request line and headers, ending with the blank line. */
    void send(byte[] head, byte[] body) throws IOException {
        answering = false;
        out.write(head);
        out.write(body);
        out.flush();
    }

    /** Reads the response head; {@code noBody}: the answer to a HEAD request, which has none. */
    ResponseHead readHead(boolean noBody) throws IOException {
        String statusLine = line();
        String[] parts = statusLine.split(" ", 3);
        int status;
        try {
            status = Integer.parseInt(parts[1]);
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new IOException("unexpected engine answer: " + statusLine);
        }
        ResponseHead.Builder head = ResponseHead.builder(status);
        int size = statusLine.length();
        for (String line = line(); !line.isEmpty(); line = line()) {
            size += line.length();
            if (size > MAX_HEAD_BYTES) {
                throw new IOException("the engine's response head is larger than " + MAX_HEAD_BYTES + " bytes");
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                head.header(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            }
        }
        ResponseHead done = head.build();
        reusable = !done.value("Connection").equalsIgnoreCase("close") && parts[0].equals("HTTP/1.1");
        if (noBody || status < 200 || status == 204 || status == 304) {
            framing = Framing.NONE;
        } else if (done.value("Transfer-Encoding").toLowerCase(Locale.ROOT).contains("chunked")) {
            framing = Framing.CHUNKED;
            remaining = 0;
        } else if (!done.value("Content-Length").isEmpty()) {
            framing = Framing.LENGTH;
            try {
                remaining = Long.parseLong(done.value("Content-Length"));
            } catch (NumberFormatException e) {
                throw new IOException("unexpected Content-Length from the engine: " + done.value("Content-Length"));
            }
        } else {
            framing = Framing.CLOSE;
            reusable = false;
        }
        return done;
    }

    /**
     * Reads the next piece of the body into {@code buffer}: its length, or -1 at the end of the body.
     * Blocks until the engine sends something.
     */
    int read(byte[] buffer) throws IOException {
        switch (framing) {
            case NONE:
                return -1;
            case LENGTH: {
                if (remaining == 0) {
                    framing = Framing.NONE;
                    return -1;
                }
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
                if (read < 0) {
                    throw new EOFException("the engine closed the connection before the end of its answer");
                }
                remaining -= read;
                return read;
            }
            case CHUNKED: {
                if (remaining == 0) {
                    long size = chunkSize();
                    if (size == 0) {
                        while (!line().isEmpty()) {
                            // trailer fields: none that matter here
                        }
                        framing = Framing.NONE;
                        return -1;
                    }
                    remaining = size;
                }
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
                if (read < 0) {
                    throw new EOFException("the engine closed the connection in the middle of a chunk");
                }
                remaining -= read;
                if (remaining == 0 && !line().isEmpty()) {
                    throw new IOException("malformed chunked answer from the engine");
                }
                return read;
            }
            case CLOSE: {
                int read = in.read(buffer);
                if (read < 0) {
                    framing = Framing.NONE;
                }
                return read;
            }
            default:
                throw new IllegalStateException(framing.name());
        }
    }

    /** The whole remaining body. */
    byte[] readBody() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        for (int read = read(buffer); read >= 0; read = read(buffer)) {
            body.write(buffer, 0, read);
        }
        return body.toByteArray();
    }

    /** True when the last answer was read to its end and the engine keeps the connection open. */
    boolean reusable() {
        return reusable && framing == Framing.NONE && !closed;
    }

    /** True once the engine sent a byte of its answer to the last request (or closed the connection after it). */
    boolean answering() {
        return answering;
    }

    boolean isClosed() {
        return closed;
    }

    /** Closes the connection; a thread blocked reading it gets an exception at once. */
    @Override
    public void close() {
        closed = true;
        try {
            channel.close();
        } catch (IOException e) {
            // nothing left to release
        }
    }

    private long chunkSize() throws IOException {
        String line = line();
        int extension = line.indexOf(';');
        String digits = (extension >= 0 ? line.substring(0, extension) : line).trim();
        try {
            return Long.parseLong(digits, 16);
        } catch (NumberFormatException e) {
            throw new IOException("malformed chunk size from the engine: " + line);
        }
    }

    /** One CRLF-terminated line of the head (ISO-8859-1, as HTTP/1.1 heads are). */
    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        while (true) {
            int next = in.read();
            if (next < 0) {
                throw new EOFException(line.isEmpty() && framing != Framing.CHUNKED
                        ? "the engine closed the connection without answering"
                        : "the engine closed the connection in the middle of its answer");
            }
            answering = true;
            if (next == '\n') {
                int length = line.length();
                if (length > 0 && line.charAt(length - 1) == '\r') {
                    line.setLength(length - 1);
                }
                return line.toString();
            }
            if (line.length() > MAX_HEAD_BYTES) {
                throw new IOException("a line of the engine's answer is longer than " + MAX_HEAD_BYTES + " bytes");
            }
            line.append((char) next);
        }
    }

    /** The request head bytes: request line, Host, User-Agent, the request's headers, Content-Length. */
    static byte[] requestHead(String method, String uri, String host, String userAgent,
            Map<String, String> headers, int bodyLength) {
        StringBuilder head = new StringBuilder(256)
                .append(method).append(' ').append(uri).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host).append("\r\n")
                .append("User-Agent: ").append(userAgent).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (bodyLength > 0 || !(method.equals("GET") || method.equals("HEAD") || method.equals("DELETE"))) {
            head.append("Content-Length: ").append(bodyLength).append("\r\n");
        }
        return head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private enum Framing {
        NONE,
        LENGTH,
        CHUNKED,
        CLOSE
    }
}
