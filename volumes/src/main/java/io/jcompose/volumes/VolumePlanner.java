package io.jcompose.volumes;

import io.jcompose.spec.labels.ComposeLabels;
import io.jcompose.spec.model.Project;
import io.jcompose.spec.model.ServiceConfig;
import io.jcompose.spec.model.ServiceVolume;
import io.jcompose.spec.model.VolumeConfig;
import io.jcompose.volumes.VolumeChange.CreateVolume;
import io.jcompose.volumes.VolumeChange.KeepVolume;
import io.jcompose.volumes.VolumeChange.MissingExternalVolume;
import io.jcompose.volumes.VolumeChange.RemoveVolume;
import io.jcompose.volumes.VolumeChange.UseExternalVolume;
import io.jcompose.volumes.VolumeChange.VolumeDrift;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Desired named volumes against observed ones, as docker compose decides (reference 3.4, 3.5, 3.8): create what
 * is missing, keep what matches (or was not created by compose, with its warning), look up external volumes,
 * and never recreate a changed volume without the user's yes; on {@code down -v}, remove the project's volumes
 * and the anonymous volumes of the removed containers.
 */
public final class VolumePlanner {

    private final String composeVersion;

    /** @param composeVersion the value of the {@code com.docker.compose.version} label */
    public VolumePlanner(String composeVersion) {
        this.composeVersion = Objects.requireNonNull(composeVersion);
    }

    /**
     * The named volumes {@code up}/{@code create} needs, in key order: those the {@code services} mount (empty:
     * every enabled service), or every declared volume with {@code allResources}.
     */
    public List<DesiredVolume> desired(Project project, Set<String> services, boolean allResources) {
        Set<String> keys = new TreeSet<>();
        if (allResources) {
            keys.addAll(project.volumes().keySet());
        } else {
            for (ServiceConfig service : project.services().values()) {
                if (services.isEmpty() || services.contains(service.name())) {
                    keys.addAll(namedVolumes(service));
                }
            }
        }
        List<DesiredVolume> out = new ArrayList<>();
        for (String key : keys) {
            VolumeConfig config = project.volumes().get(key);
            if (config != null) {
                out.add(DesiredVolume.of(project.name(), key, config, composeVersion));
            }
        }
        return out;
    }

    /**
     * The volume changes of {@code up}/{@code create}; {@code observed} are the engine's volumes by name. With
     * {@code assumeYes} ({@code -y}) a drifted volume is recreated at once, else it stays a {@link VolumeDrift}
     * for the CLI to ask about ({@link VolumePlan#resolve}).
     */
    public VolumePlan up(Project project, Collection<ObservedVolume> observed, Set<String> services,
                         boolean allResources, boolean assumeYes) {
        List<VolumeChange> changes = new ArrayList<>();
        for (DesiredVolume volume : desired(project, services, allResources)) {
            VolumeChange change = decide(project, volume, observed);
            changes.add(assumeYes && change instanceof VolumeDrift drift ? drift.accept() : change);
        }
        return new VolumePlan(changes);
    }

    /**
     * The removals of {@code down -v} with a compose file: every non-external volume of the whole model that
     * exists, then the anonymous volumes of {@code removedContainers} (container name to its mounts).
     */
    public VolumePlan down(Project project, Collection<ObservedVolume> observed,
                           Map<String, List<ObservedMount>> removedContainers) {
        Set<String> present = new TreeSet<>();
        observed.forEach(o -> present.add(o.name()));
        List<VolumeChange> changes = new ArrayList<>();
        project.volumes().forEach((key, config) -> {
            String name = DesiredVolume.engineName(project.name(), key, config);
            if (!config.external() && present.contains(name)) {
                changes.add(new RemoveVolume(name, "volume " + key + " of project " + project.name()));
            }
        });
        changes.addAll(anonymous(removedContainers));
        return new VolumePlan(changes);
    }

    /** The removals of {@code down -v -p NAME} without a compose file: every volume labelled for the project. */
    public VolumePlan down(String projectName, Collection<ObservedVolume> observed,
                           Map<String, List<ObservedMount>> removedContainers) {
        List<VolumeChange> changes = new ArrayList<>();
        observed.stream()
                .filter(o -> projectName.equals(o.labels().get(ComposeLabels.PROJECT)))
                .map(ObservedVolume::name)
                .distinct()
                .sorted()
                .forEach(name -> changes.add(new RemoveVolume(name, "volume "
                        + labelledKey(observed, name) + " of project " + projectName)));
        changes.addAll(anonymous(removedContainers));
        return new VolumePlan(changes);
    }

