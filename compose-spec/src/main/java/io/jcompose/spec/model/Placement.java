package io.jcompose.spec.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** {@code deploy.placement}. */
public record Placement(List<String> constraints,
                        Optional<Object> preferences,
                        Optional<Long> maxReplicasPerNode,
                        Map<String, Object> extensions) {

    public Placement {
        constraints = List.copyOf(constraints);
        Objects.requireNonNull(preferences);
        Objects.requireNonNull(maxReplicasPerNode);
        extensions = Trees.sorted(extensions);
    }

    static Placement fromTree(Map<String, Object> tree) {
        return new Placement(
                Trees.strs(tree, "constraints"),
                Trees.raw(tree, "preferences"),
                Trees.lng(tree, "max_replicas_per_node"),
                Trees.extensions(tree));
    }

    Map<String, Object> toTree() {
        return new TreeBuilder()
                .strs("constraints", constraints)
                .raw("preferences", preferences)
                .lng("max_replicas_per_node", maxReplicasPerNode)
                .extensions(extensions)
                .build();
    }
}
