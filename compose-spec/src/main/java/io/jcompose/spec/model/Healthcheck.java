package io.jcompose.spec.model;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The {@code healthcheck} section; {@code test} in list form. */
public record Healthcheck(List<String> test,
                          Optional<Duration> timeout,
                          Optional<Duration> interval,
                          Optional<Long> retries,
                          Optional<Duration> startPeriod,
                          Optional<Duration> startInterval,
                          boolean disable,
                          Map<String, Object> extensions) {

    public Healthcheck {
        test = List.copyOf(test);
        Objects.requireNonNull(timeout);
        Objects.requireNonNull(interval);
        Objects.requireNonNull(retries);
        Objects.requireNonNull(startPeriod);
        Objects.requireNonNull(startInterval);
        extensions = Trees.sorted(extensions);
    }

    static Healthcheck fromTree(Map<String, Object> tree) {
        return new Healthcheck(
                Trees.strs(tree, "test"),
                Trees.dur(tree, "timeout"),
                Trees.dur(tree, "interval"),
                Trees.lng(tree, "retries"),
                Trees.dur(tree, "start_period"),
                Trees.dur(tree, "start_interval"),
                Trees.bool(tree, "disable"),
                Trees.extensions(tree));
    }

    Map<String, Object> toTree() {
        return new TreeBuilder()
                .strs("test", test)
                .dur("timeout", timeout)
                .dur("interval", interval)
                .lng("retries", retries)
                .dur("start_period", startPeriod)
                .dur("start_interval", startInterval)
                .bool("disable", disable)
                .extensions(extensions)
                .build();
    }
}
