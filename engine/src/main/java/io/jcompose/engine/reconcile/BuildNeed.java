package io.jcompose.engine.reconcile;

import io.jcompose.spec.model.Project;
import io.jcompose.spec.model.ServiceConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A service whose image {@code up} builds before it converges (reference 3.13): the build runs ahead of the plan,
 * so the plan sees the new image id and recreates exactly the containers whose image changed.
 */
public record BuildNeed(String service, String image, String reason) {

    public BuildNeed {
        Objects.requireNonNull(service);
        Objects.requireNonNull(image);
        Objects.requireNonNull(reason);
    }

    /** The line the dry run and the golden tests show. */
    public String text() {
        return "BuildImage " + image + " (" + reason + ")";
    }

    /**
     * The builds {@code up} needs for the services of {@code scope}, by service name. Fails when
     * {@link BuildPolicy#NEVER} leaves a service without its image.
     */
    public static List<BuildNeed> of(Project project, Set<String> scope, ObservedState observed, BuildPolicy policy) {
        List<BuildNeed> needs = new ArrayList<>();
        // a service outside the scope still builds when a service in it runs the image it makes
        Set<String> images = new TreeSet<>();
        scope.stream().map(project.services()::get).filter(Objects::nonNull)
                .forEach(service -> images.add(service.imageName(project.name())));
        for (String name : new TreeSet<>(project.services().keySet())) {
            ServiceConfig service = project.services().get(name);
            String image = service.imageName(project.name());
            if (service.build().isEmpty() || !scope.contains(name) && !images.contains(image)) {
                continue;
            }
            boolean present = observed.images().containsKey(image);
            if (policy == BuildPolicy.NEVER) {
                if (!present) {
                    throw new ReconcileException("service " + name + ": image " + image
                            + " not found locally and --no-build was given: run 'jcompose build " + name + "' first");
                }
            } else if (policy == BuildPolicy.ALWAYS) {
                needs.add(new BuildNeed(name, image, "--build"));
            } else if (service.pullPolicy().filter("build"::equals).isPresent()) {
                needs.add(new BuildNeed(name, image, "pull policy build"));
            } else if (!present) {
                needs.add(new BuildNeed(name, image, "image missing"));
            }
        }
        return needs;
    }
}
