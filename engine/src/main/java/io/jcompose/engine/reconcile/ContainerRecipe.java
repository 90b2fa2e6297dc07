package io.jcompose.engine.reconcile;

import io.jcompose.spec.model.ServiceConfig;
import io.jcompose.volumes.ObservedMount;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a container create needs that the planner knows; the executor adds what only exists at run time
 * (the image id after a pull, the ids of containers created before it).
 *
 * @param name the final container name
 * @param temporaryName the name to create under while the container it replaces still exists
 * @param replaced the {@code com.docker.compose.replace} value on a recreate
 * @param previousMounts the replaced container's mounts: anonymous volumes to inherit
 * @param imageVolumes the image's VOLUME paths
 */
public record ContainerRecipe(ServiceConfig service, int number, String name, Optional<String> temporaryName,
                              Optional<String> replaced, String image, List<ObservedMount> previousMounts,
                              Set<String> imageVolumes, boolean renewAnonymousVolumes) {

    public ContainerRecipe {
        Objects.requireNonNull(service);
        Objects.requireNonNull(name);
        Objects.requireNonNull(temporaryName);
        Objects.requireNonNull(replaced);
        Objects.requireNonNull(image);
        previousMounts = List.copyOf(previousMounts);
        imageVolumes = Set.copyOf(imageVolumes);
    }

    /** The name the create call uses. */
    public String createName() {
        return temporaryName.orElse(name);
    }
}
