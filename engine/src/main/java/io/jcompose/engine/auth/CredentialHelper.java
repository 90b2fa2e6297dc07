package io.jcompose.engine.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A docker credential helper ({@code docker-credential-<name>}), run as the docker CLI runs it:
 * {@code get}, the server address on standard input, {@code {"ServerURL","Username","Secret"}} on
 * standard output. The user name {@code <token>} marks the secret as an identity token.
 */
public final class CredentialHelper {

    /** What helpers print when they hold nothing for the address; not an error. */
    static final String NOT_FOUND = "credentials not found in native keychain";
    private static final String TOKEN_USERNAME = "<token>";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final List<Path> searchPath;

    /**
     * @param name the helper's suffix ({@code pass}, {@code desktop}, {@code ecr-login})
     * @param environment where {@code PATH} is read to find the program
     */
    public CredentialHelper(String name, Map<String, String> environment) {
        this.name = name;
        this.searchPath = Arrays.stream(environment.getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(dir -> !dir.isEmpty()).map(Path::of).toList();
    }

    public String program() {
        return "docker-credential-" + name;
    }

    /** The credentials stored for {@code serverAddress}, or empty when the helper has none. */
    public Optional<RegistryAuth> get(String serverAddress) {
        Path executable = searchPath.stream().map(dir -> dir.resolve(program()))
                .filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new CredentialsException("getting credentials for " + serverAddress + ": "
                        + program() + " is not on the PATH (named by config.json's credsStore or credHelpers)"));
        String stdout;
        String stderr;
        int exit;
        try {
            Process process = new ProcessBuilder(executable.toString(), "get").start();
            CompletableFuture<String> errors = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            try (OutputStream in = process.getOutputStream()) {
                in.write(serverAddress.getBytes(StandardCharsets.UTF_8));
            }
            stdout = read(process.getInputStream());
            stderr = errors.join();
            exit = process.waitFor();
        } catch (IOException | UncheckedIOException e) {
            throw new CredentialsException("getting credentials for " + serverAddress + " from " + program() + ": "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CredentialsException("getting credentials for " + serverAddress + " from " + program()
                    + ": interrupted", e);
        }
        if (exit != 0) {
            if (stdout.contains(NOT_FOUND)) {
                return Optional.empty();
            }
            String said = (stdout.isBlank() ? stderr : stdout).strip();
            throw new CredentialsException("getting credentials for " + serverAddress + " from " + program()
                    + ": exit status " + exit + (said.isEmpty() ? "" : ": " + said));
        }
        return Optional.of(parse(serverAddress, stdout));
    }

    private RegistryAuth parse(String serverAddress, String stdout) {
        JsonNode answer;
        try {
            answer = JSON.readTree(stdout);
        } catch (IOException e) {
            throw new CredentialsException("getting credentials for " + serverAddress + " from " + program()
                    + ": the answer is not JSON", e);
        }
        String username = answer.path("Username").asText("");
        String secret = answer.path("Secret").asText("");
        return username.equals(TOKEN_USERNAME)
                ? new RegistryAuth(serverAddress, "", "", secret)
                : new RegistryAuth(serverAddress, username, secret, "");
    }

    private static String read(InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
