package io.jcompose.network;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A network as the engine reports it ({@code GET /networks/{id}}): the engine side maps Id, Name, Driver, Labels,
 * Options, IPAM, Internal, Attachable, EnableIPv6 and the keys of Containers onto this. {@code GET /networks}
 * leaves Containers empty: a network that may be recreated needs its inspect.
 */
public record ObservedNetwork(String id,
                              String name,
                              String driver,
                              Map<String, String> labels,
                              Map<String, String> options,
                              NetworkIpam ipam,
                              boolean internal,
                              boolean attachable,
                              boolean enableIpv6,
                              List<String> containerIds) {

    public ObservedNetwork {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
        Objects.requireNonNull(driver);
        labels = Map.copyOf(labels);
        options = Map.copyOf(options);
        Objects.requireNonNull(ipam);
        containerIds = List.copyOf(containerIds);
    }
}
