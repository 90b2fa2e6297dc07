package io.jcompose.spec.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A host device made available in the container ({@code devices}); permissions default to {@code rwm}. */
public record DeviceMapping(Optional<String> source,
                            Optional<String> target,
                            Optional<String> permissions,
                            Map<String, Object> extensions) {

    public DeviceMapping {
        Objects.requireNonNull(source);
        Objects.requireNonNull(target);
        Objects.requireNonNull(permissions);
        extensions = Trees.sorted(extensions);
    }

    static DeviceMapping fromTree(Map<String, Object> tree) {
        return new DeviceMapping(
                Trees.str(tree, "source"),
                Trees.str(tree, "target"),
                Trees.str(tree, "permissions"),
                Trees.extensions(tree));
    }

    Map<String, Object> toTree() {
        return new TreeBuilder()
                .str("source", source)
                .str("target", target)
                .str("permissions", permissions)
                .extensions(extensions)
                .build();
    }
}
