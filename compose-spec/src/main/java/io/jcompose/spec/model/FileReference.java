package io.jcompose.spec.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A secret or config mounted into a service (also build secrets). */
public record FileReference(Optional<String> source,
                            Optional<String> target,
                            Optional<String> uid,
                            Optional<String> gid,
                            Optional<Long> mode,
                            Map<String, Object> extensions) {

    public FileReference {
        Objects.requireNonNull(source);
        Objects.requireNonNull(target);
        Objects.requireNonNull(uid);
        Objects.requireNonNull(gid);
        Objects.requireNonNull(mode);
        extensions = Trees.sorted(extensions);
    }

    static FileReference fromTree(Map<String, Object> tree) {
        return new FileReference(
                Trees.str(tree, "source"),
                Trees.str(tree, "target"),
                Trees.str(tree, "uid"),
                Trees.str(tree, "gid"),
                Trees.lng(tree, "mode"),
                Trees.extensions(tree));
    }

    Map<String, Object> toTree() {
        return new TreeBuilder()
                .str("source", source)
                .str("target", target)
                .str("uid", uid)
                .str("gid", gid)
                .lng("mode", mode)
                .extensions(extensions)
                .build();
    }
}
