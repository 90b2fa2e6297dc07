package io.jcompose.engine.container;

import java.util.Map;
import java.util.Objects;

/**
 * A {@code POST /networks/{network}/connect} to do after create, before start.
 *
 * @param network the engine network name
 * @param endpointConfig the engine's EndpointSettings (Aliases, IPAMConfig, ...), as passed to
 *     {@code Networks.connect}
 */
public record NetworkConnect(String network, Map<String, Object> endpointConfig) {

    public NetworkConnect {
        Objects.requireNonNull(network);
        endpointConfig = Map.copyOf(endpointConfig);
    }
}
