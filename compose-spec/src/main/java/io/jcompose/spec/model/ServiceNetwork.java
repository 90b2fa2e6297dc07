package io.jcompose.spec.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A service's attachment to one network. */
public record ServiceNetwork(List<String> aliases,
                             Map<String, String> driverOpts,
                             Optional<Long> gwPriority,
                             Optional<String> interfaceName,
                             Optional<String> ipv4Address,
                             Optional<String> ipv6Address,
                             List<String> linkLocalIps,
                             Optional<String> macAddress,
                             Optional<Long> priority,
                             Map<String, Object> extensions) {

    public ServiceNetwork {
        aliases = List.copyOf(aliases);
        driverOpts = Trees.sorted(driverOpts);
        Objects.requireNonNull(gwPriority);
        Objects.requireNonNull(interfaceName);
        Objects.requireNonNull(ipv4Address);
        Objects.requireNonNull(ipv6Address);
        linkLocalIps = List.copyOf(linkLocalIps);
        Objects.requireNonNull(macAddress);
        Objects.requireNonNull(priority);
        extensions = Trees.sorted(extensions);
    }

    static ServiceNetwork fromTree(Map<String, Object> tree) {
        return new ServiceNetwork(
                Trees.strs(tree, "aliases"),
                Trees.map(tree, "driver_opts"),
                Trees.lng(tree, "gw_priority"),
                Trees.str(tree, "interface_name"),
                Trees.str(tree, "ipv4_address"),
                Trees.str(tree, "ipv6_address"),
                Trees.strs(tree, "link_local_ips"),
                Trees.str(tree, "mac_address"),
                Trees.lng(tree, "priority"),
                Trees.extensions(tree));
    }

    Map<String, Object> toTree() {
        return new TreeBuilder()
                .strs("aliases", aliases)
                .map("driver_opts", driverOpts)
                .lng("gw_priority", gwPriority)
                .str("interface_name", interfaceName)
                .str("ipv4_address", ipv4Address)
                .str("ipv6_address", ipv6Address)
                .strs("link_local_ips", linkLocalIps)
                .str("mac_address", macAddress)
                .lng("priority", priority)
                .extensions(extensions)
                .build();
    }
}
