package io.jcompose.engine.transport;

import io.vertx.core.net.SocketAddress;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where an engine listens: a unix socket or a TCP address, with where we learnt it from
 * ("DOCKER_HOST", "context \"ci\"", "default socket") for messages.
 */
public record EngineEndpoint(String source, String host, Optional<Path> socket, String tcpHost, int tcpPort) {

    public static EngineEndpoint unix(String source, Path socket) {
        return new EngineEndpoint(source, "unix://" + socket, Optional.of(socket), "", 0);
    }

    public static EngineEndpoint tcp(String source, String hostname, int port) {
        return new EngineEndpoint(source, "tcp://" + hostname + ":" + port, Optional.empty(), hostname, port);
    }

    public boolean isUnixSocket() {
        return socket.isPresent();
    }

    public SocketAddress address() {
        return socket.map(path -> SocketAddress.domainSocketAddress(path.toString()))
                .orElseGet(() -> SocketAddress.inetSocketAddress(tcpPort, tcpHost));
    }

    /** The Host header value: the engine ignores it on a socket, but HTTP/1.1 requires one. */
    public String hostHeader() {
        return socket.isPresent() ? "docker" : tcpHost + ":" + tcpPort;
    }
}
