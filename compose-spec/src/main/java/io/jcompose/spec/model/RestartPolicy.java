package io.jcompose.spec.model;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** {@code deploy.restart_policy}. */
public record RestartPolicy(Optional<String> condition,
                            Optional<Duration> delay,
                            Optional<Long> maxAttempts,
                            Optional<Duration> window,
                            Map<String, Object> extensions) {

    public RestartPolicy {
        Objects.requireNonNull(condition);
        Objects.requireNonNull(delay);
        Objects.requireNonNull(maxAttempts);
        Objects.requireNonNull(window);
        extensions = Trees.sorted(extensions);
    }

    static RestartPolicy fromTree(Map<String, Object> tree) {
        return new RestartPolicy(
                Trees.str(tree, "condition"),
                Trees.dur(tree, "delay"),
                Trees.lng(tree, "max_attempts"),
                Trees.dur(tree, "window"),
                Trees.extensions(tree));
    }

    Map<String, Object> toTree() {
        return new TreeBuilder()
                .str("condition", condition)
                .dur("delay", delay)
                .lng("max_attempts", maxAttempts)
                .dur("window", window)
                .extensions(extensions)
                .build();
    }
}
