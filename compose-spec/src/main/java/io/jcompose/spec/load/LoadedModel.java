package io.jcompose.spec.load;

import io.jcompose.spec.merge.ProfileSelection;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A loaded Compose project as a tree: merged, canonical, checked, with the profile selection made.
 *
 * @param tree the canonical tree with every service, enabled or not
 * @param files the Compose files loaded, absolute ({@code -} for standard input)
 * @param environment the variables interpolation saw, {@code COMPOSE_PROJECT_NAME} included
 * @param envFiles the env files read for the project (the {@code com.docker.compose.project.environment_file} label)
 * @param warnings what compose would have logged as warnings, in order
 */
public record LoadedModel(String name, Path projectDirectory, List<String> files, Map<String, String> environment,
        List<Path> envFiles, Map<String, Object> tree, ProfileSelection selection, List<String> warnings) {

    public LoadedModel {
        files = List.copyOf(files);
        envFiles = List.copyOf(envFiles);
        environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
        tree = Collections.unmodifiableMap(new LinkedHashMap<>(tree));
        warnings = List.copyOf(warnings);
    }

    /** The canonical tree of the enabled services only: what {@code config} prints. */
    public Map<String, Object> enabledTree() {
        return selection.apply(tree);
    }
}
