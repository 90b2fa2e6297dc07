package io.jcompose.spec.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where compose's JSON differs from its YAML beyond syntax. */
class JsonQuirksTest {

    @Test
    void emptyCommandClearsTheImageCommand() {
        String in = """
                services:
                  s:
                    image: x
                    command: []
                    entrypoint: ""
                    network_mode: none
                """;
        assertThat(ConfigFixture.yaml(in)).isEqualTo("""
                name: demo
                services:
                  s:
                    image: x
                    network_mode: none
                """);
        assertThat(ConfigFixture.json(in)).isEqualTo("""
                {
                  "name": "demo",
                  "services": {
                    "s": {
                      "command": [],
                      "entrypoint": [],
                      "image": "x",
                      "network_mode": "none"
                    }
                  }
                }""");
    }

    @Test
    void structsJsonCannotOmitAndExtensionsJsonDrops() {
        String in = """
                services:
                  s:
                    image: x
                    network_mode: host
                    x-note: kept in yaml
                    deploy:
                      mode: global
                    ulimits:
                      nofile:
                        hard: 10
                    post_start:
                      - user: root
                networks:
                  n:
                    x-n: 1
                x-top: {a: 1}
                """;
        assertThat(ConfigFixture.json(in)).isEqualTo("""
                {
                  "name": "demo",
                  "networks": {
                    "n": {
                      "name": "demo_n",
                      "ipam": {}
                    }
                  },
                  "services": {
                    "s": {
                      "command": null,
                      "deploy": {
                        "mode": "global",
                        "resources": {},
                        "placement": {}
                      },
                      "entrypoint": null,
                      "image": "x",
                      "network_mode": "host",
                      "ulimits": {
                        "nofile": {
                          "hard": 10
                        }
                      },
                      "post_start": [
                        {
                          "command": null,
                          "user": "root"
                        }
                      ]
                    }
                  },
                  "x-top": {
                    "a": 1
                  }
                }""");
        assertThat(ConfigFixture.yaml(in)).contains("    x-note: kept in yaml\n", "        soft: 0\n        hard: 10\n",
                "    x-n: 1\n");
    }

    @Test
    void watchRulesCarryAnEmptyExecInJson() {
        String json = ConfigFixture.json("""
                services:
                  s:
                    image: x
                    develop:
                      watch:
                        - path: ./src
                          action: sync
                          target: /src
                """);
        assertThat(json).contains(String.join("\n",
                "            \"target\": \"/src\",",
                "            \"exec\": {",
                "              \"command\": null",
                "            }"));
    }
}
