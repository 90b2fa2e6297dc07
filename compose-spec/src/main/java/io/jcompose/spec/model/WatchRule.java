package io.jcompose.spec.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** One {@code develop.watch} rule. */
public record WatchRule(Optional<String> path,
                        Optional<String> action,
                        Optional<String> target,
                        Optional<ServiceHook> exec,
                        List<String> include,
                        List<String> ignore,
                        boolean initialSync,
                        Map<String, Object> extensions) {

    public WatchRule {
        Objects.requireNonNull(path);
        Objects.requireNonNull(action);
        Objects.requireNonNull(target);
        Objects.requireNonNull(exec);
        include = List.copyOf(include);
        ignore = List.copyOf(ignore);
        extensions = Trees.sorted(extensions);
    }

    static WatchRule fromTree(Map<String, Object> tree) {
        return new WatchRule(
                Trees.str(tree, "path"),
                Trees.str(tree, "action"),
                Trees.str(tree, "target"),
                Trees.obj(tree, "exec", ServiceHook::fromTree),
                Trees.strs(tree, "include"),
                Trees.strs(tree, "ignore"),
                Trees.bool(tree, "initial_sync"),
                Trees.extensions(tree));
    }

    Map<String, Object> toTree() {
        return new TreeBuilder()
                .str("path", path)
                .str("action", action)
                .str("target", target)
                .obj("exec", exec, ServiceHook::toTree)
                .strs("include", include)
                .strs("ignore", ignore)
                .bool("initial_sync", initialSync)
                .extensions(extensions)
                .build();
    }
}
