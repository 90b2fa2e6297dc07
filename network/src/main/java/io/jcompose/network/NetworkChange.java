package io.jcompose.network;

import io.jcompose.spec.labels.ComposeLabels;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One decision about one network. {@link #text()} is the golden form the plan prints:
 * {@code <Kind> <network name> (<reason>)}.
 */
public sealed interface NetworkChange {

    /** The engine-side name of the network. */
    String name();

    String reason();

    /** The line the plan prints. */
    default String text() {
        return getClass().getSimpleName() + " " + name() + " (" + reason() + ")";
    }

    /** {@code POST /networks/create} with {@code network}'s body. */
    record CreateNetwork(DesiredNetwork network, String reason) implements NetworkChange {
        public CreateNetwork {
            Objects.requireNonNull(network);
            Objects.requireNonNull(reason);
        }

        @Override
        public String name() {
            return network.name();
        }
    }

    /**
     * Nothing to do: {@code observed} is used as it is. {@code warning} is compose's message for a network that
     * exists under the expected name but was not created by compose for this project.
     */
    record KeepNetwork(DesiredNetwork network, ObservedNetwork observed, String reason, Optional<String> warning)
            implements NetworkChange {
        public KeepNetwork {
            Objects.requireNonNull(network);
            Objects.requireNonNull(observed);
            Objects.requireNonNull(reason);
            Objects.requireNonNull(warning);
        }

        @Override
        public String name() {
            return network.name();
        }
    }

    /**
     * The network's config hash changed: disconnect {@link #containerIds()} (force), remove {@code observed},
     * create {@code network}, then reconnect them (or recreate their containers, which the container planner
     * decides since the network ID changes).
     */
    record RecreateNetwork(DesiredNetwork network, ObservedNetwork observed, String reason) implements NetworkChange {
        public RecreateNetwork {
            Objects.requireNonNull(network);
            Objects.requireNonNull(observed);
            Objects.requireNonNull(reason);
        }

        @Override
        public String name() {
            return network.name();
        }

        public List<String> containerIds() {
            return observed.containerIds();
        }
    }

    /** An external network that exists: only used. */
    record UseExternalNetwork(DesiredNetwork network, ObservedNetwork observed) implements NetworkChange {
        public UseExternalNetwork {
            Objects.requireNonNull(network);
            Objects.requireNonNull(observed);
        }

        @Override
        public String name() {
            return network.name();
        }

        @Override
        public String reason() {
            return "exists";
        }
    }

    /** {@code DELETE /networks/{id}} on {@code down}; a network still in use is a warning, not an error. */
    record RemoveNetwork(ObservedNetwork observed, String reason) implements NetworkChange {
        public RemoveNetwork {
            Objects.requireNonNull(observed);
            Objects.requireNonNull(reason);
        }

        @Override
        public String name() {
            return observed.name();
        }
    }

    /** A decision that stops {@code up}: {@link #message()} is the full user-facing sentence. */
    sealed interface NetworkFailure extends NetworkChange {
        String message();

        @Override
        default String reason() {
            return message();
        }
    }

    /** {@code external: true} but no network of that name (or ID). */
    record MissingExternalNetwork(DesiredNetwork network) implements NetworkFailure {
        public MissingExternalNetwork {
            Objects.requireNonNull(network);
        }

        @Override
        public String name() {
            return network.name();
        }

        @Override
        public String message() {
            return "network " + network.name() + " declared as external, but could not be found";
        }
    }

    /** A network of this project under the expected name, but labelled for another network key. */
    record MislabelledNetwork(DesiredNetwork network, ObservedNetwork observed) implements NetworkFailure {
        public MislabelledNetwork {
            Objects.requireNonNull(network);
            Objects.requireNonNull(observed);
        }

        @Override
        public String name() {
            return network.name();
        }

        @Override
        public String message() {
            return "network " + network.name() + " was found but has incorrect label "
                    + ComposeLabels.NETWORK + " set to \""
                    + observed.labels().getOrDefault(ComposeLabels.NETWORK, "")
                    + "\" (expected: \"" + network.key() + "\")";
        }
    }

    /** More than one network answers to an external network's name. */
    record AmbiguousExternalNetwork(DesiredNetwork network) implements NetworkFailure {
        public AmbiguousExternalNetwork {
            Objects.requireNonNull(network);
        }

        @Override
        public String name() {
            return network.name();
        }

        @Override
        public String message() {
            return "multiple networks with name \"" + network.name()
                    + "\" were found. Use network ID as `name` to avoid ambiguity";
        }
    }
}