    /** The keys of the named volumes a service mounts. */
    static Set<String> namedVolumes(ServiceConfig service) {
        Set<String> keys = new LinkedHashSet<>();
        for (ServiceVolume volume : service.volumes()) {
            if (volume.type().filter("volume"::equals).isPresent()) {
                volume.source().ifPresent(keys::add);
            }
        }
        return keys;
    }

    private static String labelledKey(Collection<ObservedVolume> observed, String name) {
        return observed.stream().filter(o -> o.name().equals(name)).findFirst()
                .map(o -> o.labels().getOrDefault(ComposeLabels.VOLUME, name)).orElse(name);
    }

    private static List<VolumeChange> anonymous(Map<String, List<ObservedMount>> removedContainers) {
        Map<String, String> owners = new TreeMap<>();
        new TreeMap<>(removedContainers).forEach((container, mounts) -> mounts.stream()
                .filter(ObservedMount::isAnonymousVolume)
                .forEach(m -> owners.putIfAbsent(m.name().orElseThrow(), container)));
        List<VolumeChange> out = new ArrayList<>();
        owners.forEach((name, container) -> out.add(new RemoveVolume(name, "anonymous volume of " + container)));
        return out;
    }

    private static VolumeChange decide(Project project, DesiredVolume volume, Collection<ObservedVolume> observed) {
        Optional<ObservedVolume> match = observed.stream().filter(o -> o.name().equals(volume.name())).findFirst();
        if (volume.external()) {
            return match.<VolumeChange>map(o -> new UseExternalVolume(volume, o))
                    .orElseGet(() -> new MissingExternalVolume(volume));
        }
        if (match.isEmpty()) {
            return new CreateVolume(volume, "not found");
        }
        ObservedVolume existing = match.get();
        String owner = existing.labels().get(ComposeLabels.PROJECT);
        if (owner == null) {
            return new KeepVolume(volume, existing, "exists, not created by compose", Optional.of(
                    "volume \"" + volume.name() + "\" already exists but was not created by Docker Compose. "
                            + "Use `external: true` to use an existing volume"));
        }
        if (!owner.equals(project.name())) {
            // compose would also offer to recreate it on drift; another project's data is never put at stake here
            return new KeepVolume(volume, existing, "exists, created for project \"" + owner + "\"", Optional.of(
                    "volume \"" + volume.name() + "\" already exists but was created for project \"" + owner
                            + "\" (expected \"" + project.name()
                            + "\"). Use `external: true` to use an existing volume"));
        }
        String hash = existing.labels().get(ComposeLabels.CONFIG_HASH);
        if (hash == null || hash.isEmpty()) {
            return new KeepVolume(volume, existing, "exists without a config hash", Optional.empty());
        }
        if (hash.equals(volume.configHash())) {
            return new KeepVolume(volume, existing, "up to date", Optional.empty());
        }
        return new VolumeDrift(volume, existing, "config changed: " + drift(volume, existing),
                servicesMounting(project, volume.key()));
    }

    private static String drift(DesiredVolume want, ObservedVolume have) {
        List<String> out = new ArrayList<>();
        if (!want.driver().equals(have.driver())) {
            out.add("driver " + have.driver() + " -> " + want.driver());
        }
        if (!want.driverOpts().equals(have.options())) {
            out.add("driver_opts " + Texts.map(have.options()) + " -> " + Texts.map(want.driverOpts()));
        }
        Map<String, String> haveLabels = Texts.withoutComposeLabels(have.labels());
        if (!haveLabels.equals(want.userLabels())) {
            out.add("labels " + Texts.map(haveLabels) + " -> " + Texts.map(want.userLabels()));
        }
        return out.isEmpty() ? "config hash differs" : String.join(", ", out);
    }

    private static List<String> servicesMounting(Project project, String key) {
        return project.services().values().stream()
                .filter(s -> namedVolumes(s).contains(key))
                .map(ServiceConfig::name)
                .toList();
    }
}
