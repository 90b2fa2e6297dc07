package io.jcompose.network;

import io.jcompose.network.NetworkChange.KeepNetwork;
import io.jcompose.network.NetworkChange.NetworkFailure;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The network decisions of one command, in network-key order; immutable. */
public record NetworkPlan(List<NetworkChange> changes) {

    public NetworkPlan {
        changes = List.copyOf(changes);
    }

    /** Compose's warnings, to print before acting (networks reused although not created by compose). */
    public List<String> warnings() {
        return changes.stream()
                .filter(KeepNetwork.class::isInstance)
                .map(c -> ((KeepNetwork) c).warning())
                .flatMap(Optional::stream)
                .toList();
    }

    /** Decisions that stop the command before anything is changed. */
    public List<NetworkFailure> failures() {
        return changes.stream().filter(NetworkFailure.class::isInstance).map(NetworkFailure.class::cast).toList();
    }

    /** The golden text: one {@link NetworkChange#text()} per line. */
    public String text() {
        return changes.stream().map(NetworkChange::text).collect(Collectors.joining("\n"));
    }

    @Override
    public String toString() {
        return text();
    }
}
