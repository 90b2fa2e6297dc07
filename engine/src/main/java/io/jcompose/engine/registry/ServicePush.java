package io.jcompose.engine.registry;

import java.util.List;
import java.util.Optional;

/** What {@code push} does for one service: push each of {@code images} ({@code image:} then {@code build.tags}), or skip. */
public record ServicePush(String service, List<String> images, Optional<String> skipped) {

    public ServicePush {
        images = List.copyOf(images);
    }

    public boolean pushes() {
        return skipped.isEmpty();
    }
}
