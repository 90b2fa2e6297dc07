package io.jcompose.spec.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Options of a bind mount; {@code create_host_path} defaults to true. */
public record VolumeBind(Optional<String> selinux,
                         Optional<String> propagation,
                         boolean createHostPath,
                         Optional<String> recursive,
                         Map<String, Object> extensions) {

    public VolumeBind {
        Objects.requireNonNull(selinux);
        Objects.requireNonNull(propagation);
        Objects.requireNonNull(recursive);
        extensions = Trees.sorted(extensions);
    }

    static VolumeBind fromTree(Map<String, Object> tree) {
        return new VolumeBind(
                Trees.str(tree, "selinux"),
                Trees.str(tree, "propagation"),
                Trees.optOut(tree, "create_host_path"),
                Trees.str(tree, "recursive"),
                Trees.extensions(tree));
    }

    Map<String, Object> toTree() {
        return new TreeBuilder()
                .str("selinux", selinux)
                .str("propagation", propagation)
                .optOut("create_host_path", createHostPath)
                .str("recursive", recursive)
                .extensions(extensions)
                .build();
    }
}
