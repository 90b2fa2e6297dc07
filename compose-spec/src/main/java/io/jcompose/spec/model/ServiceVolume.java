package io.jcompose.spec.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A service mount in long form. */
public record ServiceVolume(Optional<String> type,
                            Optional<String> source,
                            Optional<String> target,
                            boolean readOnly,
                            Optional<String> consistency,
                            Optional<VolumeBind> bind,
                            Optional<VolumeOptions> volume,
                            Optional<TmpfsOptions> tmpfs,
                            Optional<ImageOptions> image,
                            Map<String, Object> extensions) {

    public ServiceVolume {
        Objects.requireNonNull(type);
        Objects.requireNonNull(source);
        Objects.requireNonNull(target);
        Objects.requireNonNull(consistency);
        Objects.requireNonNull(bind);
        Objects.requireNonNull(volume);
        Objects.requireNonNull(tmpfs);
        Objects.requireNonNull(image);
        extensions = Trees.sorted(extensions);
    }

    static ServiceVolume fromTree(Map<String, Object> tree) {
        return new ServiceVolume(
                Trees.str(tree, "type"),
                Trees.str(tree, "source"),
                Trees.str(tree, "target"),
                Trees.bool(tree, "read_only"),
                Trees.str(tree, "consistency"),
                Trees.obj(tree, "bind", VolumeBind::fromTree),
                Trees.obj(tree, "volume", VolumeOptions::fromTree),
                Trees.obj(tree, "tmpfs", TmpfsOptions::fromTree),
                Trees.obj(tree, "image", ImageOptions::fromTree),
                Trees.extensions(tree));
    }

    Map<String, Object> toTree() {
        return new TreeBuilder()
                .str("type", type)
                .str("source", source)
                .str("target", target)
                .bool("read_only", readOnly)
                .str("consistency", consistency)
                .obj("bind", bind, VolumeBind::toTree)
                .obj("volume", volume, VolumeOptions::toTree)
                .obj("tmpfs", tmpfs, TmpfsOptions::toTree)
                .obj("image", image, ImageOptions::toTree)
                .extensions(extensions)
                .build();
    }
}
