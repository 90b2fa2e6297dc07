package io.jcompose.spec.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** {@code deploy.resources}. */
public record Resources(Optional<Resource> limits,
                        Optional<Resource> reservations,
                        Map<String, Object> extensions) {

    public Resources {
        Objects.requireNonNull(limits);
        Objects.requireNonNull(reservations);
        extensions = Trees.sorted(extensions);
    }

    static Resources fromTree(Map<String, Object> tree) {
        return new Resources(
                Trees.obj(tree, "limits", Resource::fromTree),
                Trees.obj(tree, "reservations", Resource::fromTree),
                Trees.extensions(tree));
    }

    Map<String, Object> toTree() {
        return new TreeBuilder()
                .obj("limits", limits, Resource::toTree)
                .obj("reservations", reservations, Resource::toTree)
                .extensions(extensions)
                .build();
    }
}
