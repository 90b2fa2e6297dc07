package io.jcompose.engine.api;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** A network as {@code GET /networks} and {@code GET /networks/{id}} describe it. */
public record NetworkInspect(
        String name,
        String id,
        String created,
        String scope,
        String driver,
        boolean enableIpv6,
        Ipam ipam,
        boolean internal,
        boolean attachable,
        Map<String, Attached> containers,
        Map<String, String> options,
        Map<String, String> labels) {

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

    /** A network as {@code GET /networks} and {@code GET /networks/{id}} answer it. */
    static NetworkInspect read(JsonParser parser) throws IOException {
        String name = null;
        String id = null;
        String created = null;
        String scope = null;
        String driver = null;
        boolean enableIpv6 = false;
        Ipam ipam = null;
        boolean internal = false;
        boolean attachable = false;
        Map<String, Attached> containers = null;
        Map<String, String> options = null;
        Map<String, String> labels = null;
        for (String field = AnswerReader.firstField(parser); field != null;
                field = AnswerReader.nextField(parser)) {
            switch (field) {
                case "Name" -> name = AnswerReader.text(parser);
                case "Id" -> id = AnswerReader.text(parser);
                case "Created" -> created = AnswerReader.text(parser);
                case "Scope" -> scope = AnswerReader.text(parser);
                case "Driver" -> driver = AnswerReader.text(parser);
                case "EnableIPv6" -> enableIpv6 = AnswerReader.bool(parser);
                case "IPAM" -> ipam = AnswerReader.object(parser, Ipam::read);
                case "Internal" -> internal = AnswerReader.bool(parser);
                case "Attachable" -> attachable = AnswerReader.bool(parser);
                case "Containers" -> containers = AnswerReader.map(parser, Attached::read);
                case "Options" -> options = AnswerReader.textMap(parser);
                case "Labels" -> labels = AnswerReader.textMap(parser);
                default -> parser.skipChildren();
            }
        }
        return new NetworkInspect(name, id, created, scope, driver, enableIpv6, ipam, internal, attachable, containers,
                options, labels);
    }

    public record Ipam(String driver, List<IpamPool> config, Map<String, String> options) {
        public Ipam {
            driver = Absent.text(driver);
            config = Absent.list(config);
            options = Absent.map(options);
        }

        static Ipam read(JsonParser parser) throws IOException {
            String driver = null;
            List<IpamPool> config = null;
            Map<String, String> options = null;
            for (String field = AnswerReader.firstField(parser); field != null;
                    field = AnswerReader.nextField(parser)) {
                switch (field) {
                    case "Driver" -> driver = AnswerReader.text(parser);
                    case "Config" -> config = AnswerReader.list(parser, IpamPool::read);
                    case "Options" -> options = AnswerReader.textMap(parser);
                    default -> parser.skipChildren();
                }
            }
            return new Ipam(driver, config, options);
        }
    }

    public record IpamPool(String subnet, String ipRange, String gateway, Map<String, String> auxiliaryAddresses) {
        public IpamPool {
            subnet = Absent.text(subnet);
            ipRange = Absent.text(ipRange);
            gateway = Absent.text(gateway);
            auxiliaryAddresses = Absent.map(auxiliaryAddresses);
        }

        static IpamPool read(JsonParser parser) throws IOException {
            String subnet = null;
            String ipRange = null;
            String gateway = null;
            Map<String, String> auxiliaryAddresses = null;
            for (String field = AnswerReader.firstField(parser); field != null;
                    field = AnswerReader.nextField(parser)) {
                switch (field) {
                    case "Subnet" -> subnet = AnswerReader.text(parser);
                    case "IPRange" -> ipRange = AnswerReader.text(parser);
                    case "Gateway" -> gateway = AnswerReader.text(parser);
                    case "AuxiliaryAddresses" -> auxiliaryAddresses = AnswerReader.textMap(parser);
                    default -> parser.skipChildren();
                }
            }
            return new IpamPool(subnet, ipRange, gateway, auxiliaryAddresses);
        }
    }

    /** A container on the network (only filled in by inspect, not by list). */
    public record Attached(String name, String endpointId, String ipv4Address) {
        public Attached {
            name = Absent.text(name);
            endpointId = Absent.text(endpointId);
            ipv4Address = Absent.text(ipv4Address);
        }

        static Attached read(JsonParser parser) throws IOException {
            String name = null;
            String endpointId = null;
            String ipv4Address = null;
            for (String field = AnswerReader.firstField(parser); field != null;
                    field = AnswerReader.nextField(parser)) {
                switch (field) {
                    case "Name" -> name = AnswerReader.text(parser);
                    case "EndpointID" -> endpointId = AnswerReader.text(parser);
                    case "IPv4Address" -> ipv4Address = AnswerReader.text(parser);
                    default -> parser.skipChildren();
                }
            }
            return new Attached(name, endpointId, ipv4Address);
        }
    }
}
