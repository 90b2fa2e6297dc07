package io.jcompose.volumes;

import java.util.Objects;
import java.util.Optional;

/**
 * One {@code volumes_from} entry: {@code service[:mode]} or {@code container:name[:mode]}, mode {@code ro} or
 * {@code rw}. A service must be resolved to one of its containers (compose takes the first by number; none is
 * "cannot share volume with service x: container missing") before it goes into {@code HostConfig.VolumesFrom}.
 */
public record VolumesFrom(Kind kind, String name, Optional<String> mode) {

    public enum Kind { SERVICE, CONTAINER }

    private static final String CONTAINER_PREFIX = "container:";

    public VolumesFrom {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(name);
        Objects.requireNonNull(mode);
    }

    public static VolumesFrom parse(String entry) {
        Kind kind = entry.startsWith(CONTAINER_PREFIX) ? Kind.CONTAINER : Kind.SERVICE;
        String rest = kind == Kind.CONTAINER ? entry.substring(CONTAINER_PREFIX.length()) : entry;
        int colon = rest.lastIndexOf(':');
        if (colon > 0 && (rest.endsWith(":ro") || rest.endsWith(":rw"))) {
            return new VolumesFrom(kind, rest.substring(0, colon), Optional.of(rest.substring(colon + 1)));
        }
        return new VolumesFrom(kind, rest, Optional.empty());
    }

    /** The {@code HostConfig.VolumesFrom} value for the resolved container; the mode is kept (compose drops it). */
    public String hostConfigValue(String container) {
        return mode.map(m -> container + ":" + m).orElse(container);
    }

    public String text() {
        return (kind == Kind.CONTAINER ? "container " : "service ") + name + mode.map(m -> ":" + m).orElse("");
    }
}
