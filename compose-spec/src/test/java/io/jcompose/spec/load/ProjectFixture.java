package io.jcompose.spec.load;

import io.jcompose.spec.merge.TreeValues;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** A project directory on disk for loader tests: files written from text blocks, options built against it. */
final class ProjectFixture {

    final Path root;
    final Map<String, String> environment = new LinkedHashMap<>();

    ProjectFixture(Path root) {
        this.root = root;
    }

    ProjectFixture file(String relative, String text) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    ProjectFixture env(String key, String value) {
        environment.put(key, value);
        return this;
    }

    LoadOptions.Builder options() {
        return options(".");
    }

    LoadOptions.Builder options(String workingDirectory) {
        return LoadOptions.builder(root.resolve(workingDirectory).normalize(), environment).stdin(() -> "");
    }

    LoadedModel load() {
        return ProjectLoader.loadModel(options().build());
    }

    static Map<String, Object> service(LoadedModel model, String name) {
        return TreeValues.asMap(TreeValues.asMap(model.tree().get("services")).get(name));
    }

    static Object image(LoadedModel model, String service) {
        return service(model, service).get("image");
    }
}
