package io.jcompose.spec.conformance;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.spec.ComposeException;
import io.jcompose.spec.load.LoadOptions;
import io.jcompose.spec.load.LoadedProject;
import io.jcompose.spec.load.ProjectLoader;
import io.jcompose.spec.output.ConfigWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A project directory for conformance cases: files from text blocks, an environment, and what
 * {@code docker compose config} would print for it. Expected texts may say {@code ${DIR}} for the
 * project directory and {@code ${HOME}} for the user's home.
 */
final class ComposeProject {

    final Path dir;
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final List<String> files = new ArrayList<>();
    private final List<String> profiles = new ArrayList<>();
    private UnaryOperator<LoadOptions.Builder> extra = b -> b;

    ComposeProject(Path dir) {
        this.dir = dir;
    }

    /** Writes a file; the first {@code compose*.yaml} written is not named with -f, discovery finds it. */
    ComposeProject file(String relative, String text) {
        try {
            Path file = dir.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    ComposeProject compose(String text) {
        return file("compose.yaml", text);
    }

    ComposeProject env(String key, String value) {
        environment.put(key, value);
        return this;
    }

    /** Names a file with {@code -f}, in order. */
    ComposeProject f(String relative) {
        files.add(relative);
        return this;
    }

    ComposeProject profile(String name) {
        profiles.add(name);
        return this;
    }

    ComposeProject options(UnaryOperator<LoadOptions.Builder> more) {
        UnaryOperator<LoadOptions.Builder> before = extra;
        extra = b -> more.apply(before.apply(b));
        return this;
    }

    LoadOptions.Builder builder(String... services) {
        LoadOptions.Builder builder = LoadOptions.builder(dir, environment).files(files).profiles(profiles)
                .services(List.of(services)).stdin(() -> "");
        return extra.apply(builder);
    }

    LoadedProject load(String... services) {
        return ProjectLoader.load(builder(services).build());
    }

    String yaml(String... services) {
        return ConfigWriter.yaml(load(services).project());
    }

    String json(String... services) {
        return ConfigWriter.json(load(services).project());
    }

    /** The message loading fails with. */
    String error(String... services) {
        String[] message = new String[1];
        assertThatThrownBy(() -> load(services)).isInstanceOfSatisfying(ComposeException.class,
                e -> message[0] = e.getMessage());
        return message[0];
    }

    String expand(String expected) {
        return expected.replace("${DIR}", dir.toString()).replace("${HOME}", System.getProperty("user.home"));
    }
}
