package io.jcompose.spec.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** One IPAM address pool. */
public record IpamPool(Optional<String> subnet,
                       Optional<String> gateway,
                       Optional<String> ipRange,
                       Map<String, String> auxAddresses,
                       Map<String, Object> extensions) {

    public IpamPool {
        Objects.requireNonNull(subnet);
        Objects.requireNonNull(gateway);
        Objects.requireNonNull(ipRange);
        auxAddresses = Trees.sorted(auxAddresses);
        extensions = Trees.sorted(extensions);
    }

    static IpamPool fromTree(Map<String, Object> tree) {
        return new IpamPool(
                Trees.str(tree, "subnet"),
                Trees.str(tree, "gateway"),
                Trees.str(tree, "ip_range"),
                Trees.map(tree, "aux_addresses"),
                Trees.extensions(tree));
    }

    Map<String, Object> toTree() {
        return new TreeBuilder()
                .str("subnet", subnet)
                .str("gateway", gateway)
                .str("ip_range", ipRange)
                .map("aux_addresses", auxAddresses)
                .extensions(extensions)
                .build();
    }
}
