package io.jcompose.spec.load;

import io.jcompose.spec.ComposeException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The files, project directory and variables a load works with, settled the way docker compose
 * settles them: {@code COMPOSE_*} variables from the {@code .env} file join the process
 * environment; the env files are read before discovery (so {@code .env} can set
 * {@code COMPOSE_FILE}) and again from the final project directory; the process environment
 * always wins over env files.
 *
 * @param files absolute Compose file paths in order ({@code -} for standard input)
 * @param environment the variables interpolation sees
 * @param profiles {@code --profile}, else {@code COMPOSE_PROFILES}
 */
public record ProjectEnvironment(List<String> files, Path projectDirectory, Map<String, String> environment,
        List<Path> envFiles, List<String> profiles) {

    public ProjectEnvironment {
        files = List.copyOf(files);
        environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
        envFiles = List.copyOf(envFiles);
        profiles = List.copyOf(profiles);
    }

    public static ProjectEnvironment resolve(LoadOptions options, Consumer<String> warnings) {
        Path cwd = options.workingDirectory();
        Map<String, String> process = new LinkedHashMap<>(options.environment());
        Path firstDirectory = options.projectDirectory().orElseGet(() -> firstFileDirectory(options.files(), cwd));

        exportComposeVariables(options, process, firstDirectory);
        List<String> envFileArgs = envFileArguments(options, process);

        Map<String, String> environment = new LinkedHashMap<>(process);
        List<Path> firstFiles = EnvFiles.select(envFileArgs, firstDirectory, cwd, process);
        EnvFiles.read(firstFiles, environment).forEach(environment::putIfAbsent);

        List<String> files = ComposeFileDiscovery.discover(options.files(), environment, cwd,
                options.projectDirectory().orElse(cwd), warnings);
        if (files.isEmpty()) {
            throw new ComposeException("no configuration file provided: not found");
        }
        Path projectDirectory = options.projectDirectory().orElseGet(() -> firstFileDirectory(files, cwd));

        List<Path> envFiles = EnvFiles.select(envFileArgs, projectDirectory, cwd, process);
        EnvFiles.read(envFiles, environment).forEach(environment::putIfAbsent);

        List<String> profiles = new ArrayList<>(options.profiles());
        if (profiles.isEmpty() && environment.containsKey("COMPOSE_PROFILES")) {
            Arrays.stream(environment.get("COMPOSE_PROFILES").split(","))
                    .map(String::trim).filter(p -> !p.isEmpty()).forEach(profiles::add);
        }
        return new ProjectEnvironment(files, projectDirectory, environment, envFiles, profiles);
    }

    /** docker compose exports {@code COMPOSE_*} variables found in the env files into its own environment. */
    private static void exportComposeVariables(LoadOptions options, Map<String, String> process, Path directory) {
        List<Path> files = EnvFiles.select(envFileArguments(options, process), directory, options.workingDirectory(), process);
        EnvFiles.read(files, process).forEach((key, value) -> {
            if (key.startsWith("COMPOSE_")) {
                process.putIfAbsent(key, value);
            }
        });
    }

    private static List<String> envFileArguments(LoadOptions options, Map<String, String> process) {
        if (!options.envFiles().isEmpty()) {
            return options.envFiles();
        }
        String fromEnvironment = process.get("COMPOSE_ENV_FILES");
        if (fromEnvironment == null || fromEnvironment.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(fromEnvironment.split(",")).map(String::trim).filter(f -> !f.isEmpty()).toList();
    }

    private static Path firstFileDirectory(List<String> files, Path cwd) {
        for (String file : files) {
            if (!file.equals(ComposeFileDiscovery.STDIN)) {
                Path parent = cwd.resolve(file).normalize().getParent();
                return parent == null ? cwd : parent;
            }
        }
        return cwd;
    }
}
