package io.jcompose.engine.api;

import java.util.List;
import java.util.Map;

/** The body of {@code POST /networks/create}; empty fields are left out so the engine applies its defaults. */
public record NetworkCreateBody(
        String name,
        String driver,
        boolean internal,
        boolean attachable,
        boolean enableIpv6,
        Map<String, Object> ipam,
        Map<String, String> options,
        Map<String, String> labels,
        boolean checkDuplicate) {

    public NetworkCreateBody {
        name = Absent.text(name);
        driver = Absent.text(driver);
        ipam = Absent.map(ipam);
        options = Absent.map(options);
        labels = Absent.map(labels);
    }

    /** The body as the engine reads it: empty strings and maps left out, every flag written. */
    public Map<String, Object> toJson() {
        return new JsonFields().nonEmpty("Name", name).nonEmpty("Driver", driver).put("Internal", internal)
                .put("Attachable", attachable).put("EnableIPv6", enableIpv6).nonEmpty("IPAM", ipam)
                .nonEmpty("Options", options).nonEmpty("Labels", labels).put("CheckDuplicate", checkDuplicate)
                .toMap();
    }

    /** A bridge network with the engine's defaults, refusing a duplicate name. */
    public static NetworkCreateBody named(String name, Map<String, String> labels) {
        return new NetworkCreateBody(name, "", false, false, false, Map.of(), Map.of(), labels, true);
    }

    /** IPAM with one pool per subnet, e.g. {@code ipam("default", List.of("172.28.0.0/16"))}. */
    public NetworkCreateBody withSubnets(String ipamDriver, List<String> subnets) {
        Map<String, Object> newIpam = Map.of("Driver", ipamDriver.isEmpty() ? "default" : ipamDriver,
                "Config", subnets.stream().map(subnet -> Map.of("Subnet", subnet)).toList());
        return new NetworkCreateBody(name, driver, internal, attachable, enableIpv6, newIpam, options, labels,
                checkDuplicate);
    }
}
