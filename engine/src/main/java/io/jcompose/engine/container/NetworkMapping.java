package io.jcompose.engine.container;

import io.jcompose.engine.api.JsonFields;
import io.jcompose.engine.transport.ApiVersion;
import io.jcompose.spec.model.ServiceConfig;
import io.jcompose.spec.model.ServiceNetwork;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * HostConfig.NetworkMode, NetworkingConfig and the connects after create. The highest-priority network (then
 * the first by name) is the primary: it is the NetworkMode and is joined at create. Engine API 1.44 and later
 * take every endpoint at create; older engines join the others by NetworkConnect before start.
 */
final class NetworkMapping {

    static final ApiVersion ALL_ENDPOINTS_AT_CREATE = new ApiVersion(1, 44);
    private static final ApiVersion GW_PRIORITY = new ApiVersion(1, 48);

    /**
     * @param networkMode HostConfig.NetworkMode
     * @param disabled Config.NetworkDisabled ({@code network_mode: disabled})
     * @param endpoints NetworkingConfig.EndpointsConfig; empty for a network_mode
     * @param connects the networks to join after create
     * @param macAddress Config.MacAddress, which engines before API 1.44 read for the primary endpoint
     */
    record Networking(String networkMode, boolean disabled, Map<String, Object> endpoints,
            List<NetworkConnect> connects, Optional<String> macAddress) {
    }

    private NetworkMapping() {
    }

    static Networking of(ServiceConfig service, CreateContext context) {
        ApiVersion api = context.apiVersion();
        Optional<String> mode = service.networkMode().or(service::net);
        if (mode.isPresent()) {
            String resolved = Namespaces.resolve(service, "network_mode", mode.get(), context);
            Optional<String> mac = api.atLeast(ALL_ENDPOINTS_AT_CREATE) ? Optional.empty() : service.macAddress();
            if (resolved.equals("disabled")) {
                return new Networking("none", true, Map.of(), List.of(), mac);
            }
            return new Networking(resolved, false, Map.of(), List.of(), mac);
        }
        List<String> keys = byPriority(service);
        if (keys.isEmpty()) {
            return new Networking("none", false, Map.of(), List.of(), Optional.empty());
        }
        String primary = keys.get(0);
        Optional<ServiceNetwork> primaryConfig = service.networks().get(primary);
        Optional<String> primaryMac = primaryConfig.flatMap(ServiceNetwork::macAddress);
        if (service.macAddress().isPresent() && primaryMac.isPresent()
                && !primaryMac.get().equals(service.macAddress().get())) {
            throw new ContainerCreateException(service.name(),
                    "mac_address must have the same value as networks." + primary + ".mac_address");
        }
        Optional<String> containerMac = Optional.empty();
        if (api.atLeast(ALL_ENDPOINTS_AT_CREATE)) {
            primaryMac = primaryMac.or(service::macAddress);
        } else {
            List<String> withMac = keys.stream()
                    .filter(k -> service.networks().get(k).flatMap(ServiceNetwork::macAddress).isPresent()).toList();
            if (withMac.size() > 1) {
                throw new ContainerCreateException(service.name(), "a MAC address is set for several networks ("
                        + String.join(", ", withMac) + "), which requires Docker Engine API 1.44 or later (this engine"
                        + " speaks " + api + ")");
            }
            containerMac = primaryMac.or(service::macAddress);
        }

        Map<String, Object> endpoints = new LinkedHashMap<>();
        List<NetworkConnect> connects = new ArrayList<>();
        for (String key : keys) {
            String name = engineName(service, key, context);
            Map<String, Object> endpoint = endpoint(service, key, context,
                    key.equals(primary) && api.atLeast(ALL_ENDPOINTS_AT_CREATE) ? primaryMac : Optional.empty());
            if (key.equals(primary) || api.atLeast(ALL_ENDPOINTS_AT_CREATE)) {
                endpoints.put(name, endpoint);
            } else {
                connects.add(new NetworkConnect(name, endpoint));
            }
        }
        return new Networking(engineName(service, primary, context), false, endpoints, connects, containerMac);
    }

    /** Network keys by descending priority, then by name, as compose's {@code NetworksByPriority}. */
    static List<String> byPriority(ServiceConfig service) {
        Comparator<Map.Entry<String, Optional<ServiceNetwork>>> order = Comparator.comparingLong(
                (Map.Entry<String, Optional<ServiceNetwork>> e) -> -e.getValue()
                        .flatMap(ServiceNetwork::priority).orElse(0L))
                .thenComparing(Map.Entry::getKey);
        return service.networks().entrySet().stream().sorted(order).map(Map.Entry::getKey).toList();
    }

    private static String engineName(ServiceConfig service, String key, CreateContext context) {
        String name = context.networkNames().get(key);
        if (name == null) {
            throw new IllegalArgumentException("no engine network name given for network " + key + " of service "
                    + service.name());
        }
        return name;
    }

    private static Map<String, Object> endpoint(ServiceConfig service, String key, CreateContext context,
            Optional<String> primaryMac) {
        Optional<ServiceNetwork> config = service.networks().get(key);
        List<String> aliases = new ArrayList<>();
        aliases.add(context.containerName());
        if (context.useNetworkAliases()) {
            aliases.add(service.name());
            config.ifPresent(c -> c.aliases().stream().filter(a -> !aliases.contains(a)).forEach(aliases::add));
        }
        JsonFields endpoint = new JsonFields().put("Aliases", aliases).nonEmpty("Links", context.links());
        if (config.isEmpty()) {
            primaryMac.ifPresent(mac -> endpoint.put("MacAddress", mac));
            return endpoint.toMap();
        }
        ServiceNetwork network = config.get();
        JsonFields ipam = new JsonFields()
                .optional("IPv4Address", network.ipv4Address())
                .optional("IPv6Address", network.ipv6Address())
                .nonEmpty("LinkLocalIPs", network.linkLocalIps());
        if (!ipam.isEmpty()) {
            endpoint.put("IPAMConfig", ipam.toMap());
        }
        network.macAddress().or(() -> primaryMac).ifPresent(mac -> endpoint.put("MacAddress", mac));
        endpoint.nonEmpty("DriverOpts", network.driverOpts());
        if (network.gwPriority().isPresent()) {
            require(service, "networks." + key + ".gw_priority", GW_PRIORITY, context.apiVersion());
            endpoint.put("GwPriority", network.gwPriority().get());
        }
        if (network.interfaceName().isPresent()) {
            throw new ContainerCreateException(service.name(),
                    "networks." + key + ".interface_name is not supported by jcompose");
        }
        return endpoint.toMap();
    }

    static void require(ServiceConfig service, String attribute, ApiVersion needed, ApiVersion actual) {
        if (!actual.atLeast(needed)) {
            throw new ContainerCreateException(service.name(), attribute + " requires Docker Engine API " + needed
                    + " or later (this engine speaks " + actual + ")");
        }
    }
}
