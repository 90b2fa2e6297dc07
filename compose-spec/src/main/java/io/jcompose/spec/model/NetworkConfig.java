package io.jcompose.spec.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A top-level network. */
public record NetworkConfig(Optional<String> name,
                            Optional<String> driver,
                            Map<String, String> driverOpts,
                            Optional<Ipam> ipam,
                            boolean external,
                            boolean internal,
                            boolean attachable,
                            Map<String, String> labels,
                            Optional<Boolean> enableIpv4,
                            Optional<Boolean> enableIpv6,
                            Map<String, Object> extensions) {

    public NetworkConfig {
        Objects.requireNonNull(name);
        Objects.requireNonNull(driver);
        driverOpts = Trees.sorted(driverOpts);
        Objects.requireNonNull(ipam);
        labels = Trees.sorted(labels);
        Objects.requireNonNull(enableIpv4);
        Objects.requireNonNull(enableIpv6);
        extensions = Trees.sorted(extensions);
    }

    static NetworkConfig fromTree(Map<String, Object> tree) {
        return new NetworkConfig(
                Trees.str(tree, "name"),
                Trees.str(tree, "driver"),
                Trees.map(tree, "driver_opts"),
                Trees.objNonEmpty(tree, "ipam", Ipam::fromTree),
                Trees.bool(tree, "external"),
                Trees.bool(tree, "internal"),
                Trees.bool(tree, "attachable"),
                Trees.map(tree, "labels"),
                Trees.boolp(tree, "enable_ipv4"),
                Trees.boolp(tree, "enable_ipv6"),
                Trees.extensions(tree));
    }

    Map<String, Object> toTree() {
        return new TreeBuilder()
                .str("name", name)
                .str("driver", driver)
                .map("driver_opts", driverOpts)
                .obj("ipam", ipam, Ipam::toTree)
                .bool("external", external)
                .bool("internal", internal)
                .bool("attachable", attachable)
                .map("labels", labels)
                .boolp("enable_ipv4", enableIpv4)
                .boolp("enable_ipv6", enableIpv6)
                .extensions(extensions)
                .build();
    }
}
