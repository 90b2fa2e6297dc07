package io.jcompose.tests.registry;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real Docker registry (Debian's {@code docker-registry}, distribution 2.x) on 127.0.0.1 and a free port,
 * storing into a temporary directory; optionally behind htpasswd basic auth. The engine treats
 * 127.0.0.0/8 registries as insecure by default, so plain HTTP works without engine configuration.
 */
final class LocalRegistry implements AutoCloseable {

    static final Path PROGRAM = Path.of("/usr/bin/docker-registry");

    private final Process process;
    private final int port;
    private final Path log;

    private LocalRegistry(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts a registry in {@code dir}; {@code user}/{@code password} turn on basic auth. Without the program
     * the test is skipped, or fails when CI is set (scripts/engine-up installs it).
     */
    static LocalRegistry start(Path dir, Optional<String[]> userAndPassword) throws IOException {
        if (!Files.isExecutable(PROGRAM)) {
            String message = PROGRAM + " is missing: install Debian's docker-registry package (scripts/engine-up does)";
            String ci = System.getenv("CI");
            if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false") || Boolean.getBoolean("jcompose.requireEngine")) {
                throw new IllegalStateException(message);
            }
            Assumptions.abort(message);
        }
        int port = freePort();
        StringBuilder config = new StringBuilder("""
                version: 0.1
                log:
                  level: warn
                storage:
                  filesystem:
                    rootdirectory: %s
                http:
                  addr: 127.0.0.1:%d
                  secret: jcompose-test-only
                """.formatted(Files.createDirectories(dir.resolve("data")), port));
        if (userAndPassword.isPresent()) {
            Path htpasswd = dir.resolve("htpasswd");
            Files.writeString(htpasswd, Htpasswd.line(userAndPassword.get()[0], userAndPassword.get()[1]));
            config.append("""
                    auth:
                      htpasswd:
                        realm: jcompose-test
                        path: %s
                    """.formatted(htpasswd));
        }
        Path configFile = Files.writeString(dir.resolve("config.yml"), config);
        Path log = dir.resolve("registry.log");
        Process process = new ProcessBuilder(PROGRAM.toString(), "serve", configFile.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        LocalRegistry registry = new LocalRegistry(process, port, log);
        try {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> registry.answers() || !process.isAlive());
            if (!process.isAlive()) {
                throw new IllegalStateException("docker-registry exited at start: " + Files.readString(log));
            }
        } catch (RuntimeException e) {
            registry.close();
            throw e;
        }
        return registry;
    }

    /** {@code 127.0.0.1:PORT}, the registry part of image references. */
    String host() {
        return "127.0.0.1:" + port;
    }

    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean answers() {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create("http://" + host() + "/v2/").toURL().openConnection();
            connection.setConnectTimeout(500);
            connection.setReadTimeout(500);
            int status = connection.getResponseCode();
            connection.disconnect();
            return status == 200 || status == 401;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
