package io.jcompose.spec.canonical;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * How to turn a merged tree into canonical form.
 *
 * @param projectDirectory   base of relative paths (binds, build contexts, env files, secret files)
 * @param projectName        the already normalized project name
 * @param environment        interpolation environment (shell plus {@code .env}), for {@code KEY}-only entries
 * @param normalize          false for {@code --no-normalize}: no implicit defaults, names or dependencies
 * @param resolvePaths       false for {@code --no-path-resolution}: keep relative paths as written
 * @param resolveEnvironment false for {@code --no-env-resolution}: keep {@code env_file} unread and
 *                           {@code KEY}-only entries unresolved
 * @param includedEnvironments per included service, the variables of its include (the including
 *                           project's and the include's env files), which its env files may use
 */
public record CanonicalOptions(Path projectDirectory, String projectName, Function<String, Optional<String>> environment,
                               boolean normalize, boolean resolvePaths, boolean resolveEnvironment,
                               Map<String, Map<String, String>> includedEnvironments) {

    public CanonicalOptions {
        includedEnvironments = Map.copyOf(includedEnvironments);
    }

    public CanonicalOptions(Path projectDirectory, String projectName, Function<String, Optional<String>> environment,
                            boolean normalize, boolean resolvePaths, boolean resolveEnvironment) {
        this(projectDirectory, projectName, environment, normalize, resolvePaths, resolveEnvironment, Map.of());
    }

    /** The defaults of {@code docker compose config}: normalize, resolve paths and environment. */
    public static CanonicalOptions defaults(Path projectDirectory, String projectName,
                                            Function<String, Optional<String>> environment) {
        return new CanonicalOptions(projectDirectory, projectName, environment, true, true, true);
    }
}
