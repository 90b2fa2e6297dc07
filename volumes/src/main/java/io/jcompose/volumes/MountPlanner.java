package io.jcompose.volumes;

import io.jcompose.spec.model.FileObjectConfig;
import io.jcompose.spec.model.FileReference;
import io.jcompose.spec.model.Project;
import io.jcompose.spec.model.ServiceConfig;
import io.jcompose.spec.model.ServiceVolume;
import io.jcompose.spec.model.VolumeBind;
import io.jcompose.spec.model.VolumeConfig;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** A service's mounts for one container create, as docker compose builds them. */
public final class MountPlanner {

    private static final String SECRETS_DIR = "/run/secrets/";

    private MountPlanner() {
    }

    /** The mounts of a new container (nothing to inherit). */
    public static MountPlan plan(Project project, ServiceConfig service) {
        return plan(project, service, List.of(), Set.of(), false);
    }

    /**
     * The mounts of a container that replaces one with {@code previousMounts}: its anonymous volumes (declared
     * ones, and those at the image's {@code VOLUME} paths {@code imageVolumes}) are taken over, so data survives
     * a recreate, unless {@code renewAnonymousVolumes} ({@code up -V}).
     *
     * @throws UnsupportedMountException for an external secret or config, which compose cannot mount
     */
    public static MountPlan plan(Project project, ServiceConfig service, List<ObservedMount> previousMounts,
                                 Set<String> imageVolumes, boolean renewAnonymousVolumes) {
        Map<String, MountEntry> mounts = new LinkedHashMap<>();
        List<String> inherited = new ArrayList<>();
        if (!renewAnonymousVolumes) {
            Set<String> anonymousTargets = new HashSet<>();
            for (ServiceVolume v : service.volumes()) {
                if (isType(v, "volume") && v.source().isEmpty()) {
                    v.target().ifPresent(anonymousTargets::add);
                }
            }
            for (ObservedMount m : previousMounts) {
                if (m.isVolume() && m.name().isPresent() && (imageVolumes.contains(m.destination())
                        || anonymousTargets.contains(m.destination()))) {
                    mounts.put(m.destination(), MountEntry.of("volume", m.name(), m.destination(), !m.rw()));
                    inherited.add(m.name().get());
                }
            }
        }
        Set<String> taken = new HashSet<>(mounts.keySet());
        List<String> binds = new ArrayList<>();
        List<String> hostPaths = new ArrayList<>();
        for (ServiceVolume v : service.volumes()) {
            String target = v.target().orElse("");
            if (isType(v, "volume") && v.source().isEmpty() && mounts.containsKey(target)
                    && inherited.contains(mounts.get(target).source().orElse(""))) {
                continue;
            }
            taken.add(target);
            if (isType(v, "bind") && !needsMountApi(v.bind())) {
                mounts.remove(target);
                binds.add(bindString(v));
                continue;
            }
            MountEntry entry = entry(project, v);
            mounts.put(target, entry);
            if (entry.bindOptions().filter(MountEntry.BindOptions::createMountpoint).isPresent()) {
                entry.source().ifPresent(hostPaths::add);
            }
        }
        for (MountEntry secret : fileMounts(project, service)) {
            if (taken.add(secret.target())) {
                mounts.put(secret.target(), secret);
            }
        }
        Map<String, String> tmpfs = new TreeMap<>();
        for (String t : service.tmpfs()) {
            int colon = t.indexOf(':');
            tmpfs.put(colon < 0 ? t : t.substring(0, colon), colon < 0 ? "" : t.substring(colon + 1));
        }
        List<VolumesFrom> volumesFrom = service.volumesFrom().stream().map(VolumesFrom::parse).toList();
        return new MountPlan(service.name(), binds, new ArrayList<>(mounts.values()), tmpfs, volumesFrom, hostPaths,
                inherited);
    }

    /** Compose needs the Mount API for a bind when it must not create the host path, or sets propagation/recursion. */
    private static boolean needsMountApi(Optional<VolumeBind> bind) {
        return bind.filter(b -> !b.createHostPath() || b.propagation().isPresent() || b.recursive().isPresent())
                .isPresent();
    }

