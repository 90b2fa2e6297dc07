package io.jcompose.engine;

import io.jcompose.engine.transport.ApiVersion;
import io.jcompose.engine.transport.EndpointCandidate;
import io.jcompose.engine.transport.EndpointCandidates;
import io.jcompose.engine.transport.EngineEndpoint;
import io.jcompose.engine.transport.EngineLoop;
import io.jcompose.engine.transport.EngineTransport;
import io.vertx.core.Context;
import io.vertx.core.Future;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

/**
 * Connects to an engine: resolves the candidate endpoints ({@code DOCKER_HOST}, the docker context,
 * the default sockets), pings each in turn, negotiates the API version with the first that answers,
 * and reports every attempt when none does.
 */
public final class Engine {

    private Engine() {
    }

    /** Connects, blocking the calling thread; throws {@link EngineUnreachableException} when no engine answers. */
    public static EngineClient connect(EngineOptions options) {
        return await(connectAsync(options));
    }

    public static Future<EngineClient> connectAsync(EngineOptions options) {
        List<EndpointCandidate> candidates = new EndpointCandidates(options.environment(), options.home()).resolve();
        Optional<ApiVersion> pinned;
        try {
            String configured = options.environment().getOrDefault("DOCKER_API_VERSION", "").trim();
            pinned = configured.isEmpty() ? Optional.empty() : Optional.of(ApiVersion.parse(configured));
        } catch (IllegalArgumentException e) {
            return Future.failedFuture(new IllegalArgumentException("DOCKER_API_VERSION: " + e.getMessage(), e));
        }
        EngineLoop loop = new EngineLoop(options.vertx());
        return tryNext(loop, options, candidates, 0, new ArrayList<>(), pinned)
                .onFailure(failure -> loop.closeAsync());
    }

    /**
     * Waits on an ordinary thread for {@code future}, rethrowing its failure as it is when unchecked
     * (an {@link EngineException}'s message is the user-facing sentence). Never call it on the event loop.
     */
    public static <T> T await(Future<T> future) {
        if (Context.isOnEventLoopThread() || EngineLoop.isLoopThread()) {
            throw new IllegalStateException("await would block the engine loop; compose the future instead");
        }
        try {
            return future.toCompletionStage().toCompletableFuture().get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new EngineException("talking to the engine", String.valueOf(cause.getMessage()), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException("talking to the engine", "interrupted", e);
        }
    }

    private static Future<EngineClient> tryNext(EngineLoop loop, EngineOptions options,
            List<EndpointCandidate> candidates, int index, List<EngineUnreachableException.Attempt> attempts,
            Optional<ApiVersion> pinned) {
        if (index == candidates.size()) {
            return Future.failedFuture(new EngineUnreachableException(attempts));
        }
        EndpointCandidate candidate = candidates.get(index);
        if (candidate.endpoint().isEmpty()) {
            attempts.add(new EngineUnreachableException.Attempt(candidate.source(), candidate.host(), candidate.refusal()));
            return tryNext(loop, options, candidates, index + 1, attempts, pinned);
        }
        EngineEndpoint endpoint = candidate.endpoint().get();
        if (endpoint.socket().isPresent() && !Files.exists(endpoint.socket().get())) {
            attempts.add(new EngineUnreachableException.Attempt(candidate.source(), candidate.host(),
                    "no such socket"));
            return tryNext(loop, options, candidates, index + 1, attempts, pinned);
        }
        EngineTransport transport = new EngineTransport(loop, endpoint, options.parallelLimit(),
                options.connectTimeout(), ClientVersion.userAgent());
        return transport.ping(options.connectTimeout())
                .compose(ping -> {
                    if (!ping.apiVersion().atLeast(ApiVersion.CLIENT_MIN)) {
                        return Future.failedFuture(new EngineException("connecting to the engine at " + endpoint.host(),
                                "the engine speaks API " + ping.apiVersion() + "; jcompose needs "
                                        + ApiVersion.CLIENT_MIN + " or newer (Docker Engine 20.10+)", null));
                    }
                    ApiVersion negotiated = pinned.orElseGet(() -> ApiVersion.negotiate(ping.apiVersion()));
                    transport.useApiVersion(negotiated);
                    return Future.succeededFuture(
                            new EngineClient(loop, transport, ping.apiVersion(), negotiated));
                }, failure -> {
                    attempts.add(new EngineUnreachableException.Attempt(candidate.source(), candidate.host(),
                            reason(failure)));
                    return transport.close().transform(closed ->
                            tryNext(loop, options, candidates, index + 1, attempts, pinned));
                });
    }

    private static String reason(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        if (message.contains("Permission denied")) {
            return "permission denied (is your user allowed to use the socket, e.g. in the docker group?)";
        }
        if (message.contains("Connection refused")) {
            return "connection refused (nothing listens there)";
        }
        return message;
    }
}
