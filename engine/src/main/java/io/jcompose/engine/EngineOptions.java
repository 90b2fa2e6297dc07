package io.jcompose.engine;

import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * How to reach the engine: the environment to resolve {@code DOCKER_HOST} and friends from (a map, so
 * tests pass their own), the home directory holding {@code .docker/}, the limit on calls in flight
 * (below 1: unlimited), the ping timeout per endpoint, and optionally a Vert.x instance to share.
 */
public record EngineOptions(
        Map<String, String> environment,
        Path home,
        int parallelLimit,
        Duration connectTimeout,
        Optional<Vertx> vertx) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(3);

    public EngineOptions {
        environment = Map.copyOf(environment);
    }

    /** The process environment, {@code user.home}, and {@code COMPOSE_PARALLEL_LIMIT} when set. */
    public static EngineOptions fromEnvironment() {
        return of(System.getenv());
    }

    /** Options from the given environment; throws IllegalArgumentException on a bad COMPOSE_PARALLEL_LIMIT. */
    public static EngineOptions of(Map<String, String> environment) {
        String home = environment.getOrDefault("HOME", "");
        return new EngineOptions(environment, Path.of(home.isEmpty() ? System.getProperty("user.home") : home),
                parallelLimit(environment.getOrDefault("COMPOSE_PARALLEL_LIMIT", "")), DEFAULT_CONNECT_TIMEOUT,
                Optional.empty());
    }

    public EngineOptions withParallelLimit(int limit) {
        return new EngineOptions(environment, home, limit, connectTimeout, vertx);
    }

    public EngineOptions withConnectTimeout(Duration timeout) {
        return new EngineOptions(environment, home, parallelLimit, timeout, vertx);
    }

    /** Shares an existing Vert.x instance; the client then leaves it open on close. */
    public EngineOptions withVertx(Vertx shared) {
        return new EngineOptions(environment, home, parallelLimit, connectTimeout, Optional.of(shared));
    }

    static int parallelLimit(String text) {
        if (text.isBlank()) {
            return -1;
        }
        try {
            int limit = Integer.parseInt(text.trim());
            if (limit == 0 || limit < -1) {
                throw new IllegalArgumentException("COMPOSE_PARALLEL_LIMIT=" + text
                        + ": expected a positive number of engine calls, or -1 for unlimited");
            }
            return limit;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("COMPOSE_PARALLEL_LIMIT=" + text
                    + ": expected a positive number of engine calls, or -1 for unlimited", e);
        }
    }
}
