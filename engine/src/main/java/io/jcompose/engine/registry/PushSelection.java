package io.jcompose.engine.registry;

import io.jcompose.spec.model.Project;
import io.jcompose.spec.model.ServiceConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides what {@code push} pushes, as compose does: only services with both {@code build:} and
 * {@code image:} (an image the project builds and names), each under its image and its extra
 * {@code build.tags}; every other service is "Skipped".
 */
public final class PushSelection {

    private PushSelection() {
    }

    public static List<ServicePush> select(Project project) {
        List<ServicePush> pushes = new ArrayList<>();
        for (ServiceConfig service : project.services().values()) {
            if (service.build().isEmpty() || service.image().isEmpty()) {
                pushes.add(new ServicePush(service.name(), List.of(), Optional.of("Skipped")));
                continue;
            }
            List<String> images = new ArrayList<>();
            images.add(service.image().get());
            service.build().get().tags().stream().filter(tag -> !images.contains(tag)).forEach(images::add);
            pushes.add(new ServicePush(service.name(), images, Optional.empty()));
        }
        return List.copyOf(pushes);
    }
}
