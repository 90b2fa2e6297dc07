package io.jcompose.volumes;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One of a container's mounts as {@code GET /containers/{id}/json} reports it in {@code Mounts[]}: Type, Name
 * (volumes only), Source, Destination, RW.
 */
public record ObservedMount(String type, Optional<String> name, String source, String destination, boolean rw) {

    /** The engine names a volume it creates for an anonymous mount by 64 hex digits. */
    private static final Pattern GENERATED_NAME = Pattern.compile("[0-9a-f]{64}");

    public ObservedMount {
        Objects.requireNonNull(type);
        Objects.requireNonNull(name);
        Objects.requireNonNull(source);
        Objects.requireNonNull(destination);
    }

    public boolean isVolume() {
        return type.equals("volume");
    }

    /** A volume the engine created and named for the container (an anonymous one). */
    public boolean isAnonymousVolume() {
        return isVolume() && name.filter(n -> GENERATED_NAME.matcher(n).matches()).isPresent();
    }
}
