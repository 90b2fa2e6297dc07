package io.jcompose.spec.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Options of a volume mount. */
public record VolumeOptions(Map<String, String> labels,
                            boolean nocopy,
                            Optional<String> subpath,
                            Map<String, Object> extensions) {

    public VolumeOptions {
        labels = Trees.sorted(labels);
        Objects.requireNonNull(subpath);
        extensions = Trees.sorted(extensions);
    }

    static VolumeOptions fromTree(Map<String, Object> tree) {
        return new VolumeOptions(
                Trees.map(tree, "labels"),
                Trees.bool(tree, "nocopy"),
                Trees.str(tree, "subpath"),
                Trees.extensions(tree));
    }

    Map<String, Object> toTree() {
        return new TreeBuilder()
                .map("labels", labels)
                .bool("nocopy", nocopy)
                .str("subpath", subpath)
                .extensions(extensions)
                .build();
    }
}
