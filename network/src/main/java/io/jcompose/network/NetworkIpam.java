package io.jcompose.network;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** IP address management of a network, as the Engine API's {@code IPAM} object: Driver, Config, Options. */
public record NetworkIpam(Optional<String> driver, List<AddressPool> config, Map<String, String> options) {

    public NetworkIpam {
        Objects.requireNonNull(driver);
        config = List.copyOf(config);
        options = Map.copyOf(options);
    }

    public static NetworkIpam none() {
        return new NetworkIpam(Optional.empty(), List.of(), Map.of());
    }
}
