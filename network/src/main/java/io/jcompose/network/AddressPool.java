package io.jcompose.network;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** One IPAM pool as the Engine API's {@code IPAM.Config[]} entry: Subnet, IPRange, Gateway, AuxiliaryAddresses. */
public record AddressPool(Optional<String> subnet,
                          Optional<String> ipRange,
                          Optional<String> gateway,
                          Map<String, String> auxiliaryAddresses) {

    public AddressPool {
        Objects.requireNonNull(subnet);
        Objects.requireNonNull(ipRange);
        Objects.requireNonNull(gateway);
        auxiliaryAddresses = Map.copyOf(auxiliaryAddresses);
    }

    /** {@code subnet=..,ip_range=..,gateway=..,aux=k=v;k=v} with absent parts left out, for plan reasons. */
    String describe() {
        StringBuilder out = new StringBuilder();
        subnet.ifPresent(s -> out.append("subnet=").append(s));
        ipRange.ifPresent(r -> out.append(out.isEmpty() ? "" : ",").append("ip_range=").append(r));
        gateway.ifPresent(g -> out.append(out.isEmpty() ? "" : ",").append("gateway=").append(g));
        if (!auxiliaryAddresses.isEmpty()) {
            out.append(out.isEmpty() ? "" : ",").append("aux=").append(Texts.map(auxiliaryAddresses));
        }
        return out.toString();
    }
}
