package io.jcompose.spec.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The {@code logging} section. */
public record Logging(Optional<String> driver,
                      Map<String, String> options,
                      Map<String, Object> extensions) {

    public Logging {
        Objects.requireNonNull(driver);
        options = Trees.sorted(options);
        extensions = Trees.sorted(extensions);
    }

    static Logging fromTree(Map<String, Object> tree) {
        return new Logging(
                Trees.str(tree, "driver"),
                Trees.map(tree, "options"),
                Trees.extensions(tree));
    }

    Map<String, Object> toTree() {
        return new TreeBuilder()
                .str("driver", driver)
                .map("options", options)
                .extensions(extensions)
                .build();
    }
}
