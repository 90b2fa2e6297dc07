package io.jcompose.spec.load;

import io.jcompose.spec.schema.ValidatedDocuments;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a command asks the loader for: docker compose's global options, the process environment
 * and the {@code config} switches that skip a stage.
 *
 * @param files {@code -f} values in order ({@code -} is standard input); empty means discover
 * @param envFiles {@code --env-file} values; empty means {@code COMPOSE_ENV_FILES} or the project's {@code .env}
 * @param environment the process environment (the OS environment in production)
 * @param workingDirectory the directory relative paths on the command line are read from
 * @param services services named on the command line: enabled with their profiles, and the
 *     project narrowed to them and their dependencies
 * @param stdin the standard input, read when a file is {@code -}
 * @param validated the documents known to pass the schema (none by default: every one is validated)
 */
public record LoadOptions(
        List<String> files,
        Optional<Path> projectDirectory,
        Optional<String> projectName,
        List<String> envFiles,
        List<String> profiles,
        Map<String, String> environment,
        Path workingDirectory,
        boolean interpolate,
        boolean normalize,
        boolean resolvePaths,
        boolean resolveEnvironment,
        boolean checkConsistency,
        List<String> services,
        Supplier<String> stdin,
        ValidatedDocuments validated) {

    public LoadOptions {
        files = List.copyOf(files);
        envFiles = List.copyOf(envFiles);
        profiles = List.copyOf(profiles);
        environment = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(environment));
        workingDirectory = workingDirectory.toAbsolutePath().normalize();
        services = List.copyOf(services);
    }

    public static Builder builder(Path workingDirectory, Map<String, String> environment) {
        return new Builder(workingDirectory, environment);
    }

    /** Collects options one by one; everything starts as docker compose's default. */
    public static final class Builder {
        private final List<String> files = new ArrayList<>();
        private Optional<Path> projectDirectory = Optional.empty();
        private Optional<String> projectName = Optional.empty();
        private final List<String> envFiles = new ArrayList<>();
        private final List<String> profiles = new ArrayList<>();
        private final Map<String, String> environment;
        private final Path workingDirectory;
        private boolean interpolate = true;
        private boolean normalize = true;
        private boolean resolvePaths = true;
        private boolean resolveEnvironment = true;
        private boolean checkConsistency = true;
        private final List<String> services = new ArrayList<>();
        private Supplier<String> stdin = Builder::readStandardInput;
        private ValidatedDocuments validated = ValidatedDocuments.none();

        private Builder(Path workingDirectory, Map<String, String> environment) {
            this.workingDirectory = workingDirectory;
            this.environment = new LinkedHashMap<>(environment);
        }

        private static String readStandardInput() {
            try {
                return new String(System.in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("reading the Compose file from standard input", e);
            }
        }

        public Builder files(List<String> values) {
            files.addAll(values);
            return this;
        }

        public Builder file(String value) {
            files.add(value);
            return this;
        }

        public Builder projectDirectory(Optional<String> value) {
            projectDirectory = value.filter(v -> !v.isEmpty()).map(v -> workingDirectory.resolve(v).toAbsolutePath().normalize());
            return this;
        }

        public Builder projectName(Optional<String> value) {
            projectName = value.filter(v -> !v.isEmpty());
            return this;
        }

        public Builder envFiles(List<String> values) {
            envFiles.addAll(values);
            return this;
        }

        public Builder profiles(List<String> values) {
            profiles.addAll(values);
            return this;
        }

        public Builder services(List<String> values) {
            services.addAll(values);
            return this;
        }

        public Builder interpolate(boolean value) {
            interpolate = value;
            return this;
        }

        public Builder normalize(boolean value) {
            normalize = value;
            return this;
        }

        public Builder resolvePaths(boolean value) {
            resolvePaths = value;
            return this;
        }

        public Builder resolveEnvironment(boolean value) {
            resolveEnvironment = value;
            return this;
        }

        public Builder checkConsistency(boolean value) {
            checkConsistency = value;
            return this;
        }

        public Builder stdin(Supplier<String> value) {
            stdin = value;
            return this;
        }

        public Builder validated(ValidatedDocuments value) {
            validated = value;
            return this;
        }

        public LoadOptions build() {
            return new LoadOptions(files, projectDirectory, projectName, envFiles, profiles, environment,
                    workingDirectory, interpolate, normalize, resolvePaths, resolveEnvironment, checkConsistency,
                    services, stdin, validated);
        }
    }
}
