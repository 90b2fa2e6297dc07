package io.jcompose.engine.auth;

import io.jcompose.engine.api.ImageReference;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Finds the credentials for an image's registry as the docker CLI does: the registry's
 * {@code credHelpers} entry, else the {@code credsStore} helper, else the {@code auths} stored in
 * {@code config.json} (exact key first, then any key whose host matches, for entries written as URLs).
 * Registries without credentials are tried anonymously.
 *
 * <pre>{@code
 * RegistryCredentials credentials = RegistryCredentials.fromEnvironment(err::println);
 * engine.images().pull(image, credentials.header(image), progress);
 * }</pre>
 */
public final class RegistryCredentials {

    private final DockerConfig config;
    private final Map<String, String> environment;

    public RegistryCredentials(DockerConfig config, Map<String, String> environment) {
        this.config = config;
        this.environment = Map.copyOf(environment);
    }

    /**
     * The credentials of this process's user: {@code DOCKER_CONFIG} or {@code ~/.docker}. As the docker
     * CLI does, a config file that cannot be read is reported to {@code warnings} and treated as empty.
     */
    public static RegistryCredentials fromEnvironment(Consumer<String> warnings) {
        return of(System.getenv(), Path.of(System.getProperty("user.home")), warnings);
    }

    public static RegistryCredentials of(Map<String, String> environment, Path home, Consumer<String> warnings) {
        Path directory = DockerConfig.directory(environment, home);
        DockerConfig config;
        try {
            config = DockerConfig.load(directory);
        } catch (CredentialsException unreadable) {
            warnings.accept("WARNING: Error loading config file: " + unreadable.getMessage());
            config = new DockerConfig(directory.resolve(DockerConfig.FILE_NAME), Map.of(), Optional.empty(), Map.of());
        }
        return new RegistryCredentials(config, environment);
    }

    public DockerConfig config() {
        return config;
    }

    /** The credentials for {@code image}'s registry (anonymous when none are stored). */
    public RegistryAuth forImage(String image) {
        return lookup(ImageReference.parse(image).authKey());
    }

    /** The {@code X-Registry-Auth} value for {@code image}; empty when anonymous. */
    public String header(String image) {
        return forImage(image).header();
    }

    /** docker's {@code GetAuthConfig}: {@code key} is a registry host, or Docker Hub's {@code https://index.docker.io/v1/}. */
    public RegistryAuth lookup(String key) {
        String helper = config.credHelpers().get(key);
        if (helper != null && !helper.isEmpty()) {
            return fromHelper(helper, key);
        }
        if (config.credsStore().isPresent()) {
            return fromHelper(config.credsStore().get(), key);
        }
        RegistryAuth stored = config.auths().get(key);
        if (stored != null) {
            return stored;
        }
        return config.auths().entrySet().stream()
                .filter(entry -> hostOf(entry.getKey()).equals(key))
                .map(entry -> new RegistryAuth(key, entry.getValue().username(), entry.getValue().password(),
                        entry.getValue().identityToken()))
                .findFirst()
                .orElse(RegistryAuth.anonymous(key));
    }

    private RegistryAuth fromHelper(String helper, String key) {
        return new CredentialHelper(helper, environment).get(key).orElse(RegistryAuth.anonymous(key));
    }

    /** docker's {@code ConvertToHostname}: {@code https://registry.example.com/v2/} is {@code registry.example.com}. */
    static String hostOf(String key) {
        String stripped = key.startsWith("http://") ? key.substring("http://".length())
                : key.startsWith("https://") ? key.substring("https://".length()) : key;
        int slash = stripped.indexOf('/');
        return slash < 0 ? stripped : stripped.substring(0, slash);
    }
}
