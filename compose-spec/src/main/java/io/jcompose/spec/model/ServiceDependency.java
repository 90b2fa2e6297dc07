package io.jcompose.spec.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** One {@code depends_on} entry. */
public record ServiceDependency(Optional<String> condition,
                                boolean restart,
                                boolean required,
                                Map<String, Object> extensions) {

    public ServiceDependency {
        Objects.requireNonNull(condition);
        extensions = Trees.sorted(extensions);
    }

    static ServiceDependency fromTree(Map<String, Object> tree) {
        return new ServiceDependency(
                Trees.str(tree, "condition"),
                Trees.bool(tree, "restart"),
                Trees.bool(tree, "required"),
                Trees.extensions(tree));
    }

    Map<String, Object> toTree() {
        return new TreeBuilder()
                .str("condition", condition)
                .bool("restart", restart)
                .boolAlways("required", required)
                .extensions(extensions)
                .build();
    }
}
