package io.jcompose.spec.model;

import java.util.List;
import java.util.Map;

/** The {@code develop} section: watch rules. */
public record DevelopConfig(List<WatchRule> watch,
                            Map<String, Object> extensions) {

    public DevelopConfig {
        watch = List.copyOf(watch);
        extensions = Trees.sorted(extensions);
    }

    static DevelopConfig fromTree(Map<String, Object> tree) {
        return new DevelopConfig(
                Trees.objs(tree, "watch", WatchRule::fromTree),
                Trees.extensions(tree));
    }

    Map<String, Object> toTree() {
        return new TreeBuilder()
                .objs("watch", watch, WatchRule::toTree)
                .extensions(extensions)
                .build();
    }
}
