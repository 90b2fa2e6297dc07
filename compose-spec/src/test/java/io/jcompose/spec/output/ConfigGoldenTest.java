package io.jcompose.spec.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfigGoldenTest {

    @Test
    void minimalServiceGetsDefaultNetwork() {
        String in = """
                services:
                  web:
                    image: nginx
                    ports:
                      - "8080:80"
                """;
        assertThat(ConfigFixture.yaml(in)).isEqualTo("""
                name: demo
                services:
                  web:
                    image: nginx
                    networks:
                      default: null
                    ports:
                      - mode: ingress
                        target: 80
                        published: "8080"
                        protocol: tcp
                networks:
                  default:
                    name: demo_default
                """);
        assertThat(ConfigFixture.json(in)).isEqualTo("""
                {
                  "name": "demo",
                  "networks": {
                    "default": {
                      "name": "demo_default",
                      "ipam": {}
                    }
                  },
                  "services": {
                    "web": {
                      "command": null,
                      "entrypoint": null,
                      "image": "nginx",
                      "networks": {
                        "default": null
                      },
                      "ports": [
                        {
                          "mode": "ingress",
                          "target": 80,
                          "published": "8080",
                          "protocol": "tcp"
                        }
                      ]
                    }
                  }
                }""");
    }
}
