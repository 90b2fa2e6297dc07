package io.jcompose.engine.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The registry part of the docker CLI's {@code config.json}: stored {@code auths}, the default
 * {@code credsStore} and the per-registry {@code credHelpers}. A missing file is an empty config.
 *
 * @param file where it was read from, for messages
 */
public record DockerConfig(Path file, Map<String, RegistryAuth> auths, Optional<String> credsStore,
                           Map<String, String> credHelpers) {

    public static final String FILE_NAME = "config.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    public DockerConfig {
        auths = Map.copyOf(auths);
        credHelpers = Map.copyOf(credHelpers);
    }

    /** The directory the docker CLI reads: {@code DOCKER_CONFIG}, else {@code ~/.docker}. */
    public static Path directory(Map<String, String> environment, Path home) {
        String configured = environment.getOrDefault("DOCKER_CONFIG", "");
        return configured.isEmpty() ? home.resolve(".docker") : Path.of(configured);
    }

    /** Reads {@code <directory>/config.json}; an absent file gives an empty config. */
    public static DockerConfig load(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        try {
            return parse(file, Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException absent) {
            return new DockerConfig(file, Map.of(), Optional.empty(), Map.of());
        } catch (IOException e) {
            throw new CredentialsException("reading " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses config.json text; {@code file} only names it in messages. */
    public static DockerConfig parse(Path file, String text) {
        JsonNode root;
        try {
            root = text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new CredentialsException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (!root.isObject()) {
            throw new CredentialsException(file + ": expected a JSON object");
        }
        Map<String, RegistryAuth> auths = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : root.path("auths").properties()) {
            auths.put(entry.getKey(), entry(file, entry.getKey(), entry.getValue()));
        }
        Map<String, String> helpers = new LinkedHashMap<>();
        root.path("credHelpers").properties().forEach(e -> helpers.put(e.getKey(), e.getValue().asText("")));
        String store = root.path("credsStore").asText("");
        return new DockerConfig(file, auths, store.isEmpty() ? Optional.empty() : Optional.of(store), helpers);
    }

    /** One {@code auths} entry: {@code auth} (base64 user:password) wins over {@code username}/{@code password}, as in docker. */
    private static RegistryAuth entry(Path file, String key, JsonNode node) {
        String username = node.path("username").asText("");
        String password = node.path("password").asText("");
        String encoded = node.path("auth").asText("");
        if (!encoded.isEmpty()) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(encoded.trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new CredentialsException(file + ": auths." + key + ".auth is not base64");
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                throw new CredentialsException(file + ": auths." + key + ".auth must encode user:password");
            }
            username = decoded.substring(0, colon);
            password = decoded.substring(colon + 1);
        }
        return new RegistryAuth(key, username, password, node.path("identitytoken").asText(""));
    }

    @Override
    public String toString() {
        return "DockerConfig[" + file + ", auths for " + auths.keySet() + ", credsStore " + credsStore.orElse("none")
                + ", credHelpers " + credHelpers + "]";
    }
}
