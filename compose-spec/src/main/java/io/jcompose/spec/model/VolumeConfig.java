package io.jcompose.spec.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A top-level volume. */
public record VolumeConfig(Optional<String> name,
                           Optional<String> driver,
                           Map<String, String> driverOpts,
                           boolean external,
                           Map<String, String> labels,
                           Map<String, Object> extensions) {

    public VolumeConfig {
        Objects.requireNonNull(name);
        Objects.requireNonNull(driver);
        driverOpts = Trees.sorted(driverOpts);
        labels = Trees.sorted(labels);
        extensions = Trees.sorted(extensions);
    }

    static VolumeConfig fromTree(Map<String, Object> tree) {
        return new VolumeConfig(
                Trees.str(tree, "name"),
                Trees.str(tree, "driver"),
                Trees.map(tree, "driver_opts"),
                Trees.bool(tree, "external"),
                Trees.map(tree, "labels"),
                Trees.extensions(tree));
    }

    Map<String, Object> toTree() {
        return new TreeBuilder()
                .str("name", name)
                .str("driver", driver)
                .map("driver_opts", driverOpts)
                .bool("external", external)
                .map("labels", labels)
                .extensions(extensions)
                .build();
    }
}
