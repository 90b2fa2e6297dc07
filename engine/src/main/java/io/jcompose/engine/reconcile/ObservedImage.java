package io.jcompose.engine.reconcile;

import java.util.Objects;
import java.util.Set;

/**
 * A local image a service runs: its id ({@code sha256:...}) and the paths its config declares as {@code VOLUME}s
 * (anonymous volumes a recreated container inherits).
 */
public record ObservedImage(String reference, String id, Set<String> volumes) {

    public ObservedImage {
        Objects.requireNonNull(reference);
        Objects.requireNonNull(id);
        volumes = Set.copyOf(volumes);
    }
}
