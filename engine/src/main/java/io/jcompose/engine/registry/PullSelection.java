package io.jcompose.engine.registry;

import io.jcompose.engine.api.ImageReference;
import io.jcompose.spec.model.Project;
import io.jcompose.spec.model.ServiceConfig;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Decides, service by service and in name order, what {@code pull} pulls (reference 3.13, compose's
 * {@code pull}): no {@code image:} or policy never/build skips; policy missing skips a tagged, non-latest
 * image that is present; {@code --ignore-buildable} skips services with {@code build:}; an image two
 * services share is pulled once.
 */
public final class PullSelection {

    /** The policies {@code pull --policy} accepts. */
    public static final Set<String> POLICIES = Set.of("missing", "always");

    private PullSelection() {
    }

    /**
     * @param policy {@code --policy}, overriding every service's {@code pull_policy}
     * @param present whether an image reference (as written in the Compose file) exists locally
     */
    public static List<ServicePull> select(Project project, Optional<String> policy, boolean ignoreBuildable,
                                           Predicate<String> present) {
        List<ServicePull> pulls = new ArrayList<>();
        Map<String, String> beingPulled = new HashMap<>();
        for (ServiceConfig service : project.services().values()) {
            String name = service.name();
            boolean buildable = service.build().isPresent();
            if (service.image().isEmpty()) {
                pulls.add(skip(name, "", buildable, "Skipped - No image to be pulled"));
                continue;
            }
            String image = service.image().get();
            String effective = policy.or(service::pullPolicy).orElse("missing");
            if (effective.equals("never") || effective.equals("build")) {
                pulls.add(skip(name, image, buildable, "Skipped"));
                continue;
            }
            if ((effective.equals("missing") || effective.equals("if_not_present")) && presentAndPinned(image, present)) {
                pulls.add(skip(name, image, buildable, "Skipped - Image is already present locally"));
                continue;
            }
            if (buildable && ignoreBuildable) {
                pulls.add(skip(name, image, true, "Skipped - Image can be built"));
                continue;
            }
            String puller = beingPulled.putIfAbsent(image, name);
            if (puller != null) {
                pulls.add(skip(name, image, buildable, "Skipped - Image is already being pulled by " + puller));
                continue;
            }
            pulls.add(new ServicePull(name, image, buildable, Optional.empty()));
        }
        return List.copyOf(pulls);
    }

    /** compose's {@code imageAlreadyPresent}: "latest" (written or implied) is always pulled again, digests too. */
    private static boolean presentAndPinned(String image, Predicate<String> present) {
        ImageReference reference = ImageReference.parse(image);
        return reference.digest().isEmpty() && !reference.tag().equals("latest") && present.test(image);
    }

    private static ServicePull skip(String service, String image, boolean buildable, String reason) {
        return new ServicePull(service, image, buildable, Optional.of(reason));
    }
}
