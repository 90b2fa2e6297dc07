package io.jcompose.volumes;

import io.jcompose.volumes.VolumeChange.KeepVolume;
import io.jcompose.volumes.VolumeChange.MissingExternalVolume;
import io.jcompose.volumes.VolumeChange.VolumeDrift;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The volume decisions of one command; immutable. */
public record VolumePlan(List<VolumeChange> changes) {

    public VolumePlan {
        changes = List.copyOf(changes);
    }

    /** Compose's warnings, to print before acting (volumes reused although not created by compose). */
    public List<String> warnings() {
        return changes.stream()
                .filter(KeepVolume.class::isInstance)
                .map(c -> ((KeepVolume) c).warning())
                .flatMap(Optional::stream)
                .toList();
    }

    /** Decisions that stop the command before anything is changed. */
    public List<MissingExternalVolume> failures() {
        return changes.stream().filter(MissingExternalVolume.class::isInstance)
                .map(MissingExternalVolume.class::cast).toList();
    }

    /** Volumes whose recreation awaits the user's answer. */
    public List<VolumeDrift> drifts() {
        return changes.stream().filter(VolumeDrift.class::isInstance).map(VolumeDrift.class::cast).toList();
    }

    /** This plan with every drift answered: recreated where {@code confirm} says yes, kept otherwise. */
    public VolumePlan resolve(Predicate<VolumeDrift> confirm) {
        return new VolumePlan(changes.stream()
                .map(c -> c instanceof VolumeDrift d ? (confirm.test(d) ? d.accept() : d.decline()) : c)
                .toList());
    }

    /** The golden text: one {@link VolumeChange#text()} per line. */
    public String text() {
        return changes.stream().map(VolumeChange::text).collect(Collectors.joining("\n"));
    }

    @Override
    public String toString() {
        return text();
    }
}
