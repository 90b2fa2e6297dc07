package io.jcompose.spec.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.spec.model.Project;
import io.jcompose.spec.model.ServiceConfig;
import org.junit.jupiter.api.Test;

/** Every service attribute at once: printed, read back, printed again, unchanged. */
class RoundTripTest {

    private static final String EVERYTHING = """
            services:
              all:
                profiles: [dev]
                annotations: {a: b}
                attach: false
                build:
                  context: ./app
                  dockerfile_inline: FROM scratch
                  entitlements: [network.host]
                  args: {A: "1"}
                  provenance: "true"
                  sbom: "false"
                  ssh: [default, key=/k]
                  labels: [l=1]
                  cache_from: [c]
                  cache_to: [d]
                  no_cache: true
                  no_cache_filter: [stage]
                  additional_contexts: {base: ./base}
                  pull: true
                  extra_hosts: [h:1.2.3.4]
                  isolation: default
                  network: host
                  target: t
                  secrets: [s]
                  shm_size: 2g
                  tags: [t:1]
                  ulimits: {nofile: 10}
                  platforms: [linux/arm64]
                  privileged: true
                develop:
                  watch:
                    - path: ./src
                      action: sync+exec
                      target: /src
                      exec:
                        command: make
                      include: ["*.go"]
                      ignore: [vendor/]
                      initial_sync: true
                blkio_config: {weight: 10}
                cap_add: [NET_ADMIN]
                cap_drop: [ALL]
                cgroup_parent: p
                cgroup: host
                cpu_count: 2
                cpu_percent: 50
                cpu_period: 100000
                cpu_quota: 50000
                cpu_rt_period: 1000
                cpu_rt_runtime: 500
                cpus: 0.25
                cpuset: "0-1"
                cpu_shares: 512
                command: run --fast
                configs: [c]
                container_name: the-one
                credential_spec: {file: spec.json}
                depends_on: {other: {condition: service_healthy, restart: true, required: false}}
                deploy:
                  mode: replicated
                  replicas: 2
                  labels: {d: e}
                  update_config: {parallelism: 2, delay: 1s, failure_action: rollback, monitor: 1m, max_failure_ratio: 0.1, order: start-first}
                  rollback_config: {parallelism: 1}
                  resources:
                    limits: {cpus: "0.5", memory: 1g, pids: 10}
                    reservations: {memory: 512m, devices: [{capabilities: [gpu], count: 1}]}
                  restart_policy: {condition: any, delay: 2s, max_attempts: 5, window: 30s}
                  placement: {constraints: [a==b], preferences: [{spread: zone}], max_replicas_per_node: 3}
                  endpoint_mode: vip
                device_cgroup_rules: ["c 1:3 mr"]
                devices: [/dev/null]
                dns: [1.1.1.1]
                dns_opt: [use-vc]
                dns_search: [example.org]
                domainname: example.org
                entrypoint: [/init]
                environment: {E: f, NULL_ONE: null}
                expose: [80]
                external_links: [db:db]
                extra_hosts: {host: 10.0.0.1}
                group_add: [100]
                gpus: [{driver: nvidia, device_ids: ["0"]}]
                hostname: h
                healthcheck: {test: [CMD, true], interval: 1s, timeout: 2s, retries: 0, start_period: 3s, start_interval: 4s}
                image: busybox
                init: true
                ipc: shareable
                isolation: process
                labels: {k: v}
                links: [other]
                logging: {driver: local, options: {max-size: 1m}}
                mem_limit: 1g
                mem_reservation: 512m
                memswap_limit: -1
                mem_swappiness: 60
                mac_address: 02:42:ac:11:00:02
                networks: {front: {aliases: [x], driver_opts: {a: b}, gw_priority: 1, interface_name: eth1, ipv4_address: 10.1.0.5, ipv6_address: "fe80::5", link_local_ips: [169.254.1.1], mac_address: 02:42:ac:11:00:03, priority: 5}}
                oom_kill_disable: true
                oom_score_adj: -500
                pid: host
                pids_limit: 100
                platform: linux/amd64
                ports: ["127.0.0.1:8080-8081:80-81/udp", {target: 443, published: "8443", app_protocol: https}]
                privileged: true
                pull_policy: always
                read_only: true
                restart: on-failure:3
                runtime: runc
                scale: 2
                secrets: [{source: s, target: /s, uid: "1", gid: "2", mode: 0400}]
                security_opt: [seccomp:unconfined]
                shm_size: 64m
                stdin_open: true
                stop_grace_period: 1m30s
                stop_signal: SIGINT
                storage_opt: {size: 1G}
                sysctls: {net.core.somaxconn: 1024}
                tmpfs: [/tmp:size=64m]
                tty: true
                ulimits: {nofile: {soft: 1, hard: 2}, nproc: 3}
                use_api_socket: true
                user: app
                userns_mode: host
                uts: host
                volume_driver: local
                volumes: [data:/data:ro, {type: tmpfs, target: /t, tmpfs: {size: 1m, mode: 0700}}, {type: image, source: img, target: /img, image: {subpath: sub}}]
                volumes_from: [other:ro]
                working_dir: /w
                post_start: [{command: [a], user: root, privileged: true, working_dir: /, environment: {X: "1"}}]
                pre_stop: [{command: b}]
                x-custom: {z: 1, a: 2}
              other:
                image: busybox
            networks:
              front: {}
            volumes:
              data: {}
            secrets:
              s: {file: ./s}
            configs:
              c: {content: hi}
            """;

    @Test
    void everyAttributeSurvivesPrintAndReload() {
        Project first = ConfigFixture.project(EVERYTHING);
        String yaml = ConfigWriter.yaml(first);
        Project second = ConfigFixture.project(yaml.replace("$$", "$"));
        assertThat(second).isEqualTo(first);
        assertThat(ConfigWriter.yaml(second)).isEqualTo(yaml);
        assertThat(ConfigWriter.json(second)).isEqualTo(ConfigWriter.json(first));

        ServiceConfig all = first.services().get("all");
        assertThat(all.memswapLimit()).contains(-1L);
        assertThat(all.stopGracePeriod()).contains(java.time.Duration.ofSeconds(90));
        assertThat(all.ports()).hasSize(3);
        assertThat(all.deploy().orElseThrow().replicas()).contains(2L);
        assertThat(all.secrets().get(0).mode()).contains(256L);
        assertThat(yaml).contains("    x-custom:\n      a: 2\n      z: 1\n");
    }
}
