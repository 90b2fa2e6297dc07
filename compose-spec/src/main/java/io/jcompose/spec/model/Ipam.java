package io.jcompose.spec.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** IP address management of a network. */
public record Ipam(Optional<String> driver,
                   List<IpamPool> config,
                   Map<String, String> options,
                   Map<String, Object> extensions) {

    public Ipam {
        Objects.requireNonNull(driver);
        config = List.copyOf(config);
        options = Trees.sorted(options);
        extensions = Trees.sorted(extensions);
    }

    static Ipam fromTree(Map<String, Object> tree) {
        return new Ipam(
                Trees.str(tree, "driver"),
                Trees.objs(tree, "config", IpamPool::fromTree),
                Trees.map(tree, "options"),
                Trees.extensions(tree));
    }

    Map<String, Object> toTree() {
        return new TreeBuilder()
                .str("driver", driver)
                .objs("config", config, IpamPool::toTree)
                .map("options", options)
                .extensions(extensions)
                .build();
    }
}
