package io.jcompose.spec.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Resource limits or reservations; memory in bytes. */
public record Resource(Optional<Double> cpus,
                       Optional<Long> memory,
                       Optional<Long> pids,
                       List<DeviceRequest> devices,
                       Optional<Object> genericResources,
                       Map<String, Object> extensions) {

    public Resource {
        Objects.requireNonNull(cpus);
        Objects.requireNonNull(memory);
        Objects.requireNonNull(pids);
        devices = List.copyOf(devices);
        Objects.requireNonNull(genericResources);
        extensions = Trees.sorted(extensions);
    }

    static Resource fromTree(Map<String, Object> tree) {
        return new Resource(
                Trees.dbl(tree, "cpus"),
                Trees.bytes(tree, "memory"),
                Trees.lng(tree, "pids"),
                Trees.objs(tree, "devices", DeviceRequest::fromTree),
                Trees.raw(tree, "generic_resources"),
                Trees.extensions(tree));
    }

    Map<String, Object> toTree() {
        return new TreeBuilder()
                .dbl("cpus", cpus)
                .bytes("memory", memory)
                .lng("pids", pids)
                .objs("devices", devices, DeviceRequest::toTree)
                .raw("generic_resources", genericResources)
                .extensions(extensions)
                .build();
    }
}
