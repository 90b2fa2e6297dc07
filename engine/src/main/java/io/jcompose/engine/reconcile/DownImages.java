package io.jcompose.engine.reconcile;

import io.jcompose.spec.model.Project;
import io.jcompose.spec.model.ServiceConfig;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The images {@code down --rmi} removes (reference 3.8): {@code local} is every tag of the images carrying the
 * project label (built by compose or jcompose) and the unlabelled {@code <project>-<service>} images of
 * build-only services; {@code all} adds every service's {@code image}. Only images present locally are named.
 */
public final class DownImages {

    private DownImages() {
    }

    /**
     * @param labelledTags the tags of the local images labelled with the project (dangling ones have none)
     * @param present the references that exist locally
     */
    public static List<String> select(String mode, Optional<Project> model, Collection<String> labelledTags,
                                      Set<String> present) {
        if (!mode.equals("local") && !mode.equals("all")) {
            throw new ReconcileException("down --rmi: invalid value " + mode + " (expected local or all)");
        }
        Set<String> images = new TreeSet<>();
        labelledTags.stream().filter(tag -> !tag.equals("<none>:<none>")).forEach(images::add);
        if (model.isEmpty()) {
            return List.copyOf(images);
        }
        Project project = model.get();
        for (ServiceConfig service : project.services().values()) {
            String image = service.imageName(project.name());
            boolean buildOnly = service.build().isPresent() && service.image().isEmpty();
            if ((buildOnly || mode.equals("all")) && present.contains(image)) {
                images.add(tagged(image));
            }
        }
        return List.copyOf(images);
    }

    /** {@code name} as the engine lists it: {@code :latest} added when it names neither tag nor digest. */
    static String tagged(String image) {
        String last = image.substring(image.lastIndexOf('/') + 1);
        return last.contains(":") || last.contains("@") ? image : image + ":latest";
    }
}
