package io.jcompose.engine.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The credentials for one registry, as the engine takes them in {@code X-Registry-Auth}: a user name and
 * password, or an identity token (OAuth refresh token). {@link #toString()} never shows a secret, so a
 * record that ends up in a log or an error message leaks nothing.
 *
 * @param serverAddress the key the credentials were found under ({@code 127.0.0.1:5000}, {@code https://index.docker.io/v1/})
 */
public record RegistryAuth(String serverAddress, String username, String password, String identityToken) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public RegistryAuth {
        Objects.requireNonNull(serverAddress);
        Objects.requireNonNull(username);
        Objects.requireNonNull(password);
        Objects.requireNonNull(identityToken);
    }

    /** No credentials: the engine tries the registry anonymously. */
    public static RegistryAuth anonymous(String serverAddress) {
        return new RegistryAuth(serverAddress, "", "", "");
    }

    public boolean isAnonymous() {
        return username.isEmpty() && password.isEmpty() && identityToken.isEmpty();
    }

    /**
     * The {@code X-Registry-Auth} header value: base64url of the JSON the engine reads
     * ({@code username}/{@code password} or {@code identitytoken}, and {@code serveraddress}); empty when anonymous.
     */
    public String header() {
        if (isAnonymous()) {
            return "";
        }
        Map<String, String> fields = new LinkedHashMap<>();
        if (identityToken.isEmpty()) {
            fields.put("username", username);
            fields.put("password", password);
        } else {
            fields.put("identitytoken", identityToken);
        }
        fields.put("serveraddress", serverAddress);
        try {
            return Base64.getUrlEncoder().encodeToString(JSON.writeValueAsString(fields).getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode registry credentials as JSON", e);
        }
    }

    @Override
    public String toString() {
        if (isAnonymous()) {
            return "RegistryAuth[" + serverAddress + ", anonymous]";
        }
        return "RegistryAuth[" + serverAddress + ", "
                + (identityToken.isEmpty() ? "user " + username + ", password ****" : "identity token ****") + "]";
    }
}
