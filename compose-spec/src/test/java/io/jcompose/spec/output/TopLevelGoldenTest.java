package io.jcompose.spec.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.spec.canonical.CanonicalOptions;
import io.jcompose.spec.canonical.Canonicalizer;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TopLevelGoldenTest {

    private static final String FILE = """
            name: ignored-by-the-fixture
            services:
              app:
                image: app
                networks: [back, outside, legacy]
                volumes: [data:/data, host:/host, shared:/shared]
            networks:
              back:
                driver: bridge
                driver_opts:
                  com.docker.network.bridge.name: br-back
                  mtu: 1400
                attachable: true
                enable_ipv6: true
                ipam:
                  driver: default
                  config:
                    - subnet: 172.28.0.0/16
                      gateway: 172.28.0.1
                      aux_addresses:
                        router: 172.28.0.2
                labels:
                  - tier=back
              outside:
                external: true
                name: corp-net
              legacy:
                external:
                  name: old-net
            volumes:
              data:
                labels:
                  backup: "true"
              host:
                driver: local
                driver_opts:
                  type: none
                  o: bind
                  device: ./srv
              shared:
                external: true
            """;

    @Test
    void networksAndVolumes() {
        assertThat(ConfigFixture.yaml(FILE)).isEqualTo("""
                name: demo
                services:
                  app:
                    image: app
                    networks:
                      back: null
                      legacy: null
                      outside: null
                    volumes:
                      - type: volume
                        source: data
                        target: /data
                        volume: {}
                      - type: volume
                        source: host
                        target: /host
                        volume: {}
                      - type: volume
                        source: shared
                        target: /shared
                        volume: {}
                networks:
                  back:
                    name: demo_back
                    driver: bridge
                    driver_opts:
                      com.docker.network.bridge.name: br-back
                      mtu: "1400"
                    ipam:
                      driver: default
                      config:
                        - subnet: 172.28.0.0/16
                          gateway: 172.28.0.1
                          aux_addresses:
                            router: 172.28.0.2
                    attachable: true
                    labels:
                      tier: back
                    enable_ipv6: true
                  legacy:
                    name: old-net
                    external: true
                  outside:
                    name: corp-net
                    external: true
                volumes:
                  data:
                    name: demo_data
                    labels:
                      backup: "true"
                  host:
                    name: demo_host
                    driver: local
                    driver_opts:
                      device: /work/project/srv
                      o: bind
                      type: none
                  shared:
                    name: shared
                    external: true
                """);
        ServiceAttributesGoldenTest.assertRoundTrip(FILE);
    }

    @Test
    void noNormalizeNoPathsNoEnvironment() {
        String in = """
                services:
                  web:
                    build: ./web
                    env_file: [.env.web]
                    environment: [TOKEN]
                    volumes: [./src:/src]
                volumes:
                  cache: {}
                """;
        String printed = ConfigWriter.yaml(Canonicalizer.canonicalize(ConfigFixture.load(in), new CanonicalOptions(
                ConfigFixture.DIR, "demo", k -> Optional.of("secret"), false, false, false)));
        assertThat(printed).isEqualTo("""
                name: demo
                services:
                  web:
                    build:
                      context: ./web
                    environment:
                      TOKEN: null
                    env_file:
                      - .env.web
                    volumes:
                      - type: bind
                        source: ./src
                        target: /src
                        bind: {}
                volumes:
                  cache: {}
                """);
    }
}
