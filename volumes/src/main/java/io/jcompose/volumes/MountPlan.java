package io.jcompose.volumes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A service container's filesystem, split the way docker compose sends it (reference 2.2, 3.15): binds that need
 * nothing beyond the legacy syntax as {@code HostConfig.Binds} strings (the daemon creates missing host
 * directories for those), everything else as {@code HostConfig.Mounts}; the {@code tmpfs:} attribute as
 * {@code HostConfig.Tmpfs}; {@code volumes_from} to resolve into {@code HostConfig.VolumesFrom}.
 *
 * @param hostPathsToCreate bind sources sent as Mounts with {@code create_host_path} true: Engine API < 1.42 has no
 *                          CreateMountpoint, so the caller creates these directories (when the engine is local)
 * @param inheritedVolumes  anonymous volumes taken over from the previous container (recreate without {@code -V})
 */
public record MountPlan(String service,
                        List<String> binds,
                        List<MountEntry> mounts,
                        Map<String, String> tmpfs,
                        List<VolumesFrom> volumesFrom,
                        List<String> hostPathsToCreate,
                        List<String> inheritedVolumes) {

    public MountPlan {
        Objects.requireNonNull(service);
        binds = List.copyOf(binds);
        mounts = List.copyOf(mounts);
        tmpfs = Map.copyOf(tmpfs);
        volumesFrom = List.copyOf(volumesFrom);
        hostPathsToCreate = List.copyOf(hostPathsToCreate);
        inheritedVolumes = List.copyOf(inheritedVolumes);
    }

    /** Golden text: one line per bind, mount, tmpfs, volumes_from entry and host path to create. */
    public String text() {
        List<String> lines = new ArrayList<>();
        binds.forEach(b -> lines.add("Bind " + b));
        mounts.forEach(m -> lines.add("Mount " + m.text()
                + (m.source().filter(inheritedVolumes::contains).isPresent() ? " (inherited)" : "")));
        new TreeMap<>(tmpfs).forEach((path, options) -> lines.add("Tmpfs " + path
                + (options.isEmpty() ? "" : " " + options)));
        volumesFrom.forEach(v -> lines.add("VolumesFrom " + v.text()));
        hostPathsToCreate.forEach(p -> lines.add("CreateHostPath " + p));
        return String.join("\n", lines);
    }

    @Override
    public String toString() {
        return text();
    }
}
