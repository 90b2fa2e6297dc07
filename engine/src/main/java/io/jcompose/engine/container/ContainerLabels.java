package io.jcompose.engine.container;

import io.jcompose.spec.labels.ComposeLabels;
import io.jcompose.spec.model.ServiceConfig;
import io.jcompose.spec.output.ConfigHash;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The labels a container carries (reference 3.1): the service's own {@code labels}, then compose's keys
 * over them, so that docker compose, Docker Desktop and jcompose recognise each other's containers.
 *
 * @param project the project name
 * @param workingDirectory the project directory, absolute
 * @param configFiles the Compose files, absolute, in {@code -f} order
 * @param envFiles the {@code --env-file} values, absolute; empty when none was given
 * @param version jcompose's version, written as {@code com.docker.compose.version}
 */
public record ContainerLabels(String project, Path workingDirectory, List<Path> configFiles, List<Path> envFiles,
        String version) {

    public ContainerLabels {
        Objects.requireNonNull(project);
        workingDirectory = workingDirectory.toAbsolutePath();
        configFiles = configFiles.stream().map(Path::toAbsolutePath).toList();
        envFiles = envFiles.stream().map(Path::toAbsolutePath).toList();
        Objects.requireNonNull(version);
    }

    /**
     * A service replica's labels. {@code service} is hashed as given: resolve {@code service:x} references to
     * container ids first if they should count (reference 3.2).
     *
     * @param number the replica number
     * @param imageId the local id ({@code sha256:...}) of the image the container runs
     * @param replaced the name written as {@code com.docker.compose.replace} when this container replaces
     *     another ({@link ContainerNames#replaced}); empty on a first create
     */
    public Map<String, String> service(ServiceConfig service, int number, String imageId, Optional<String> replaced) {
        Map<String, String> labels = common(service, imageId);
        labels.put(ComposeLabels.CONTAINER_NUMBER, Integer.toString(number));
        labels.put(ComposeLabels.ONEOFF, ComposeLabels.ONEOFF_FALSE);
        replaced.ifPresent(name -> labels.put(ComposeLabels.REPLACE, name));
        return labels;
    }

    /** A one-off ({@code run}) container's labels: no number, {@code oneoff=True} and its slug. */
    public Map<String, String> oneOff(ServiceConfig service, String slug, String imageId) {
        Map<String, String> labels = common(service, imageId);
        labels.put(ComposeLabels.ONEOFF, ComposeLabels.ONEOFF_TRUE);
        labels.put(ComposeLabels.SLUG, slug);
        return labels;
    }

    /** {@code svc:condition:restart} per dependency, sorted, joined by {@code ,}; empty when there are none. */
    public static String dependsOn(ServiceConfig service) {
        List<String> entries = new ArrayList<>();
        service.dependsOn().forEach((name, dependency) -> entries.add(
                name + ":" + dependency.condition().orElse("service_started") + ":" + dependency.restart()));
        return String.join(",", entries);
    }

    private Map<String, String> common(ServiceConfig service, String imageId) {
        Map<String, String> labels = new TreeMap<>(service.labels());
        labels.put(ComposeLabels.PROJECT, project);
        labels.put(ComposeLabels.SERVICE, service.name());
        labels.put(ComposeLabels.CONFIG_HASH, ConfigHash.of(service));
        labels.put(ComposeLabels.WORKING_DIR, workingDirectory.toString());
        labels.put(ComposeLabels.CONFIG_FILES,
                configFiles.stream().map(Path::toString).collect(Collectors.joining(",")));
        if (!envFiles.isEmpty()) {
            labels.put(ComposeLabels.ENVIRONMENT_FILE,
                    envFiles.stream().map(Path::toString).collect(Collectors.joining(",")));
        }
        labels.put(ComposeLabels.VERSION, version);
        labels.put(ComposeLabels.DEPENDS_ON, dependsOn(service));
        labels.put(ComposeLabels.IMAGE, imageId);
        return labels;
    }
}
