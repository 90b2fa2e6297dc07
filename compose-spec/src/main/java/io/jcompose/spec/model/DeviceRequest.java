package io.jcompose.spec.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A device request ({@code gpus}, {@code deploy.resources.reservations.devices}); count -1 means all. */
public record DeviceRequest(List<String> capabilities,
                            Optional<String> driver,
                            Optional<Long> count,
                            List<String> deviceIds,
                            Map<String, String> options) {

    public DeviceRequest {
        capabilities = List.copyOf(capabilities);
        Objects.requireNonNull(driver);
        Objects.requireNonNull(count);
        deviceIds = List.copyOf(deviceIds);
        options = Trees.sorted(options);
    }

    static DeviceRequest fromTree(Map<String, Object> tree) {
        return new DeviceRequest(
                Trees.strs(tree, "capabilities"),
                Trees.str(tree, "driver"),
                Trees.lng(tree, "count"),
                Trees.strs(tree, "device_ids"),
                Trees.map(tree, "options"));
    }

    Map<String, Object> toTree() {
        return new TreeBuilder()
                .strs("capabilities", capabilities)
                .str("driver", driver)
                .lng("count", count)
                .strs("device_ids", deviceIds)
                .map("options", options)
                .build();
    }
}
