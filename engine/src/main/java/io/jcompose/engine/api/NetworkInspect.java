package io.jcompose.engine.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** A network as {@code GET /networks} and {@code GET /networks/{id}} describe it. */
public record NetworkInspect(
        @JsonProperty("Name") String name,
        @JsonProperty("Id") String id,
        @JsonProperty("Created") String created,
        @JsonProperty("Scope") String scope,
        @JsonProperty("Driver") String driver,
        @JsonProperty("EnableIPv6") boolean enableIpv6,
        @JsonProperty("IPAM") Ipam ipam,
        @JsonProperty("Internal") boolean internal,
        @JsonProperty("Attachable") boolean attachable,
        @JsonProperty("Containers") Map<String, Attached> containers,
        @JsonProperty("Options") Map<String, String> options,
        @JsonProperty("Labels") Map<String, String> labels) {

    public NetworkInspect {
        name = Absent.text(name);
        id = Absent.text(id);
        created = Absent.text(created);
        scope = Absent.text(scope);
        driver = Absent.text(driver);
        ipam = ipam == null ? new Ipam(null, null, null) : ipam;
        containers = Absent.map(containers);
        options = Absent.map(options);
        labels = Absent.map(labels);
    }

    public record Ipam(@JsonProperty("Driver") String driver,
                       @JsonProperty("Config") List<IpamPool> config,
                       @JsonProperty("Options") Map<String, String> options) {
        public Ipam {
            driver = Absent.text(driver);
            config = Absent.list(config);
            options = Absent.map(options);
        }
    }

    public record IpamPool(@JsonProperty("Subnet") String subnet,
                           @JsonProperty("IPRange") String ipRange,
                           @JsonProperty("Gateway") String gateway,
                           @JsonProperty("AuxiliaryAddresses") Map<String, String> auxiliaryAddresses) {
        public IpamPool {
            subnet = Absent.text(subnet);
            ipRange = Absent.text(ipRange);
            gateway = Absent.text(gateway);
            auxiliaryAddresses = Absent.map(auxiliaryAddresses);
        }
    }

    /** A container on the network (only filled in by inspect, not by list). */
    public record Attached(@JsonProperty("Name") String name,
                           @JsonProperty("EndpointID") String endpointId,
                           @JsonProperty("IPv4Address") String ipv4Address) {
        public Attached {
            name = Absent.text(name);
            endpointId = Absent.text(endpointId);
            ipv4Address = Absent.text(ipv4Address);
        }
    }
}
