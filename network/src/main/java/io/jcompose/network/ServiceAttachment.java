package io.jcompose.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A service's endpoint on one network, as the Engine API's {@code EndpointSettings}: Aliases, IPAMConfig
 * (IPv4Address, IPv6Address, LinkLocalIPs), MacAddress, DriverOpts, GwPriority (API 1.48+).
 *
 * @param networkKey  the key under the service's {@code networks:}
 * @param networkName the engine-side network name
 * @param aliases     the service name then the declared aliases; {@link #aliasesFor(String)} adds the container's
 */
public record ServiceAttachment(String networkKey,
                                String networkName,
                                List<String> aliases,
                                Optional<String> ipv4Address,
                                Optional<String> ipv6Address,
                                List<String> linkLocalIps,
                                Optional<String> macAddress,
                                Map<String, String> driverOpts,
                                long priority,
                                long gwPriority,
                                Optional<String> interfaceName) {

    public ServiceAttachment {
        Objects.requireNonNull(networkKey);
        Objects.requireNonNull(networkName);
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(ipv4Address);
        Objects.requireNonNull(ipv6Address);
        linkLocalIps = List.copyOf(linkLocalIps);
        Objects.requireNonNull(macAddress);
        driverOpts = Map.copyOf(driverOpts);
        Objects.requireNonNull(interfaceName);
    }

    /** The aliases of one container: its name first, as compose sends them; {@code run} uses only the name. */
    public List<String> aliasesFor(String containerName) {
        List<String> out = new ArrayList<>();
        out.add(containerName);
        out.addAll(aliases);
        return out;
    }

    /** Whether {@code IPAMConfig} carries anything; an empty one may be left out. */
    public boolean hasIpamConfig() {
        return ipv4Address.isPresent() || ipv6Address.isPresent() || !linkLocalIps.isEmpty();
    }

    /** Golden text, e.g. {@code demo_back aliases=[db,database] ipv4=10.0.0.5 priority=100}. */
    public String text() {
        StringBuilder out = new StringBuilder(networkName).append(" aliases=[").append(String.join(",", aliases))
                .append(']');
        ipv4Address.ifPresent(a -> out.append(" ipv4=").append(a));
        ipv6Address.ifPresent(a -> out.append(" ipv6=").append(a));
        if (!linkLocalIps.isEmpty()) {
            out.append(" link_local_ips=[").append(String.join(",", linkLocalIps)).append(']');
        }
        macAddress.ifPresent(m -> out.append(" mac=").append(m));
        if (!driverOpts.isEmpty()) {
            out.append(" driver_opts=").append(Texts.map(driverOpts));
        }
        if (priority != 0) {
            out.append(" priority=").append(priority);
        }
        if (gwPriority != 0) {
            out.append(" gw_priority=").append(gwPriority);
        }
        interfaceName.ifPresent(i -> out.append(" interface=").append(i));
        return out.toString();
    }
}
