package io.jcompose.spec.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Options of an image mount. */
public record ImageOptions(Optional<String> subpath,
                           Map<String, Object> extensions) {

    public ImageOptions {
        Objects.requireNonNull(subpath);
        extensions = Trees.sorted(extensions);
    }

    static ImageOptions fromTree(Map<String, Object> tree) {
        return new ImageOptions(
                Trees.str(tree, "subpath"),
                Trees.extensions(tree));
    }

    Map<String, Object> toTree() {
        return new TreeBuilder()
                .str("subpath", subpath)
                .extensions(extensions)
                .build();
    }
}
