package io.jcompose.spec.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A top-level secret or config. */
public record FileObjectConfig(Optional<String> name,
                               Optional<String> file,
                               Optional<String> environment,
                               Optional<String> content,
                               boolean external,
                               Map<String, String> labels,
                               Optional<String> driver,
                               Map<String, String> driverOpts,
                               Optional<String> templateDriver,
                               Map<String, Object> extensions) {

    public FileObjectConfig {
        Objects.requireNonNull(name);
        Objects.requireNonNull(file);
        Objects.requireNonNull(environment);
        Objects.requireNonNull(content);
        labels = Trees.sorted(labels);
        Objects.requireNonNull(driver);
        driverOpts = Trees.sorted(driverOpts);
        Objects.requireNonNull(templateDriver);
        extensions = Trees.sorted(extensions);
    }

    static FileObjectConfig fromTree(Map<String, Object> tree) {
        return new FileObjectConfig(
                Trees.str(tree, "name"),
                Trees.str(tree, "file"),
                Trees.str(tree, "environment"),
                Trees.str(tree, "content"),
                Trees.bool(tree, "external"),
                Trees.map(tree, "labels"),
                Trees.str(tree, "driver"),
                Trees.map(tree, "driver_opts"),
                Trees.str(tree, "template_driver"),
                Trees.extensions(tree));
    }

    Map<String, Object> toTree() {
        return new TreeBuilder()
                .str("name", name)
                .str("file", file)
                .str("environment", environment)
                .str("content", content)
                .bool("external", external)
                .map("labels", labels)
                .str("driver", driver)
                .map("driver_opts", driverOpts)
                .str("template_driver", templateDriver)
                .extensions(extensions)
                .build();
    }
}
