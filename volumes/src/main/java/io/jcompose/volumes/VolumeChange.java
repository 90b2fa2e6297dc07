package io.jcompose.volumes;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One decision about one volume. {@link #text()} is the golden form the plan prints:
 * {@code <Kind> <volume name> (<reason>)}.
 */
public sealed interface VolumeChange {

    /** The engine-side name of the volume. */
    String name();

    String reason();

    default String text() {
        return getClass().getSimpleName() + " " + name() + " (" + reason() + ")";
    }

    /** {@code POST /volumes/create} with {@code volume}'s body. */
    record CreateVolume(DesiredVolume volume, String reason) implements VolumeChange {
        public CreateVolume {
            Objects.requireNonNull(volume);
            Objects.requireNonNull(reason);
        }

        @Override
        public String name() {
            return volume.name();
        }
    }

    /**
     * Nothing to do. {@code warning} is compose's message for a volume that exists under the expected name but was
     * not created by compose for this project.
     */
    record KeepVolume(DesiredVolume volume, ObservedVolume observed, String reason, Optional<String> warning)
            implements VolumeChange {
        public KeepVolume {
            Objects.requireNonNull(volume);
            Objects.requireNonNull(observed);
            Objects.requireNonNull(reason);
            Objects.requireNonNull(warning);
        }

        @Override
        public String name() {
            return volume.name();
        }
    }

    /** An external volume that exists: only used. */
    record UseExternalVolume(DesiredVolume volume, ObservedVolume observed) implements VolumeChange {
        public UseExternalVolume {
            Objects.requireNonNull(volume);
            Objects.requireNonNull(observed);
        }

        @Override
        public String name() {
            return volume.name();
        }

        @Override
        public String reason() {
            return "exists";
        }
    }

    /**
     * The volume's config hash changed. Recreating it loses its data, so nothing happens until the user confirms
     * {@link #prompt()} (or gave {@code -y}): {@link #accept()} or {@link #decline()} turn it into a decision.
     *
     * @param services the services mounting it, whose containers must go before the volume can be removed
     */
    record VolumeDrift(DesiredVolume volume, ObservedVolume observed, String reason, List<String> services)
            implements VolumeChange {
        public VolumeDrift {
            Objects.requireNonNull(volume);
            Objects.requireNonNull(observed);
            Objects.requireNonNull(reason);
            services = List.copyOf(services);
        }

        @Override
        public String name() {
            return volume.name();
        }

        /** Compose's question, answered yes/no (default no). */
        public String prompt() {
            return "Volume \"" + volume.name()
                    + "\" exists but doesn't match configuration in compose file. Recreate (data will be lost)?";
        }

        public RecreateVolume accept() {
            return new RecreateVolume(volume, observed, reason, services);
        }

        public KeepVolume decline() {
            return new KeepVolume(volume, observed, reason + ", recreate declined", Optional.empty());
        }
    }

    /**
     * Confirmed: stop and remove the containers of {@code services}, remove {@code observed} (force), create
     * {@code volume}. Their anonymous volumes cannot be inherited, as in compose.
     */
    record RecreateVolume(DesiredVolume volume, ObservedVolume observed, String reason, List<String> services)
            implements VolumeChange {
        public RecreateVolume {
            Objects.requireNonNull(volume);
            Objects.requireNonNull(observed);
            Objects.requireNonNull(reason);
            services = List.copyOf(services);
        }

        @Override
        public String name() {
            return volume.name();
        }
    }

    /**
     * {@code DELETE /volumes/{name}?force=true} on {@code down -v}; "in use" is a warning ("Resource is still in
     * use") and "not found" is success (an anonymous volume may have gone with its container).
     */
    record RemoveVolume(String name, String reason) implements VolumeChange {
        public RemoveVolume {
            Objects.requireNonNull(name);
            Objects.requireNonNull(reason);
        }
    }

    /** {@code external: true} but no volume of that name: stops {@code up}. */
    record MissingExternalVolume(DesiredVolume volume) implements VolumeChange {
        public MissingExternalVolume {
            Objects.requireNonNull(volume);
        }

        @Override
        public String name() {
            return volume.name();
        }

        @Override
        public String reason() {
            return message();
        }

        /** The full user-facing sentence, compose's wording. */
        public String message() {
            return "external volume \"" + volume.name() + "\" not found";
        }
    }
}
