package io.jcompose.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.spec.model.Project;
import org.junit.jupiter.api.Test;

class ServiceNetworkingTest {

    private static ServiceNetworking networking(String yaml, String service) {
        Project project = ComposeFixture.project(yaml);
        return ServiceNetworking.of(project, project.service(service).orElseThrow());
    }

    @Test
    void implicitDefaultNetworkWithTheServiceNameAsAlias() {
        ServiceNetworking networking = networking("""
                services:
                  web:
                    image: busybox
                """, "web");
        assertThat(networking.text()).isEqualTo("""
                web network_mode=demo_default
                  demo_default aliases=[web]""");
        assertThat(networking.primary().orElseThrow().aliasesFor("demo-web-1")).containsExactly("demo-web-1", "web");
        assertThat(networking.secondary()).isEmpty();
    }

    @Test
    void highestPriorityIsPrimaryThenByKey() {
        ServiceNetworking networking = networking("""
                services:
                  web:
                    image: busybox
                    networks:
                      c: {}
                      a: {}
                      b:
                        priority: 100
                networks:
                  a: {}
                  b: {}
                  c: {}
                """, "web");
        assertThat(networking.text()).isEqualTo("""
                web network_mode=demo_b
                  demo_b aliases=[web] priority=100
                  demo_a aliases=[web]
                  demo_c aliases=[web]""");
        assertThat(networking.secondary()).extracting(ServiceAttachment::networkKey).containsExactly("a", "c");
    }

    @Test
    void endpointSettingsFromTheLongSyntax() {
        ServiceNetworking networking = networking("""
                services:
                  db:
                    image: busybox
                    networks:
                      back:
                        aliases: [database, primary-db]
                        ipv4_address: 172.28.0.5
                        ipv6_address: 2001:db8::5
                        link_local_ips: [169.254.8.8]
                        mac_address: 02:42:ac:11:65:43
                        driver_opts:
                          com.example.opt: "1"
                        gw_priority: 10
                networks:
                  back:
                    name: backend
                """, "db");
        ServiceAttachment back = networking.primary().orElseThrow();
        assertThat(back.text()).isEqualTo("backend aliases=[db,database,primary-db] ipv4=172.28.0.5 ipv6=2001:db8::5"
                + " link_local_ips=[169.254.8.8] mac=02:42:ac:11:65:43 driver_opts={com.example.opt=1} gw_priority=10");
        assertThat(back.hasIpamConfig()).isTrue();
        assertThat(networking.networkMode()).isEqualTo("backend");
    }

    @Test
    void externalNetworkIsAttachedByItsName() {
        ServiceNetworking networking = networking("""
                services:
                  web:
                    image: busybox
                    networks: [proxy]
                networks:
                  proxy:
                    external: true
                """, "web");
        assertThat(networking.networkMode()).isEqualTo("proxy");
        assertThat(networking.primary().orElseThrow().hasIpamConfig()).isFalse();
    }

    @Test
    void networkModesHaveNoAttachments() {
        String file = """
                services:
                  db:
                    image: busybox
                  host:
                    image: busybox
                    network_mode: host
                  none:
                    image: busybox
                    network_mode: none
                  bridge:
                    image: busybox
                    network_mode: bridge
                  sidecar:
                    image: busybox
                    network_mode: service:db
                  joined:
                    image: busybox
                    network_mode: container:some-container
                """;
        assertThat(networking(file, "host").text()).isEqualTo("host network_mode=host");
        assertThat(networking(file, "none").text()).isEqualTo("none network_mode=none");
        assertThat(networking(file, "bridge").text()).isEqualTo("bridge network_mode=bridge");
        ServiceNetworking sidecar = networking(file, "sidecar");
        assertThat(sidecar.text()).isEqualTo("sidecar network_mode=service:db");
        assertThat(sidecar.sharedService()).contains("db");
        assertThat(networking(file, "joined").sharedService()).isEmpty();
        assertThat(networking(file, "joined").attachments()).isEmpty();
    }
}
