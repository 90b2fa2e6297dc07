package io.jcompose.engine.build;

import java.util.List;
import java.util.Map;

/**
 * What the command line adds to every build: {@code --build-arg} values ({@code KEY=VALUE}, or
 * {@code KEY} to take the value from {@code environment}), {@code --no-cache}, {@code --pull}, the
 * jcompose version written in the {@code com.docker.compose.version} label, and the environment that
 * resolves {@code KEY}-only arguments.
 */
public record BuildSettings(List<String> buildArgs, boolean noCache, boolean pull, String version,
                            Map<String, String> environment) {

    public BuildSettings {
        buildArgs = List.copyOf(buildArgs);
        environment = Map.copyOf(environment);
    }

    public static BuildSettings defaults(String version, Map<String, String> environment) {
        return new BuildSettings(List.of(), false, false, version, environment);
    }
}
