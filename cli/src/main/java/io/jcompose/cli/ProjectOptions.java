package io.jcompose.cli;

import io.jcompose.spec.load.LoadOptions;
import java.nio.file.Path;

/**
 * The loader options a command starts from: docker compose's global flags over the process
 * environment and working directory. Commands add their own switches and named services.
 */
public final class ProjectOptions {

    private ProjectOptions() {
    }

    public static LoadOptions.Builder of(GlobalOptions global) {
        return LoadOptions.builder(Path.of("").toAbsolutePath(), System.getenv())
                .files(global.files)
                .projectDirectory(global.projectDirectory())
                .projectName(java.util.Optional.ofNullable(global.projectName))
                .envFiles(global.envFiles)
                .profiles(global.profiles);
    }
}
