package io.jcompose.spec.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Options of a tmpfs mount; size in bytes. */
public record TmpfsOptions(Optional<Long> size,
                           Optional<Long> mode,
                           Map<String, Object> extensions) {

    public TmpfsOptions {
        Objects.requireNonNull(size);
        Objects.requireNonNull(mode);
        extensions = Trees.sorted(extensions);
    }

    static TmpfsOptions fromTree(Map<String, Object> tree) {
        return new TmpfsOptions(
                Trees.bytes(tree, "size"),
                Trees.lng(tree, "mode"),
                Trees.extensions(tree));
    }

    Map<String, Object> toTree() {
        return new TreeBuilder()
                .bytes("size", size)
                .lng("mode", mode)
                .extensions(extensions)
                .build();
    }
}
