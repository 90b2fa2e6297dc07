package io.jcompose.engine.transport;

import java.util.Optional;

/**
 * One place an engine may listen, in resolution order: either an endpoint to try, or the reason it
 * cannot be tried at all (unsupported scheme, missing context), which still goes into the report.
 */
public record EndpointCandidate(String source, String host, Optional<EngineEndpoint> endpoint, String refusal) {

    public static EndpointCandidate of(EngineEndpoint endpoint) {
        return new EndpointCandidate(endpoint.source(), endpoint.host(), Optional.of(endpoint), "");
    }

    public static EndpointCandidate refused(String source, String host, String refusal) {
        return new EndpointCandidate(source, host, Optional.empty(), refusal);
    }
}
