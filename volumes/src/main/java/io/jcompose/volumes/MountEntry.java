package io.jcompose.volumes;

import java.util.Objects;
import java.util.Optional;

/**
 * One {@code HostConfig.Mounts[]} entry of the Engine API: Type, Source, Target, ReadOnly, Consistency,
 * BindOptions, VolumeOptions, TmpfsOptions, ImageOptions (API 1.48+).
 *
 * @param source absent for an anonymous volume and for tmpfs
 */
public record MountEntry(String type,
                         Optional<String> source,
                         String target,
                         boolean readOnly,
                         Optional<String> consistency,
                         Optional<BindOptions> bindOptions,
                         Optional<VolumeOptions> volumeOptions,
                         Optional<TmpfsOptions> tmpfsOptions,
                         Optional<ImageOptions> imageOptions) {

    public MountEntry {
        Objects.requireNonNull(type);
        Objects.requireNonNull(source);
        Objects.requireNonNull(target);
        Objects.requireNonNull(consistency);
        Objects.requireNonNull(bindOptions);
        Objects.requireNonNull(volumeOptions);
        Objects.requireNonNull(tmpfsOptions);
        Objects.requireNonNull(imageOptions);
    }

    static MountEntry of(String type, Optional<String> source, String target, boolean readOnly) {
        return new MountEntry(type, source, target, readOnly, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /**
     * {@code BindOptions}: Propagation, CreateMountpoint (API 1.42+; older engines fail on a missing source, so
     * the caller creates {@link MountPlan#hostPathsToCreate()} first), NonRecursive, ReadOnlyNonRecursive,
     * ReadOnlyForceRecursive (from {@code bind.recursive}: disabled, writable, readonly).
     */
    public record BindOptions(Optional<String> propagation, boolean createMountpoint, boolean nonRecursive,
                              boolean readOnlyNonRecursive, boolean readOnlyForceRecursive) {
        public BindOptions {
            Objects.requireNonNull(propagation);
        }
    }

    /** {@code VolumeOptions}: NoCopy, Subpath (API 1.45+). */
    public record VolumeOptions(boolean noCopy, Optional<String> subpath) {
        public VolumeOptions {
            Objects.requireNonNull(subpath);
        }
    }

    /** {@code TmpfsOptions}: SizeBytes, Mode (a file mode, sent as a number). */
    public record TmpfsOptions(Optional<Long> sizeBytes, Optional<Long> mode) {
        public TmpfsOptions {
            Objects.requireNonNull(sizeBytes);
            Objects.requireNonNull(mode);
        }
    }

    /** {@code ImageOptions}: Subpath. */
    public record ImageOptions(Optional<String> subpath) {
        public ImageOptions {
            Objects.requireNonNull(subpath);
        }
    }

    /** Golden text, e.g. {@code volume demo_data -> /data ro nocopy}. */
    public String text() {
        StringBuilder out = new StringBuilder(type);
        source.ifPresent(s -> out.append(' ').append(s));
        out.append(" -> ").append(target);
        if (readOnly) {
            out.append(" ro");
        }
        consistency.ifPresent(c -> out.append(" consistency=").append(c));
        bindOptions.ifPresent(b -> {
            b.propagation().ifPresent(p -> out.append(" propagation=").append(p));
            out.append(b.createMountpoint() ? " create_host_path" : " no_create_host_path");
            if (b.nonRecursive()) {
                out.append(" non_recursive");
            }
            if (b.readOnlyNonRecursive()) {
                out.append(" read_only_non_recursive");
            }
            if (b.readOnlyForceRecursive()) {
                out.append(" read_only_force_recursive");
            }
        });
        volumeOptions.ifPresent(v -> {
            if (v.noCopy()) {
                out.append(" nocopy");
            }
            v.subpath().ifPresent(p -> out.append(" subpath=").append(p));
        });
        tmpfsOptions.ifPresent(t -> {
            t.sizeBytes().ifPresent(s -> out.append(" size=").append(s));
            t.mode().ifPresent(m -> out.append(" mode=0").append(Long.toOctalString(m)));
        });
        imageOptions.flatMap(ImageOptions::subpath).ifPresent(p -> out.append(" subpath=").append(p));
        return out.toString();
    }
}
