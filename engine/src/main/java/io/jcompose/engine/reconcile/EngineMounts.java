package io.jcompose.engine.reconcile;

import io.jcompose.volumes.MountEntry;
import java.util.LinkedHashMap;
import java.util.Map;

/** A planned mount in the engine's {@code HostConfig.Mounts[]} shape. */
final class EngineMounts {

    private EngineMounts() {
    }

    static Map<String, Object> of(MountEntry entry) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("Type", entry.type());
        entry.source().ifPresent(s -> out.put("Source", s));
        out.put("Target", entry.target());
        if (entry.readOnly()) {
            out.put("ReadOnly", true);
        }
        entry.consistency().ifPresent(c -> out.put("Consistency", c));
        entry.bindOptions().ifPresent(b -> {
            Map<String, Object> bind = new LinkedHashMap<>();
            b.propagation().ifPresent(p -> bind.put("Propagation", p));
            if (b.nonRecursive()) {
                bind.put("NonRecursive", true);
            }
            if (!bind.isEmpty()) {
                out.put("BindOptions", bind);
            }
        });
        entry.volumeOptions().ifPresent(v -> {
            Map<String, Object> volume = new LinkedHashMap<>();
            if (v.noCopy()) {
                volume.put("NoCopy", true);
            }
            v.subpath().ifPresent(s -> volume.put("Subpath", s));
            if (!volume.isEmpty()) {
                out.put("VolumeOptions", volume);
            }
        });
        entry.tmpfsOptions().ifPresent(t -> {
            Map<String, Object> tmpfs = new LinkedHashMap<>();
            t.sizeBytes().ifPresent(s -> tmpfs.put("SizeBytes", s));
            t.mode().ifPresent(m -> tmpfs.put("Mode", m));
            if (!tmpfs.isEmpty()) {
                out.put("TmpfsOptions", tmpfs);
            }
        });
        return out;
    }
}
