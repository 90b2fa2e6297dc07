package io.jcompose.spec.model;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** {@code deploy.update_config} / {@code rollback_config}. */
public record UpdateConfig(Optional<Long> parallelism,
                           Optional<Duration> delay,
                           Optional<String> failureAction,
                           Optional<Duration> monitor,
                           Optional<Double> maxFailureRatio,
                           Optional<String> order,
                           Map<String, Object> extensions) {

    public UpdateConfig {
        Objects.requireNonNull(parallelism);
        Objects.requireNonNull(delay);
        Objects.requireNonNull(failureAction);
        Objects.requireNonNull(monitor);
        Objects.requireNonNull(maxFailureRatio);
        Objects.requireNonNull(order);
        extensions = Trees.sorted(extensions);
    }

    static UpdateConfig fromTree(Map<String, Object> tree) {
        return new UpdateConfig(
                Trees.lng(tree, "parallelism"),
                Trees.dur(tree, "delay"),
                Trees.str(tree, "failure_action"),
                Trees.dur(tree, "monitor"),
                Trees.dbl(tree, "max_failure_ratio"),
                Trees.str(tree, "order"),
                Trees.extensions(tree));
    }

    Map<String, Object> toTree() {
        return new TreeBuilder()
                .lng("parallelism", parallelism)
                .dur("delay", delay)
                .str("failure_action", failureAction)
                .dur("monitor", monitor)
                .dbl("max_failure_ratio", maxFailureRatio)
                .str("order", order)
                .extensions(extensions)
                .build();
    }
}
