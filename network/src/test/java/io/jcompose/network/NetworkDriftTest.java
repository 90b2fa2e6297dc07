package io.jcompose.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One attribute changed at a time: each recreates the network and is named in the reason. */
class NetworkDriftTest {

    private final NetworkPlanner planner = new NetworkPlanner("2.0.0");

    private String reasonFor(String before, String after) {
        String file = """
                services:
                  web:
                    image: busybox
                networks:
                  default:
                %s
                """;
        List<ObservedNetwork> observed = planner.desired(ComposeFixture.project(file.formatted(before)), Set.of(),
                false).stream().map(n -> new ObservedNetwork("id", n.name(), n.driver().orElse("bridge"), n.labels(),
                n.options(), n.ipam().orElse(NetworkIpam.none()), n.internal(), n.attachable(),
                n.enableIpv6().orElse(false), List.of())).toList();
        return planner.up(ComposeFixture.project(file.formatted(after)), observed, Set.of(), false).text();
    }

    @Test
    void driver() {
        assertThat(reasonFor("    driver: bridge", "    driver: macvlan"))
                .isEqualTo("RecreateNetwork demo_default (config changed: driver bridge -> macvlan)");
    }

    @Test
    void driverOpts() {
        assertThat(reasonFor("    driver_opts: {com.docker.network.driver.mtu: \"1400\"}",
                "    driver_opts: {com.docker.network.driver.mtu: \"1500\"}"))
                .isEqualTo("RecreateNetwork demo_default (config changed: driver_opts "
                        + "{com.docker.network.driver.mtu=1400} -> {com.docker.network.driver.mtu=1500})");
    }

    @Test
    void attachable() {
        assertThat(reasonFor("    attachable: false", "    attachable: true"))
                .isEqualTo("RecreateNetwork demo_default (config changed: attachable false -> true)");
    }

    @Test
    void enableIpv6() {
        assertThat(reasonFor("    enable_ipv6: false", "    enable_ipv6: true"))
                .isEqualTo("RecreateNetwork demo_default (config changed: enable_ipv6 false -> true)");
    }

    @Test
    void ipamDriverAndGateway() {
        assertThat(reasonFor("""
                    ipam:
                      config:
                        - subnet: 10.5.0.0/16
                          gateway: 10.5.0.1
                """, """
                    ipam:
                      driver: custom
                      config:
                        - subnet: 10.5.0.0/16
                          gateway: 10.5.0.254
                """)).isEqualTo("RecreateNetwork demo_default (config changed: ipam.driver default -> custom, "
                + "ipam.config [subnet=10.5.0.0/16,gateway=10.5.0.1] -> [subnet=10.5.0.0/16,gateway=10.5.0.254])");
    }

    @Test
    void sameConfigWrittenDifferentlyIsKept() {
        assertThat(reasonFor("    internal: true\n    labels: [a=1, b=2]",
                "    labels: {b: \"2\", a: \"1\"}\n    internal: true"))
                .isEqualTo("KeepNetwork demo_default (up to date)");
    }
}
