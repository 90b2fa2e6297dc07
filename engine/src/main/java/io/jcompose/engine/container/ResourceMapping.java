package io.jcompose.engine.container;

import io.jcompose.engine.api.JsonFields;
import io.jcompose.spec.model.DeployConfig;
import io.jcompose.spec.model.DeviceMapping;
import io.jcompose.spec.model.DeviceRequest;
import io.jcompose.spec.model.Resource;
import io.jcompose.spec.model.Resources;
import io.jcompose.spec.model.ServiceConfig;
import io.jcompose.spec.model.Ulimit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Resources part of HostConfig: memory, CPU, pids, block I/O, devices, GPUs and ulimits. The service's
 * own attributes come first; {@code deploy.resources} limits and reservations override them, as in compose.
 */
final class ResourceMapping {

    /** A CDI device name, {@code vendor.com/class=name}: requested from the CDI driver, not mapped as a path. */
    private static final Pattern CDI_NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9._-]*/[a-zA-Z0-9][a-zA-Z0-9._-]*=.+");
    private static final Pattern DEVICE_PERMISSIONS = Pattern.compile("[rwm]{1,3}");

    private ResourceMapping() {
    }

    static Map<String, Object> of(ServiceConfig service) {
        JsonFields out = new JsonFields()
                .optional("CgroupParent", service.cgroupParent())
                .optional("Memory", service.memLimit())
                .optional("MemorySwap", service.memswapLimit())
                .optional("MemorySwappiness", service.memSwappiness().filter(v -> v != 0))
                .optional("MemoryReservation", service.memReservation())
                .flag("OomKillDisable", service.oomKillDisable())
                .optional("CpuCount", service.cpuCount())
                // a whole percentage, as the spec and the Engine API define it (compose's extra x100 cannot work)
                .optional("CpuPercent", service.cpuPercent().map(Math::round))
                .optional("CpuPeriod", service.cpuPeriod())
                .optional("CpuQuota", service.cpuQuota())
                .optional("CpuRealtimePeriod", service.cpuRtPeriod())
                .optional("CpuRealtimeRuntime", service.cpuRtRuntime())
                .optional("CpuShares", service.cpuShares())
                .optional("NanoCpus", service.cpus().map(ResourceMapping::nanoCpus))
                .optional("CpusetCpus", service.cpuset())
                .nonEmpty("DeviceCgroupRules", service.deviceCgroupRules())
                .optional("PidsLimit", service.pidsLimit().filter(v -> v != 0));
        service.blkioConfig().ifPresent(blkio -> out.putAll(blkio(service.name(), blkio)));

        Optional<Resources> deployed = service.deploy().flatMap(DeployConfig::resources);
        deployed.flatMap(Resources::limits).ifPresent(limits -> {
            limits.memory().filter(m -> m != 0).ifPresent(m -> out.put("Memory", m));
            limits.cpus().filter(c -> c != 0).ifPresent(c -> out.put("NanoCpus", nanoCpus(c)));
            limits.pids().filter(p -> p > 0).ifPresent(p -> out.put("PidsLimit", p));
        });
        List<Object> deviceRequests = new ArrayList<>();
        deployed.flatMap(Resources::reservations).ifPresent(reservations -> {
            // cpus reservations are a swarm setting and pids only a limit: compose maps memory and devices
            reservations.memory().filter(m -> m != 0).ifPresent(m -> out.put("MemoryReservation", m));
            reservations.devices().forEach(d -> deviceRequests.add(deviceRequest(d, d.capabilities())));
        });

        List<Object> devices = new ArrayList<>();
        List<String> cdiDevices = new ArrayList<>();
        for (DeviceMapping device : service.devices()) {
            String source = device.source().orElse("");
            if (CDI_NAME.matcher(source).matches() && !source.startsWith("/")) {
                cdiDevices.add(source);
            } else {
                devices.add(deviceMapping(service.name(), device));
            }
        }
        out.nonEmpty("Devices", devices);
        if (!cdiDevices.isEmpty()) {
            deviceRequests.add(new JsonFields().put("Driver", "cdi").put("DeviceIDs", cdiDevices).toMap());
        }
        for (DeviceRequest gpu : service.gpus()) {
            List<String> capabilities = new ArrayList<>(gpu.capabilities());
            capabilities.add("gpu");
            deviceRequests.add(deviceRequest(gpu, capabilities));
        }
        out.nonEmpty("DeviceRequests", deviceRequests);
        out.nonEmpty("Ulimits", ulimits(service.ulimits()));
        return out.toMap();
    }

    private static long nanoCpus(double cpus) {
        return (long) (cpus * 1e9);
    }

    private static Map<String, Object> deviceRequest(DeviceRequest request, List<String> capabilities) {
        return new JsonFields()
                .optional("Driver", request.driver())
                .optional("Count", request.count())
                .nonEmpty("DeviceIDs", request.deviceIds())
                .put("Capabilities", List.of(List.copyOf(capabilities)))
                .nonEmpty("Options", request.options())
                .toMap();
    }

    /** {@code host[:container[:permissions]]}; the container path defaults to the host's, permissions to rwm. */
    /** The loader has split the short form; the engine only accepts permissions made of r, w and m. */
    private static Map<String, Object> deviceMapping(String service, DeviceMapping device) {
        String host = device.source().orElse("");
        String container = device.target().filter(t -> !t.isEmpty()).orElse(host);
        String permissions = device.permissions().orElse("rwm");
        if (host.isEmpty() || !DEVICE_PERMISSIONS.matcher(permissions).matches()) {
            throw new ContainerCreateException(service, "devices: invalid device mapping '" + host + ":" + container
                    + ":" + permissions + "' (permissions are made of r, w and m)");
        }
        Map<String, Object> mapping = new LinkedHashMap<>();
        mapping.put("PathOnHost", host);
        mapping.put("PathInContainer", container);
        mapping.put("CgroupPermissions", permissions);
        return mapping;
    }

    /** A single value sets both soft and hard; a pair's zero side falls back to the single value, as compose. */
    private static List<Object> ulimits(Map<String, Ulimit> ulimits) {
        List<Object> out = new ArrayList<>();
        ulimits.forEach((name, limit) -> {
            long single = limit.single().orElse(0L);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("Name", name);
            entry.put("Soft", limit.soft() != 0 ? limit.soft() : single);
            entry.put("Hard", limit.hard() != 0 ? limit.hard() : single);
            out.add(entry);
        });
        return out;
    }

    /** {@code blkio_config} in canonical form (see the loader) to the Blkio* fields. */
    private static Map<String, Object> blkio(String service, Object blkio) {
        JsonFields out = new JsonFields();
        if (!(blkio instanceof Map<?, ?> config)) {
            throw new ContainerCreateException(service, "blkio_config must be a mapping");
        }
        config.forEach((key, value) -> {
            switch (String.valueOf(key)) {
                case "weight" -> out.put("BlkioWeight", number(service, value));
                case "weight_device" -> out.put("BlkioWeightDevice", devices(service, value, "weight", "Weight"));
                case "device_read_bps" -> out.put("BlkioDeviceReadBps", devices(service, value, "rate", "Rate"));
                case "device_read_iops" -> out.put("BlkioDeviceReadIOps", devices(service, value, "rate", "Rate"));
                case "device_write_bps" -> out.put("BlkioDeviceWriteBps", devices(service, value, "rate", "Rate"));
                case "device_write_iops" -> out.put("BlkioDeviceWriteIOps", devices(service, value, "rate", "Rate"));
                default -> {
                    // x-* extensions have no engine field
                }
            }
        });
        return out.toMap();
    }

    private static List<Object> devices(String service, Object value, String field, String engineField) {
        List<Object> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> device) {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("Path", String.valueOf(device.get("path")));
                    entry.put(engineField, number(service, device.get(field)));
                    out.add(entry);
                }
            }
        }
        return out;
    }

    private static long number(String service, Object value) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        try {
            return Long.parseLong(String.valueOf(value));
        } catch (NumberFormatException e) {
            throw new ContainerCreateException(service, "blkio_config: '" + value + "' is not a number", e);
        }
    }
}
