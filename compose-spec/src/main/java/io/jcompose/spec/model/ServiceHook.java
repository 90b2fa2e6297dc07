package io.jcompose.spec.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A lifecycle hook or watch exec: a command run in the service container. */
public record ServiceHook(Optional<List<String>> command,
                          Optional<String> user,
                          boolean privileged,
                          Optional<String> workingDir,
                          Map<String, Optional<String>> environment,
                          Map<String, Object> extensions) {

    public ServiceHook {
        command = command.map(List::copyOf);
        Objects.requireNonNull(user);
        Objects.requireNonNull(workingDir);
        environment = Trees.sorted(environment);
        extensions = Trees.sorted(extensions);
    }

    static ServiceHook fromTree(Map<String, Object> tree) {
        return new ServiceHook(
                Trees.cmd(tree, "command"),
                Trees.str(tree, "user"),
                Trees.bool(tree, "privileged"),
                Trees.str(tree, "working_dir"),
                Trees.envmap(tree, "environment"),
                Trees.extensions(tree));
    }

    Map<String, Object> toTree() {
        return new TreeBuilder()
                .cmd("command", command)
                .str("user", user)
                .bool("privileged", privileged)
                .str("working_dir", workingDir)
                .envmap("environment", environment)
                .extensions(extensions)
                .build();
    }
}
