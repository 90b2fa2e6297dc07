package io.jcompose.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.spec.labels.ComposeLabels;
import io.jcompose.spec.model.Project;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NetworkPlannerTest {

    private final NetworkPlanner planner = new NetworkPlanner("2.0.0");

    private static final String TWO_TIER = """
            services:
              web:
                image: busybox
                networks: [front, back]
              db:
                image: busybox
                networks: [back]
            networks:
              front: {}
              back:
                internal: %s
            """;

    @Test
    void missingNetworkIsCreated() {
        Project project = ComposeFixture.project("""
                services:
                  web:
                    image: busybox
                """);
        assertThat(planner.up(project, List.of(), Set.of(), false).text())
                .isEqualTo("CreateNetwork demo_default (not found)");
    }

    @Test
    void createdNetworkCarriesComposeLabelsAndTheUsersOwn() {
        Project project = ComposeFixture.project("""
                services:
                  web:
                    image: busybox
                    networks: [back]
                networks:
                  back:
                    driver: bridge
                    driver_opts:
                      com.docker.network.bridge.name: br-demo
                    attachable: true
                    enable_ipv6: true
                    labels:
                      tier: back
                    ipam:
                      driver: default
                      config:
                        - subnet: 172.28.0.0/16
                          ip_range: 172.28.5.0/24
                          gateway: 172.28.5.254
                          aux_addresses:
                            host1: 172.28.1.5
                """);
        DesiredNetwork network = planner.desired(project, Set.of(), false).get(0);
        assertThat(network.name()).isEqualTo("demo_back");
        assertThat(network.driver()).contains("bridge");
        assertThat(network.options()).containsExactly(Map.entry("com.docker.network.bridge.name", "br-demo"));
        assertThat(network.attachable()).isTrue();
        assertThat(network.internal()).isFalse();
        assertThat(network.enableIpv6()).contains(true);
        assertThat(network.checkDuplicate()).isTrue();
        assertThat(network.ipam()).contains(new NetworkIpam(Optional.of("default"), List.of(new AddressPool(
                Optional.of("172.28.0.0/16"), Optional.of("172.28.5.0/24"), Optional.of("172.28.5.254"),
                Map.of("host1", "172.28.1.5"))), Map.of()));
        assertThat(network.labels()).containsOnly(
                Map.entry("tier", "back"),
                Map.entry(ComposeLabels.PROJECT, "demo"),
                Map.entry(ComposeLabels.NETWORK, "back"),
                Map.entry(ComposeLabels.VERSION, "2.0.0"),
                Map.entry(ComposeLabels.CONFIG_HASH, network.configHash()));
        assertThat(network.configHash()).matches("[0-9a-f]{64}");
    }

    @Test
    void namedNetworkKeepsItsName() {
        Project project = ComposeFixture.project("""
                services:
                  web:
                    image: busybox
                    networks: [back]
                networks:
                  back:
                    name: shared-back
                """);
        assertThat(planner.up(project, List.of(), Set.of(), false).text())
                .isEqualTo("CreateNetwork shared-back (not found)");
    }

    @Test
    void matchingNetworkIsKept() {
        Project project = ComposeFixture.project(TWO_TIER.formatted("false"));
        List<ObservedNetwork> observed = observe(planner.desired(project, Set.of(), false));
        assertThat(planner.up(project, observed, Set.of(), false).text()).isEqualTo("""
                KeepNetwork demo_back (up to date)
                KeepNetwork demo_front (up to date)""");
    }

    @Test
    void changedNetworkIsRecreatedWithItsContainers() {
        List<ObservedNetwork> observed = observe(planner.desired(ComposeFixture.project(TWO_TIER.formatted("false")),
                Set.of(), false));
        Project changed = ComposeFixture.project(TWO_TIER.formatted("true"));
        NetworkPlan plan = planner.up(changed, observed, Set.of(), false);
        assertThat(plan.text()).isEqualTo("""
                RecreateNetwork demo_back (config changed: internal false -> true)
                KeepNetwork demo_front (up to date)""");
        NetworkChange.RecreateNetwork recreate = (NetworkChange.RecreateNetwork) plan.changes().get(0);
        assertThat(recreate.containerIds()).containsExactly("c-demo_back");
        assertThat(recreate.network().internal()).isTrue();
    }

    @Test
    void labelChangeIsNamedInTheReason() {
        String file = """
                services:
                  web:
                    image: busybox
                networks:
                  default:
                    labels:
                      team: %s
                """;
        List<ObservedNetwork> observed = observe(planner.desired(ComposeFixture.project(file.formatted("a")),
                Set.of(), false));
        assertThat(planner.up(ComposeFixture.project(file.formatted("b")), observed, Set.of(), false).text())
                .isEqualTo("RecreateNetwork demo_default (config changed: labels {team=a} -> {team=b})");
    }

    @Test
    void ipamChangeIsNamedInTheReason() {
        String file = """
                services:
                  web:
                    image: busybox
                networks:
                  default:
                    ipam:
                      config:
                        - subnet: %s
                """;
        List<ObservedNetwork> observed = observe(planner.desired(ComposeFixture.project(file.formatted("10.1.0.0/16")),
                Set.of(), false));
        assertThat(planner.up(ComposeFixture.project(file.formatted("10.2.0.0/16")), observed, Set.of(), false)
                .text()).isEqualTo(
                "RecreateNetwork demo_default (config changed: ipam.config [subnet=10.1.0.0/16]"
                        + " -> [subnet=10.2.0.0/16])");
    }

    @Test
    void hashChangeWithoutVisibleDifferenceSaysSo() {
        Project project = ComposeFixture.project(TWO_TIER.formatted("false"));
        List<ObservedNetwork> observed = observe(planner.desired(project, Set.of(), false)).stream()
                .map(o -> withLabel(o, ComposeLabels.CONFIG_HASH, "0".repeat(64)))
                .toList();
        assertThat(planner.up(project, observed, Set.of(), false).changes().get(0).text())
                .isEqualTo("RecreateNetwork demo_back (config changed: config hash differs)");
    }

    @Test
    void networkWithoutHashIsKept() {
        Project project = ComposeFixture.project(TWO_TIER.formatted("false"));
        List<ObservedNetwork> observed = observe(planner.desired(project, Set.of(), false)).stream()
                .map(o -> withLabel(o, ComposeLabels.CONFIG_HASH, null))
                .toList();
        assertThat(planner.up(project, observed, Set.of(), false).changes().get(0).text())
                .isEqualTo("KeepNetwork demo_back (exists without a config hash)");
    }

    @Test
    void unmanagedNetworkIsReusedWithComposesWarning() {
        Project project = ComposeFixture.project("""
                services:
                  web:
                    image: busybox
                """);
        NetworkPlan plan = planner.up(project, List.of(network("demo_default", Map.of())), Set.of(), false);
        assertThat(plan.text()).isEqualTo("KeepNetwork demo_default (exists, not created by compose)");
        assertThat(plan.warnings()).containsExactly("""
                a network with name demo_default exists but was not created by compose.
                Set `external: true` to use an existing network""");
        assertThat(plan.failures()).isEmpty();
    }

    @Test
    void anotherProjectsNetworkIsReusedWithComposesWarning() {
        Project project = ComposeFixture.project("""
                services:
                  web:
                    image: busybox
                    networks: [shared]
                networks:
                  shared:
                    name: common
                """);
        NetworkPlan plan = planner.up(project, List.of(network("common",
                Map.of(ComposeLabels.PROJECT, "other", ComposeLabels.NETWORK, "shared"))), Set.of(), false);
        assertThat(plan.text()).isEqualTo("KeepNetwork common (exists, created for project \"other\")");
        assertThat(plan.warnings()).containsExactly("""
                a network with name common exists but was not created for project "demo".
                Set `external: true` to use an existing network""");
    }

    @Test
    void ownNetworkUnderAnotherKeyIsAnError() {
        Project project = ComposeFixture.project("""
                services:
                  web:
                    image: busybox
                    networks: [b]
                networks:
                  a:
                    name: common
                  b:
                    name: common
                """);
        NetworkPlan plan = planner.up(project, List.of(network("common",
                Map.of(ComposeLabels.PROJECT, "demo", ComposeLabels.NETWORK, "a"))), Set.of(), false);
        assertThat(plan.failures()).singleElement().extracting(NetworkChange.NetworkFailure::message).isEqualTo(
                "network common was found but has incorrect label com.docker.compose.network set to \"a\""
                        + " (expected: \"b\")");
    }

    @Test
    void existingExternalNetworkIsUsed() {
        Project project = ComposeFixture.project("""
                services:
                  web:
                    image: busybox
                    networks: [proxy, legacy]
                networks:
                  proxy:
                    external: true
                  legacy:
                    external: true
                    name: traefik_net
                """);
        NetworkPlan plan = planner.up(project, List.of(network("proxy", Map.of()), network("traefik_net", Map.of())),
                Set.of(), false);
        assertThat(plan.text()).isEqualTo("""
                UseExternalNetwork traefik_net (exists)
                UseExternalNetwork proxy (exists)""");
        assertThat(((NetworkChange.UseExternalNetwork) plan.changes().get(0)).network().labels()).isEmpty();
    }

    @Test
    void externalNetworkMayBeNamedByItsId() {
        Project project = ComposeFixture.project("""
                services:
                  web:
                    image: busybox
                    networks: [proxy]
                networks:
                  proxy:
                    external: true
                    name: c-proxy-net
                """);
        assertThat(planner.up(project, List.of(network("proxy-net", Map.of())), Set.of(), false).text())
                .isEqualTo("UseExternalNetwork c-proxy-net (exists)");
    }

    @Test
    void missingExternalNetworkIsAClearError() {
        Project project = ComposeFixture.project("""
                services:
                  web:
                    image: busybox
                    networks: [proxy]
                networks:
                  proxy:
                    external: true
                """);
        NetworkPlan plan = planner.up(project, List.of(), Set.of(), false);
        assertThat(plan.text()).isEqualTo(
                "MissingExternalNetwork proxy (network proxy declared as external, but could not be found)");
        assertThat(plan.failures()).singleElement().extracting(NetworkChange.NetworkFailure::message)
                .isEqualTo("network proxy declared as external, but could not be found");
    }

    @Test
    void ambiguousExternalNetworkIsAnError() {
        Project project = ComposeFixture.project("""
                services:
                  web:
                    image: busybox
                    networks: [proxy]
                networks:
                  proxy:
                    external: true
                """);
        NetworkPlan plan = planner.up(project, List.of(network("proxy", Map.of()),
                new ObservedNetwork("other-id", "proxy", "bridge", Map.of(), Map.of(), NetworkIpam.none(), false,
                        false, false, List.of())), Set.of(), false);
        assertThat(plan.failures()).singleElement().extracting(NetworkChange.NetworkFailure::message).isEqualTo(
                "multiple networks with name \"proxy\" were found. Use network ID as `name` to avoid ambiguity");
    }

    @Test
    void onlyNetworksOfSelectedServicesUnlessAllResources() {
        Project project = ComposeFixture.project("""
                services:
                  web:
                    image: busybox
                    networks: [front]
                  db:
                    image: busybox
                    networks: [back]
                  host:
                    image: busybox
                    network_mode: host
                networks:
                  front: {}
                  back: {}
                  spare: {}
                """);
        assertThat(planner.up(project, List.of(), Set.of("web"), false).text())
                .isEqualTo("CreateNetwork demo_front (not found)");
        assertThat(planner.up(project, List.of(), Set.of(), false).text()).isEqualTo("""
                CreateNetwork demo_back (not found)
                CreateNetwork demo_front (not found)""");
        assertThat(planner.up(project, List.of(), Set.of("host"), false).text()).isEmpty();
        assertThat(planner.up(project, List.of(), Set.of("web"), true).text()).isEqualTo("""
                CreateNetwork demo_back (not found)
                CreateNetwork demo_front (not found)
                CreateNetwork demo_spare (not found)""");
    }

    @Test
    void downRemovesTheProjectsOwnNetworksOnly() {
        Project project = ComposeFixture.project("""
                services:
                  web:
                    image: busybox
                    networks: [front, proxy]
                  db:
                    image: busybox
                    profiles: [debug]
                    networks: [back]
                networks:
                  front: {}
                  back: {}
                  proxy:
                    external: true
                  borrowed:
                    name: someone_else
                """);
        List<ObservedNetwork> observed = List.of(
                network("demo_front", Map.of(ComposeLabels.PROJECT, "demo", ComposeLabels.NETWORK, "front")),
                network("demo_back", Map.of(ComposeLabels.PROJECT, "demo", ComposeLabels.NETWORK, "back")),
                network("proxy", Map.of()),
                network("someone_else", Map.of(ComposeLabels.PROJECT, "other", ComposeLabels.NETWORK, "x")));
        assertThat(planner.down(project, observed).text()).isEqualTo("""
                RemoveNetwork demo_back (network back of project demo)
                RemoveNetwork demo_front (network front of project demo)""");
    }

    @Test
    void downWithoutAFileRemovesEveryLabelledNetwork() {
        List<ObservedNetwork> observed = List.of(
                network("demo_front", Map.of(ComposeLabels.PROJECT, "demo", ComposeLabels.NETWORK, "front")),
                network("demo_default", Map.of(ComposeLabels.PROJECT, "demo", ComposeLabels.NETWORK, "default")),
                network("other_default", Map.of(ComposeLabels.PROJECT, "other", ComposeLabels.NETWORK, "default")));
        assertThat(planner.down("demo", observed).text()).isEqualTo("""
                RemoveNetwork demo_default (network default of project demo)
                RemoveNetwork demo_front (network front of project demo)""");
    }

    @Test
    void hashIsStableAndFollowsTheConfig() {
        String a = planner.desired(ComposeFixture.project(TWO_TIER.formatted("false")), Set.of(), false).get(0)
                .configHash();
        String again = planner.desired(ComposeFixture.project(TWO_TIER.formatted("false")), Set.of(), false).get(0)
                .configHash();
        String b = planner.desired(ComposeFixture.project(TWO_TIER.formatted("true")), Set.of(), false).get(0)
                .configHash();
        assertThat(a).isEqualTo(again).isNotEqualTo(b);
    }

    /** What the engine would report after creating each network, with one container attached. */
    private static List<ObservedNetwork> observe(List<DesiredNetwork> networks) {
        return networks.stream().map(n -> new ObservedNetwork("id-" + n.name(), n.name(), n.driver().orElse("bridge"),
                n.labels(), n.options(), n.ipam().orElse(NetworkIpam.none()), n.internal(), n.attachable(),
                n.enableIpv6().orElse(false), List.of("c-" + n.name()))).toList();
    }

    private static ObservedNetwork network(String name, Map<String, String> labels) {
        return new ObservedNetwork("c-" + name, name, "bridge", labels, Map.of(), NetworkIpam.none(), false, false,
                false, List.of());
    }

    private static ObservedNetwork withLabel(ObservedNetwork o, String key, String value) {
        Map<String, String> labels = new HashMap<>(o.labels());
        if (value == null) {
            labels.remove(key);
        } else {
            labels.put(key, value);
        }
        return new ObservedNetwork(o.id(), o.name(), o.driver(), labels, o.options(), o.ipam(), o.internal(),
                o.attachable(), o.enableIpv6(), o.containerIds());
    }
}
