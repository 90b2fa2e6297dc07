package io.jcompose.engine.reconcile;

import io.jcompose.spec.labels.ComposeLabels;
import io.jcompose.volumes.ObservedMount;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A container of the project as the engine reports it: what the planner compares (labels, state, the ids of
 * the networks it is connected to, its mounts for anonymous-volume inheritance).
 *
 * @param state the engine's state: created, running, paused, restarting, exited, dead
 * @param networkIds the ids of the networks it is connected to
 */
public record ObservedContainer(String id, String name, Map<String, String> labels, String state,
                                Set<String> networkIds, List<ObservedMount> mounts) {

    public ObservedContainer {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
        labels = Map.copyOf(labels);
        Objects.requireNonNull(state);
        networkIds = Set.copyOf(networkIds);
        mounts = List.copyOf(mounts);
    }

    public String service() {
        return labels.getOrDefault(ComposeLabels.SERVICE, "");
    }

    /** The replica number; 0 for a one-off container or a missing label. */
    public int number() {
        try {
            return Integer.parseInt(labels.getOrDefault(ComposeLabels.CONTAINER_NUMBER, "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public boolean oneOff() {
        return ComposeLabels.ONEOFF_TRUE.equals(labels.get(ComposeLabels.ONEOFF));
    }

    public Optional<String> configHash() {
        return Optional.ofNullable(labels.get(ComposeLabels.CONFIG_HASH));
    }

    public Optional<String> imageId() {
        return Optional.ofNullable(labels.get(ComposeLabels.IMAGE)).filter(s -> !s.isEmpty());
    }

    public boolean running() {
        return state.equals("running") || state.equals("restarting");
    }

    /** Short id for the temporary name of a replacement. */
    public String shortId() {
        return id.length() > 12 ? id.substring(0, 12) : id;
    }
}
