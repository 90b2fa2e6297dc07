package io.jcompose.engine.reconcile;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A local image a service runs: its id ({@code sha256:...}), the paths its config declares as {@code VOLUME}s
 * (anonymous volumes a recreated container inherits), and when the engine last tagged it (absent when unknown).
 */
public record ObservedImage(String reference, String id, Set<String> volumes, Optional<Instant> lastTagged) {

    public ObservedImage {
        Objects.requireNonNull(reference);
        Objects.requireNonNull(id);
        volumes = Set.copyOf(volumes);
        Objects.requireNonNull(lastTagged);
    }

    /** An image whose last tag time is unknown. */
    public ObservedImage(String reference, String id, Set<String> volumes) {
        this(reference, id, volumes, Optional.empty());
    }
}