    /** {@code source:target:rw|ro[,z|Z]}, the legacy syntax compose writes for a plain bind. */
    private static String bindString(ServiceVolume v) {
        StringBuilder options = new StringBuilder(v.readOnly() ? "ro" : "rw");
        v.bind().flatMap(VolumeBind::selinux).ifPresent(s -> options.append(',').append(s));
        return v.source().orElse("") + ":" + v.target().orElse("") + ":" + options;
    }

    private static MountEntry entry(Project project, ServiceVolume v) {
        String type = v.type().orElse("volume");
        Optional<String> source = v.source();
        Optional<MountEntry.BindOptions> bindOptions = Optional.empty();
        Optional<MountEntry.VolumeOptions> volumeOptions = Optional.empty();
        Optional<MountEntry.TmpfsOptions> tmpfsOptions = Optional.empty();
        Optional<MountEntry.ImageOptions> imageOptions = Optional.empty();
        switch (type) {
            case "bind" -> bindOptions = Optional.of(bindOptions(v.bind().orElseThrow()));
            case "volume" -> {
                source = source.map(key -> volumeName(project, key));
                volumeOptions = v.volume()
                        .filter(o -> o.nocopy() || o.subpath().isPresent())
                        .map(o -> new MountEntry.VolumeOptions(o.nocopy(), o.subpath()));
            }
            case "tmpfs" -> tmpfsOptions = v.tmpfs()
                    .filter(o -> o.size().isPresent() || o.mode().isPresent())
                    .map(o -> new MountEntry.TmpfsOptions(o.size(), o.mode()));
            case "image" -> imageOptions = v.image().filter(o -> o.subpath().isPresent())
                    .map(o -> new MountEntry.ImageOptions(o.subpath()));
            default -> {
                // npipe and cluster pass through as written
            }
        }
        return new MountEntry(type, source, v.target().orElse(""), v.readOnly(), v.consistency(), bindOptions,
                volumeOptions, tmpfsOptions, imageOptions);
    }

    private static MountEntry.BindOptions bindOptions(VolumeBind bind) {
        String recursive = bind.recursive().orElse("");
        return new MountEntry.BindOptions(bind.propagation(), bind.createHostPath(), recursive.equals("disabled"),
                recursive.equals("writable"), recursive.equals("readonly"));
    }

    private static String volumeName(Project project, String key) {
        VolumeConfig config = project.volumes().get(key);
        return config == null ? key : DesiredVolume.engineName(project.name(), key, config);
    }

    /**
     * File-backed secrets (read-only at {@code /run/secrets/<name>}) and configs (at {@code /<name>}) as read-only
     * binds; those from {@code environment} or {@code content} are copied into the container instead.
     */
    private static List<MountEntry> fileMounts(Project project, ServiceConfig service) {
        List<MountEntry> out = new ArrayList<>();
        for (FileReference secret : service.secrets()) {
            fileMount(project.secrets(), secret, "secret").ifPresent(file -> out.add(new MountEntry(
                    "bind", Optional.of(file), target(secret, SECRETS_DIR), true, Optional.empty(),
                    Optional.of(new MountEntry.BindOptions(Optional.empty(), false, false, false, false)),
                    Optional.empty(), Optional.empty(), Optional.empty())));
        }
        for (FileReference config : service.configs()) {
            fileMount(project.configs(), config, "config").ifPresent(file ->
                    out.add(MountEntry.of("bind", Optional.of(file), target(config, "/"), true)));
        }
        return out;
    }

    private static Optional<String> fileMount(Map<String, FileObjectConfig> declared, FileReference reference,
                                              String kind) {
        String key = reference.source().orElse("");
        FileObjectConfig object = declared.get(key);
        if (object == null) {
            return Optional.empty();
        }
        if (object.external()) {
            throw new UnsupportedMountException("unsupported external " + kind + " " + object.name().orElse(key));
        }
        return object.file();
    }

    private static String target(FileReference reference, String dir) {
        String source = reference.source().orElse("");
        return reference.target()
                .map(t -> t.startsWith("/") ? t : dir + t)
                .orElse(dir + source);
    }

    private static boolean isType(ServiceVolume v, String type) {
        return v.type().filter(type::equals).isPresent();
    }
}
