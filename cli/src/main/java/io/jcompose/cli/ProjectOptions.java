package io.jcompose.cli;

import io.jcompose.spec.load.LoadOptions;
import io.jcompose.spec.schema.ValidatedDocuments;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The loader options a command starts from: docker compose's global flags over the process
 * environment and working directory. Commands add their own switches and named services.
 * The launcher names, in the system property {@value #VALIDATED}, the file where documents that passed
 * the schema are remembered for this jar (see {@link ValidatedDocuments}).
 */
public final class ProjectOptions {

    static final String VALIDATED = "jcompose.validated";

    private ProjectOptions() {
    }

    public static LoadOptions.Builder of(GlobalOptions global) {
        return LoadOptions.builder(Path.of("").toAbsolutePath(), System.getenv())
                .files(global.files)
                .projectDirectory(global.projectDirectory())
                .projectName(Optional.ofNullable(global.projectName))
                .envFiles(global.envFiles)
                .profiles(global.profiles)
                .validated(Optional.ofNullable(System.getProperty(VALIDATED)).filter(p -> !p.isEmpty())
                        .map(p -> ValidatedDocuments.in(Path.of(p))).orElseGet(ValidatedDocuments::none));
    }
}
