package io.jcompose.engine.registry;

import java.util.Optional;

/**
 * What {@code pull} does for one service: pull {@code image}, or skip it for the reason compose prints
 * ("Skipped - Image is already present locally").
 *
 * @param buildable the service has {@code build:}: a failed pull only warns that the image must be built
 */
public record ServicePull(String service, String image, boolean buildable, Optional<String> skipped) {

    public boolean pulls() {
        return skipped.isEmpty();
    }
}
