package io.jcompose.engine.reconcile;

import io.jcompose.spec.model.Project;
import io.jcompose.spec.model.ServiceConfig;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A service whose image {@code up} provides before it converges (reference 3.13): built, or first pulled and built
 * only when the pull fails ({@code pullFirst}). This runs ahead of the plan, so the plan sees the new image id and
 * recreates exactly the containers whose image changed.
 *
 * @param pullFirst the image is pulled, and built only if that pull fails and no local image is left
 */
public record BuildNeed(String service, String image, String reason, boolean pullFirst) {

    public BuildNeed {
        Objects.requireNonNull(service);
        Objects.requireNonNull(image);
        Objects.requireNonNull(reason);
    }

    /** The line the dry run and the golden tests show. */
    public String text() {
        return pullFirst
                ? "PullImage " + image + " (" + reason + "), else BuildImage"
                : "BuildImage " + image + " (" + reason + ")";
    }

    /** As {@link #of(Project, Set, ObservedState, BuildPolicy, Optional)} without {@code --pull}. */
    public static List<BuildNeed> of(Project project, Set<String> scope, ObservedState observed, BuildPolicy policy) {
        return of(project, scope, observed, policy, Optional.empty());
    }

    /**
     * What {@code up} does, before its plan, for the images the services of {@code scope} build, by service name.
     * As compose: {@code --build} and {@code pull_policy: build} build; otherwise the pull policy ({@code pull},
     * then the service's, then missing) decides whether the image is pulled, and a service with both {@code image}
     * and {@code build} builds only when that pull fails (a service without {@code image} has nothing to pull and
     * builds when its image is missing). Fails when {@link BuildPolicy#NEVER} leaves a service without its image.
     */
    public static List<BuildNeed> of(Project project, Set<String> scope, ObservedState observed, BuildPolicy policy,
                                     Optional<String> pull) {
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
                needs.add(new BuildNeed(name, image, "--build", false));
            } else if (service.pullPolicy().filter("build"::equals).isPresent()) {
                needs.add(new BuildNeed(name, image, "pull policy build", false));
            } else {
                pullPolicyNeed(service, image, Optional.ofNullable(observed.images().get(image)), pull)
                        .ifPresent(needs::add);
            }
        }
        return needs;
    }

    private static Optional<BuildNeed> pullPolicyNeed(ServiceConfig service, String image,
                                                      Optional<ObservedImage> local, Optional<String> pull) {
        boolean present = local.isPresent();
        String name = service.name();
        String policy = pull.or(service::pullPolicy).orElse("missing");
        // a service without image has nothing to pull (compose pulls only a written image name)
        boolean pullable = service.image().isPresent() && !policy.equals("never");
        if (policy.equals("always") && pullable) {
            return Optional.of(new BuildNeed(name, image, (pull.isPresent() ? "--pull" : "pull policy") + " always",
                    true));
        }
        if (present) {
            return PullRefresh.of(policy).filter(refresh -> pullable
                            && refresh.due(local.get().lastTagged(), Instant.now()))
                    .map(refresh -> new BuildNeed(name, image, "pull policy " + policy, true));
        }
        // missing, never and the refresh policies (daily, weekly, every_*): an absent image is needed now
        return Optional.of(new BuildNeed(name, image, "image missing", pullable));
    }
}
