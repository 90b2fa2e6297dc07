package io.jcompose.engine.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden tests of the service-to-create-body mapping, one per attribute family: a Compose file through the
 * real loader, the body as pretty JSON with sorted keys. Labels are left empty here ({@link ContainerLabelsTest}).
 */
class ContainerCreateTest {

    @TempDir
    Path dir;

    @BeforeEach
    void seccompProfile() throws IOException {
        Files.writeString(dir.resolve("seccomp.json"), """
                {
                  "defaultAction": "SCMP_ACT_ALLOW",
                  "syscalls": []
                }
                """);
    }

    @Test
    void aServiceWithOnlyAnImageJoinsTheDefaultNetworkWithItsAliases() {
        ServiceFixture fixture = ServiceFixture.load(dir, """
                services:
                  web:
                    image: busybox
                """);
        assertThat(ServiceFixture.wholeJson(fixture.request("web", ServiceFixture.API_1_41))).isEqualTo("""
                {
                  "body" : {
                    "AttachStderr" : true,
                    "AttachStdout" : true,
                    "HostConfig" : {
                      "NetworkMode" : "demo_default"
                    },
                    "Image" : "busybox:latest",
                    "NetworkingConfig" : {
                      "EndpointsConfig" : {
                        "demo_default" : {
                          "Aliases" : [ "demo-web-1", "web" ]
                        }
                      }
                    }
                  },
                  "connects" : [ ],
                  "name" : "demo-web-1",
                  "platform" : ""
                }
                """);
    }

    @Test
    void environmentIsSortedAndAVariableWithoutValueIsSentAlone() {
        ServiceFixture fixture = ServiceFixture.load(dir, """
                services:
                  web:
                    image: busybox
                    environment:
                      B: two
                      A: "1"
                      FROM_ENV:
                      UNSET:
                """, Map.of("FROM_ENV", "env-value"));
        assertThat(ServiceFixture.json(fixture.request("web", ServiceFixture.API_1_41))).isEqualTo("""
                {
                  "AttachStderr" : true,
                  "AttachStdout" : true,
                  "Env" : [ "A=1", "B=two", "FROM_ENV=env-value", "UNSET" ],
                  "HostConfig" : {
                    "NetworkMode" : "demo_default"
                  },
                  "Image" : "busybox:latest",
                  "NetworkingConfig" : {
                    "EndpointsConfig" : {
                      "demo_default" : {
                        "Aliases" : [ "demo-web-1", "web" ]
                      }
                    }
                  }
                }
                """);
    }

    @Test
    void commandIsShellSplitAndAnEmptyEntrypointClearsTheImages() {
        ServiceFixture fixture = ServiceFixture.load(dir, """
                services:
                  web:
                    image: busybox
                    command: echo "hello world"
                    entrypoint: []
                """);
        assertThat(ServiceFixture.json(fixture.request("web", ServiceFixture.API_1_41))).isEqualTo("""
                {
                  "AttachStderr" : true,
                  "AttachStdout" : true,
                  "Cmd" : [ "echo", "hello world" ],
                  "Entrypoint" : [ ],
                  "HostConfig" : {
                    "NetworkMode" : "demo_default"
                  },
                  "Image" : "busybox:latest",
                  "NetworkingConfig" : {
                    "EndpointsConfig" : {
                      "demo_default" : {
                        "Aliases" : [ "demo-web-1", "web" ]
                      }
                    }
                  }
                }
                """);
    }

    @Test
    void portsAndExposeBecomeExposedPortsAndBindings() {
        ServiceFixture fixture = ServiceFixture.load(dir, """
                services:
                  web:
                    image: busybox
                    expose: ["3000", "4000-4001/udp"]
                    ports:
                      - "127.0.0.1:8080:80"
                      - "9000-9001:9000-9001/udp"
                      - "8443"
                      - "127.0.0.1:7000-7005:7000"
                      - target: 53
                        published: "5353"
                        protocol: udp
                        host_ip: "::1"
                """);
        assertThat(ServiceFixture.json(fixture.request("web", ServiceFixture.API_1_41))).isEqualTo("""
                {
                  "AttachStderr" : true,
                  "AttachStdout" : true,
                  "ExposedPorts" : {
                    "3000/tcp" : { },
                    "4000/udp" : { },
                    "4001/udp" : { },
                    "53/udp" : { },
                    "7000/tcp" : { },
                    "80/tcp" : { },
                    "8443/tcp" : { },
                    "9000/udp" : { },
                    "9001/udp" : { }
                  },
                  "HostConfig" : {
                    "NetworkMode" : "demo_default",
                    "PortBindings" : {
                      "53/udp" : [ {
                        "HostIp" : "::1",
                        "HostPort" : "5353"
                      } ],
                      "7000/tcp" : [ {
                        "HostIp" : "127.0.0.1",
                        "HostPort" : "7000-7005"
                      } ],
                      "80/tcp" : [ {
                        "HostIp" : "127.0.0.1",
                        "HostPort" : "8080"
                      } ],
                      "8443/tcp" : [ {
                        "HostIp" : "",
                        "HostPort" : ""
                      } ],
                      "9000/udp" : [ {
                        "HostIp" : "",
                        "HostPort" : "9000"
                      } ],
                      "9001/udp" : [ {
                        "HostIp" : "",
                        "HostPort" : "9001"
                      } ]
                    }
                  },
                  "Image" : "busybox:latest",
                  "NetworkingConfig" : {
                    "EndpointsConfig" : {
                      "demo_default" : {
                        "Aliases" : [ "demo-web-1", "web" ]
                      }
                    }
                  }
                }
                """);
    }

    @Test
    void healthcheckDurationsAreNanoseconds() {
        ServiceFixture fixture = ServiceFixture.load(dir, """
                services:
                  web:
                    image: busybox
                    healthcheck:
                      test: wget -qO- localhost
                      interval: 1m30s
                      timeout: 500ms
                      retries: 3
                      start_period: 2s
                """);
        assertThat(ServiceFixture.json(fixture.request("web", ServiceFixture.API_1_41))).isEqualTo("""
                {
                  "AttachStderr" : true,
                  "AttachStdout" : true,
                  "Healthcheck" : {
                    "Interval" : 90000000000,
                    "Retries" : 3,
                    "StartPeriod" : 2000000000,
                    "Test" : [ "CMD-SHELL", "wget -qO- localhost" ],
                    "Timeout" : 500000000
                  },
                  "HostConfig" : {
                    "NetworkMode" : "demo_default"
                  },
                  "Image" : "busybox:latest",
                  "NetworkingConfig" : {
                    "EndpointsConfig" : {
                      "demo_default" : {
                        "Aliases" : [ "demo-web-1", "web" ]
                      }
                    }
                  }
                }
                """);
    }

    @Test
    void aDisabledHealthcheckIsTestNone() {
        ServiceFixture fixture = ServiceFixture.load(dir, """
                services:
                  web:
                    image: busybox
                    healthcheck:
                      disable: true
                """);
        assertThat(ServiceFixture.json(fixture.request("web", ServiceFixture.API_1_41))).isEqualTo("""
                {
                  "AttachStderr" : true,
                  "AttachStdout" : true,
                  "Healthcheck" : {
                    "Test" : [ "NONE" ]
                  },
                  "HostConfig" : {
                    "NetworkMode" : "demo_default"
                  },
                  "Image" : "busybox:latest",
                  "NetworkingConfig" : {
                    "EndpointsConfig" : {
                      "demo_default" : {
                        "Aliases" : [ "demo-web-1", "web" ]
                      }
                    }
                  }
                }
                """);
    }

    @Test
    void startIntervalIsSentFromApi144() {
        ServiceFixture fixture = ServiceFixture.load(dir, """
                services:
                  web:
                    image: busybox
                    healthcheck:
                      test: ["CMD", "true"]
                      start_period: 10s
                      start_interval: 1s
                """);
        assertThat(ServiceFixture.json(fixture.request("web", ServiceFixture.API_1_44))).isEqualTo("""
                {
                  "AttachStderr" : true,
                  "AttachStdout" : true,
                  "Healthcheck" : {
                    "StartInterval" : 1000000000,
                    "StartPeriod" : 10000000000,
                    "Test" : [ "CMD", "true" ]
                  },
                  "HostConfig" : {
                    "NetworkMode" : "demo_default"
                  },
                  "Image" : "busybox:latest",
                  "NetworkingConfig" : {
                    "EndpointsConfig" : {
                      "demo_default" : {
                        "Aliases" : [ "demo-web-1", "web" ]
                      }
                    }
                  }
                }
                """);
    }

    @Test
    void restartOnFailureCarriesItsRetryCount() {
        ServiceFixture fixture = ServiceFixture.load(dir, """
                services:
                  web:
                    image: busybox
                    restart: on-failure:3
                """);
        assertThat(ServiceFixture.json(fixture.request("web", ServiceFixture.API_1_41))).isEqualTo("""
                {
                  "AttachStderr" : true,
                  "AttachStdout" : true,
                  "HostConfig" : {
                    "NetworkMode" : "demo_default",
                    "RestartPolicy" : {
                      "MaximumRetryCount" : 3,
                      "Name" : "on-failure"
                    }
                  },
                  "Image" : "busybox:latest",
                  "NetworkingConfig" : {
                    "EndpointsConfig" : {
                      "demo_default" : {
                        "Aliases" : [ "demo-web-1", "web" ]
                      }
                    }
                  }
                }
                """);
    }

    @Test
    void deployRestartPolicyOverridesRestart() {
        ServiceFixture fixture = ServiceFixture.load(dir, """
                services:
                  web:
                    image: busybox
                    restart: unless-stopped
                    deploy:
                      restart_policy:
                        condition: any
                        max_attempts: 5
                """);
        assertThat(ServiceFixture.json(fixture.request("web", ServiceFixture.API_1_41))).isEqualTo("""
                {
                  "AttachStderr" : true,
                  "AttachStdout" : true,
                  "HostConfig" : {
                    "NetworkMode" : "demo_default",
                    "RestartPolicy" : {
                      "MaximumRetryCount" : 5,
                      "Name" : "always"
                    }
                  },
                  "Image" : "busybox:latest",
                  "NetworkingConfig" : {
                    "EndpointsConfig" : {
                      "demo_default" : {
                        "Aliases" : [ "demo-web-1", "web" ]
                      }
                    }
                  }
                }
                """);
    }

    @Test
    void resourcesDevicesAndUlimits() {
        ServiceFixture fixture = ServiceFixture.load(dir, """
                services:
                  web:
                    image: busybox
                    mem_limit: 512m
                    memswap_limit: 1g
                    mem_reservation: 128m
                    mem_swappiness: 10
                    cpus: 1.5
                    cpu_shares: 512
                    cpuset: "0,1"
                    cpu_quota: 50000
                    cpu_period: 100000
                    pids_limit: 100
                    oom_kill_disable: true
                    oom_score_adj: -500
                    ulimits:
                      nproc: 65535
                      nofile: {soft: 1024, hard: 2048}
                    devices:
                      - /dev/fuse
                      - /dev/sda:/dev/xvda:r
                      - /dev/snd:/dev/snd:rw
                      - vendor.com/gpu=all
                    device_cgroup_rules: ["c 1:3 mr"]
                    blkio_config:
                      weight: 300
                      weight_device: [{path: /dev/sda, weight: 400}]
                      device_read_bps: [{path: /dev/sda, rate: 12mb}]
                      device_write_iops: [{path: /dev/sda, rate: 30}]
                """);
        assertThat(ServiceFixture.json(fixture.request("web", ServiceFixture.API_1_41))).isEqualTo("""
                {
                  "AttachStderr" : true,
                  "AttachStdout" : true,
                  "HostConfig" : {
                    "BlkioDeviceReadBps" : [ {
                      "Path" : "/dev/sda",
                      "Rate" : 12582912
                    } ],
                    "BlkioDeviceWriteIOps" : [ {
                      "Path" : "/dev/sda",
                      "Rate" : 30
                    } ],
                    "BlkioWeight" : 300,
                    "BlkioWeightDevice" : [ {
                      "Path" : "/dev/sda",
                      "Weight" : 400
                    } ],
                    "CpuPeriod" : 100000,
                    "CpuQuota" : 50000,
                    "CpuShares" : 512,
                    "CpusetCpus" : "0,1",
                    "DeviceCgroupRules" : [ "c 1:3 mr" ],
                    "DeviceRequests" : [ {
                      "DeviceIDs" : [ "vendor.com/gpu=all" ],
                      "Driver" : "cdi"
                    } ],
                    "Devices" : [ {
                      "CgroupPermissions" : "rwm",
                      "PathInContainer" : "/dev/fuse",
                      "PathOnHost" : "/dev/fuse"
                    }, {
                      "CgroupPermissions" : "r",
                      "PathInContainer" : "/dev/xvda",
                      "PathOnHost" : "/dev/sda"
                    }, {
                      "CgroupPermissions" : "rw",
                      "PathInContainer" : "/dev/snd",
                      "PathOnHost" : "/dev/snd"
                    } ],
                    "Memory" : 536870912,
                    "MemoryReservation" : 134217728,
                    "MemorySwap" : 1073741824,
                    "MemorySwappiness" : 10,
                    "NanoCpus" : 1500000000,
                    "NetworkMode" : "demo_default",
                    "OomKillDisable" : true,
                    "OomScoreAdj" : -500,
                    "PidsLimit" : 100,
                    "Ulimits" : [ {
                      "Hard" : 2048,
                      "Name" : "nofile",
                      "Soft" : 1024
                    }, {
                      "Hard" : 65535,
                      "Name" : "nproc",
                      "Soft" : 65535
                    } ]
                  },
                  "Image" : "busybox:latest",
                  "NetworkingConfig" : {
                    "EndpointsConfig" : {
                      "demo_default" : {
                        "Aliases" : [ "demo-web-1", "web" ]
                      }
                    }
                  }
                }
                """);
    }

    @Test
    void deployResourcesAndGpusBecomeLimitsAndDeviceRequests() {
        ServiceFixture fixture = ServiceFixture.load(dir, """
                services:
                  web:
                    image: busybox
                    deploy:
                      resources:
                        limits: {cpus: "0.5", memory: 256M, pids: 50}
                        reservations:
                          memory: 64M
                          devices:
                            - capabilities: [gpu]
                              count: 2
                    gpus: all
                """);
        assertThat(ServiceFixture.json(fixture.request("web", ServiceFixture.API_1_41))).isEqualTo("""
                {
                  "AttachStderr" : true,
                  "AttachStdout" : true,
                  "HostConfig" : {
                    "DeviceRequests" : [ {
                      "Capabilities" : [ [ "gpu" ] ],
                      "Count" : 2
                    }, {
                      "Capabilities" : [ [ "gpu" ] ],
                      "Count" : -1
                    } ],
                    "Memory" : 268435456,
                    "MemoryReservation" : 67108864,
                    "NanoCpus" : 500000000,
                    "NetworkMode" : "demo_default",
                    "PidsLimit" : 50
                  },
                  "Image" : "busybox:latest",
                  "NetworkingConfig" : {
                    "EndpointsConfig" : {
                      "demo_default" : {
                        "Aliases" : [ "demo-web-1", "web" ]
                      }
                    }
                  }
                }
                """);
    }

    @Test
    void privilegesAndSecurityOptions() {
        ServiceFixture fixture = ServiceFixture.load(dir, """
                services:
                  web:
                    image: busybox
                    user: "1000:1000"
                    cap_add: [NET_ADMIN]
                    cap_drop: [ALL]
                    privileged: true
                    read_only: true
                    security_opt:
                      - no-new-privileges
                      - label:disable
                      - seccomp=seccomp.json
                      - systempaths=unconfined
                    sysctls:
                      net.core.somaxconn: 1024
                    group_add: [audio]
                    init: true
                """);
        assertThat(ServiceFixture.json(fixture.request("web", ServiceFixture.API_1_41))).isEqualTo("""
                {
                  "AttachStderr" : true,
                  "AttachStdout" : true,
                  "HostConfig" : {
                    "CapAdd" : [ "NET_ADMIN" ],
                    "CapDrop" : [ "ALL" ],
                    "GroupAdd" : [ "audio" ],
                    "Init" : true,
                    "MaskedPaths" : [ ],
                    "NetworkMode" : "demo_default",
                    "Privileged" : true,
                    "ReadonlyPaths" : [ ],
                    "ReadonlyRootfs" : true,
                    "SecurityOpt" : [ "no-new-privileges", "label:disable", "seccomp={\\"defaultAction\\":\\"SCMP_ACT_ALLOW\\",\\"syscalls\\":[]}" ],
                    "Sysctls" : {
                      "net.core.somaxconn" : "1024"
                    }
                  },
                  "Image" : "busybox:latest",
                  "NetworkingConfig" : {
                    "EndpointsConfig" : {
                      "demo_default" : {
                        "Aliases" : [ "demo-web-1", "web" ]
                      }
                    }
                  },
                  "User" : "1000:1000"
                }
                """);
    }

    @Test
    void filesystemAttributes() {
        ServiceFixture fixture = ServiceFixture.load(dir, """
                services:
                  web:
                    image: busybox
                    working_dir: /app
                    tmpfs:
                      - /run
                      - /tmp:rw,size=64m,mode=1777
                    shm_size: 256m
                    storage_opt: {size: 10G}
                    volumes_from:
                      - store:ro
                      - container:legacy
                  store:
                    image: busybox
                """);
        assertThat(ServiceFixture.json(fixture.request("web", ServiceFixture.API_1_41))).isEqualTo("""
                {
                  "AttachStderr" : true,
                  "AttachStdout" : true,
                  "HostConfig" : {
                    "NetworkMode" : "demo_default",
                    "ShmSize" : 268435456,
                    "StorageOpt" : {
                      "size" : "10G"
                    },
                    "Tmpfs" : {
                      "/run" : "",
                      "/tmp" : "rw,size=64m,mode=1777"
                    },
                    "VolumesFrom" : [ "store-container-id:ro", "legacy" ]
                  },
                  "Image" : "busybox:latest",
                  "NetworkingConfig" : {
                    "EndpointsConfig" : {
                      "demo_default" : {
                        "Aliases" : [ "demo-web-1", "web" ]
                      }
                    }
                  },
                  "WorkingDir" : "/app"
                }
                """);
    }

    @Test
    void hostsAndDns() {
        ServiceFixture fixture = ServiceFixture.load(dir, """
                services:
                  web:
                    image: busybox
                    hostname: web.local
                    domainname: example.com
                    extra_hosts:
                      - "somehost:162.242.195.82"
                      - "v6host=::1"
                    dns: [8.8.8.8]
                    dns_search: example.com
                    dns_opt: [use-vc]
                """);
        assertThat(ServiceFixture.json(fixture.request("web", ServiceFixture.API_1_41))).isEqualTo("""
                {
                  "AttachStderr" : true,
                  "AttachStdout" : true,
                  "Domainname" : "example.com",
                  "HostConfig" : {
                    "Dns" : [ "8.8.8.8" ],
                    "DnsOptions" : [ "use-vc" ],
                    "DnsSearch" : [ "example.com" ],
                    "ExtraHosts" : [ "somehost:162.242.195.82", "v6host:::1" ],
                    "NetworkMode" : "demo_default"
                  },
                  "Hostname" : "web.local",
                  "Image" : "busybox:latest",
                  "NetworkingConfig" : {
                    "EndpointsConfig" : {
                      "demo_default" : {
                        "Aliases" : [ "demo-web-1", "web" ]
                      }
                    }
                  }
                }
                """);
    }

    @Test
    void processAttributes() {
        ServiceFixture fixture = ServiceFixture.load(dir, """
                services:
                  web:
                    image: busybox
                    logging:
                      driver: json-file
                      options: {max-size: 10m}
                    stop_signal: SIGINT
                    stop_grace_period: 1m30.9s
                    tty: true
                    stdin_open: true
                    platform: linux/arm64
                    runtime: runc
                    isolation: default
                """);
        assertThat(ServiceFixture.wholeJson(fixture.request("web", ServiceFixture.API_1_41))).isEqualTo("""
                {
                  "body" : {
                    "AttachStderr" : true,
                    "AttachStdout" : true,
                    "HostConfig" : {
                      "Isolation" : "default",
                      "LogConfig" : {
                        "Config" : {
                          "max-size" : "10m"
                        },
                        "Type" : "json-file"
                      },
                      "NetworkMode" : "demo_default",
                      "Runtime" : "runc"
                    },
                    "Image" : "busybox:latest",
                    "NetworkingConfig" : {
                      "EndpointsConfig" : {
                        "demo_default" : {
                          "Aliases" : [ "demo-web-1", "web" ]
                        }
                      }
                    },
                    "OpenStdin" : true,
                    "StopSignal" : "SIGINT",
                    "StopTimeout" : 90,
                    "Tty" : true
                  },
                  "connects" : [ ],
                  "name" : "demo-web-1",
                  "platform" : "linux/arm64"
                }
                """);
    }

    @Test
    void serviceNamespacesPointAtTheOtherServicesContainer() {
        ServiceFixture fixture = ServiceFixture.load(dir, """
                services:
                  web:
                    image: busybox
                  sidecar:
                    image: busybox
                    pid: service:web
                    ipc: service:web
                    uts: host
                    userns_mode: host
                    cgroup: private
                    cgroup_parent: /demo
                    network_mode: service:web
                    mac_address: 02:42:ac:11:00:02
                """);
        assertThat(ServiceFixture.json(fixture.request("sidecar", ServiceFixture.API_1_41))).isEqualTo("""
                {
                  "AttachStderr" : true,
                  "AttachStdout" : true,
                  "HostConfig" : {
                    "CgroupParent" : "/demo",
                    "CgroupnsMode" : "private",
                    "IpcMode" : "container:web-container-id",
                    "NetworkMode" : "container:web-container-id",
                    "PidMode" : "container:web-container-id",
                    "UTSMode" : "host",
                    "UsernsMode" : "host"
                  },
                  "Image" : "busybox:latest",
                  "MacAddress" : "02:42:ac:11:00:02"
                }
                """);
    }

    @Test
    void onApi141OnlyThePrimaryNetworkIsJoinedAtCreate() {
        ServiceFixture fixture = ServiceFixture.load(dir, """
                services:
                  web:
                    image: busybox
                    mac_address: 02:42:ac:11:00:02
                    networks:
                      front:
                        aliases: [www]
                        ipv4_address: 172.28.0.10
                        priority: 10
                      back:
                        link_local_ips: [169.254.8.8]
                        driver_opts: {com.example.opt: "1"}
                      default:
                networks:
                  front:
                    ipam: {config: [{subnet: 172.28.0.0/16}]}
                  back:
                    name: shared-back
                """);
        assertThat(ServiceFixture.wholeJson(fixture.request("web", ServiceFixture.API_1_41))).isEqualTo("""
                {
                  "body" : {
                    "AttachStderr" : true,
                    "AttachStdout" : true,
                    "HostConfig" : {
                      "NetworkMode" : "demo_front"
                    },
                    "Image" : "busybox:latest",
                    "MacAddress" : "02:42:ac:11:00:02",
                    "NetworkingConfig" : {
                      "EndpointsConfig" : {
                        "demo_front" : {
                          "Aliases" : [ "demo-web-1", "web", "www" ],
                          "IPAMConfig" : {
                            "IPv4Address" : "172.28.0.10"
                          }
                        }
                      }
                    }
                  },
                  "connects" : [ {
                    "endpoint" : {
                      "Aliases" : [ "demo-web-1", "web" ],
                      "DriverOpts" : {
                        "com.example.opt" : "1"
                      },
                      "IPAMConfig" : {
                        "LinkLocalIPs" : [ "169.254.8.8" ]
                      }
                    },
                    "network" : "shared-back"
                  }, {
                    "endpoint" : {
                      "Aliases" : [ "demo-web-1", "web" ]
                    },
                    "network" : "demo_default"
                  } ],
                  "name" : "demo-web-1",
                  "platform" : ""
                }
                """);
    }

    @Test
    void fromApi144EveryNetworkIsJoinedAtCreate() {
        ServiceFixture fixture = ServiceFixture.load(dir, """
                services:
                  web:
                    image: busybox
                    mac_address: 02:42:ac:11:00:02
                    networks:
                      front:
                        aliases: [www]
                        ipv4_address: 172.28.0.10
                        priority: 10
                      back:
                        link_local_ips: [169.254.8.8]
                        driver_opts: {com.example.opt: "1"}
                      default:
                networks:
                  front:
                    ipam: {config: [{subnet: 172.28.0.0/16}]}
                  back:
                    name: shared-back
                """);
        assertThat(ServiceFixture.wholeJson(fixture.request("web", ServiceFixture.API_1_44))).isEqualTo("""
                {
                  "body" : {
                    "AttachStderr" : true,
                    "AttachStdout" : true,
                    "HostConfig" : {
                      "NetworkMode" : "demo_front"
                    },
                    "Image" : "busybox:latest",
                    "NetworkingConfig" : {
                      "EndpointsConfig" : {
                        "demo_default" : {
                          "Aliases" : [ "demo-web-1", "web" ]
                        },
                        "demo_front" : {
                          "Aliases" : [ "demo-web-1", "web", "www" ],
                          "IPAMConfig" : {
                            "IPv4Address" : "172.28.0.10"
                          },
                          "MacAddress" : "02:42:ac:11:00:02"
                        },
                        "shared-back" : {
                          "Aliases" : [ "demo-web-1", "web" ],
                          "DriverOpts" : {
                            "com.example.opt" : "1"
                          },
                          "IPAMConfig" : {
                            "LinkLocalIPs" : [ "169.254.8.8" ]
                          }
                        }
                      }
                    }
                  },
                  "connects" : [ ],
                  "name" : "demo-web-1",
                  "platform" : ""
                }
                """);
    }

    @Test
    void annotationsAreSentFromApi143() {
        ServiceFixture fixture = ServiceFixture.load(dir, """
                services:
                  web:
                    image: busybox
                    annotations: {com.example.note: hi}
                """);
        assertThat(ServiceFixture.json(fixture.request("web", ServiceFixture.API_1_44))).isEqualTo("""
                {
                  "AttachStderr" : true,
                  "AttachStdout" : true,
                  "HostConfig" : {
                    "Annotations" : {
                      "com.example.note" : "hi"
                    },
                    "NetworkMode" : "demo_default"
                  },
                  "Image" : "busybox:latest",
                  "NetworkingConfig" : {
                    "EndpointsConfig" : {
                      "demo_default" : {
                        "Aliases" : [ "demo-web-1", "web" ]
                      }
                    }
                  }
                }
                """);
    }


    @Test
    void startIntervalNeedsApi144() {
        ServiceFixture fixture = ServiceFixture.load(dir, """
                services:
                  web:
                    image: busybox
                    healthcheck:
                      test: ["CMD", "true"]
                      start_period: 10s
                      start_interval: 1s
                """);
        assertThatThrownBy(() -> fixture.request("web", ServiceFixture.API_1_41))
                .isInstanceOf(ContainerCreateException.class)
                .hasMessage("service web: healthcheck.start_interval requires Docker Engine API 1.44 or later"
                        + " (this engine speaks 1.41)");
    }

    @Test
    void startIntervalNeedsStartPeriod() {
        ServiceFixture fixture = ServiceFixture.load(dir, """
                services:
                  web:
                    image: busybox
                    healthcheck:
                      test: ["CMD", "true"]
                      start_interval: 1s
                """);
        assertThatThrownBy(() -> fixture.request("web", ServiceFixture.API_1_44))
                .hasMessage("service web: healthcheck.start_interval requires healthcheck.start_period to be set");
    }

    @Test
    void annotationsNeedApi143() {
        ServiceFixture fixture = ServiceFixture.load(dir, """
                services:
                  web:
                    image: busybox
                    annotations: {com.example.note: hi}
                """);
        assertThatThrownBy(() -> fixture.request("web", ServiceFixture.API_1_41))
                .hasMessage("service web: annotations requires Docker Engine API 1.43 or later (this engine speaks 1.41)");
    }

    @Test
    void macAddressesOnSeveralNetworksNeedApi144() {
        ServiceFixture fixture = ServiceFixture.load(dir, """
                services:
                  web:
                    image: busybox
                    networks:
                      front: {mac_address: "02:42:ac:11:00:02"}
                      back: {mac_address: "02:42:ac:11:00:03"}
                networks:
                  front:
                  back:
                """);
        assertThatThrownBy(() -> fixture.request("web", ServiceFixture.API_1_41))
                .hasMessage("service web: a MAC address is set for several networks (back, front), which requires"
                        + " Docker Engine API 1.44 or later (this engine speaks 1.41)");
        assertThat(fixture.request("web", ServiceFixture.API_1_44).connects()).isEmpty();
    }

    @Test
    void serviceMacAddressMustMatchThePrimaryNetworks() {
        ServiceFixture fixture = ServiceFixture.load(dir, """
                services:
                  web:
                    image: busybox
                    mac_address: "02:42:ac:11:00:01"
                    networks:
                      front: {mac_address: "02:42:ac:11:00:02"}
                networks:
                  front:
                """);
        assertThatThrownBy(() -> fixture.request("web"))
                .hasMessage("service web: mac_address must have the same value as networks.front.mac_address");
    }

    @Test
    void aServiceReferenceWithoutContainerIsAnError() {
        ServiceFixture fixture = ServiceFixture.load(dir, """
                services:
                  web:
                    image: busybox
                  sidecar:
                    image: busybox
                    network_mode: service:web
                """);
        CreateContext noContainers = fixture.context("sidecar", ServiceFixture.API_1_41).withServiceContainers(Map.of());
        assertThatThrownBy(() -> ContainerCreate.request(fixture.service("sidecar"), noContainers))
                .hasMessage("service sidecar: network_mode refers to service web, which has no container");
    }

    @Test
    void aMissingSeccompProfileNamesTheFile() {
        ServiceFixture fixture = ServiceFixture.load(dir, """
                services:
                  web:
                    image: busybox
                    security_opt: ["seccomp=missing.json"]
                """);
        assertThatThrownBy(() -> fixture.request("web"))
                .hasMessageStartingWith("service web: security_opt: cannot read seccomp profile "
                        + dir.toAbsolutePath().resolve("missing.json"));
    }

    @Test
    void useApiSocketIsRefused() {
        ServiceFixture fixture = ServiceFixture.load(dir, """
                services:
                  web:
                    image: busybox
                    use_api_socket: true
                """);
        assertThatThrownBy(() -> fixture.request("web"))
                .hasMessage("service web: use_api_socket is not supported by jcompose");
    }

    @Test
    void volumesLinksAndLabelsComeFromTheContext() {
        ServiceFixture fixture = ServiceFixture.load(dir, """
                services:
                  web:
                    image: busybox
                """);
        CreateContext context = CreateContext.of("demo-web-1", "busybox:latest", Map.of("a", "b"),
                        ServiceFixture.API_1_41, fixture.networkNames(), dir)
                .withVolumes(List.of("/src:/app:ro"), List.of(Map.of("Type", "volume", "Source", "demo_data",
                        "Target", "/data")))
                .withLinks(List.of("demo-db-1:db"))
                .withTemporaryName("0123456789ab_demo-web-1");
        ContainerCreateRequest request = ContainerCreate.request(fixture.service("web"), context);
        assertThat(ServiceFixture.wholeJson(request)).isEqualTo("""
                {
                  "body" : {
                    "AttachStderr" : true,
                    "AttachStdout" : true,
                    "HostConfig" : {
                      "Binds" : [ "/src:/app:ro" ],
                      "Links" : [ "demo-db-1:db" ],
                      "Mounts" : [ {
                        "Source" : "demo_data",
                        "Target" : "/data",
                        "Type" : "volume"
                      } ],
                      "NetworkMode" : "demo_default"
                    },
                    "Image" : "busybox:latest",
                    "Labels" : {
                      "a" : "b"
                    },
                    "NetworkingConfig" : {
                      "EndpointsConfig" : {
                        "demo_default" : {
                          "Aliases" : [ "demo-web-1", "web" ],
                          "Links" : [ "demo-db-1:db" ]
                        }
                      }
                    }
                  },
                  "connects" : [ ],
                  "name" : "0123456789ab_demo-web-1",
                  "platform" : ""
                }
                """);
    }

    @Test
    void aOneOffContainerHasOnlyItsNameAsAliasAndAttachesStdin() {
        ServiceFixture fixture = ServiceFixture.load(dir, """
                services:
                  web:
                    image: busybox
                    stdin_open: true
                    networks:
                      default:
                        aliases: [www]
                """);
        CreateContext context = CreateContext.of("demo-web-run-0123456789ab", "busybox:latest", Map.of(),
                ServiceFixture.API_1_41, fixture.networkNames(), dir).withOneOff(false, true, true)
                .withDefaultPlatform(Optional.of("linux/amd64"));
        ContainerCreateRequest request = ContainerCreate.request(fixture.service("web"), context);
        assertThat(ServiceFixture.wholeJson(request)).isEqualTo("""
                {
                  "body" : {
                    "AttachStderr" : true,
                    "AttachStdin" : true,
                    "AttachStdout" : true,
                    "HostConfig" : {
                      "AutoRemove" : true,
                      "NetworkMode" : "demo_default"
                    },
                    "Image" : "busybox:latest",
                    "NetworkingConfig" : {
                      "EndpointsConfig" : {
                        "demo_default" : {
                          "Aliases" : [ "demo-web-run-0123456789ab" ]
                        }
                      }
                    },
                    "OpenStdin" : true,
                    "StdinOnce" : true
                  },
                  "connects" : [ ],
                  "name" : "demo-web-run-0123456789ab",
                  "platform" : "linux/amd64"
                }
                """);
    }

    @Test
    void gatewayPriorityNeedsApi148() {
        ServiceFixture fixture = ServiceFixture.load(dir, """
                services:
                  web:
                    image: busybox
                    networks:
                      default: {gw_priority: 1}
                """);
        assertThatThrownBy(() -> fixture.request("web", ServiceFixture.API_1_44))
                .hasMessage("service web: networks.default.gw_priority requires Docker Engine API 1.48 or later"
                        + " (this engine speaks 1.44)");
    }

    @Test
    void interfaceNameIsRefused() {
        ServiceFixture fixture = ServiceFixture.load(dir, """
                services:
                  web:
                    image: busybox
                    networks:
                      default: {interface_name: eth5}
                """);
        assertThatThrownBy(() -> fixture.request("web"))
                .hasMessage("service web: networks.default.interface_name is not supported by jcompose");
    }

    @Test
    void aMalformedDeviceIsNamed() {
        ServiceFixture fixture = ServiceFixture.load(dir, """
                services:
                  web:
                    image: busybox
                    devices: ["/dev/sda:/dev/xvda:rwx"]
                """);
        assertThatThrownBy(() -> fixture.request("web")).hasMessage("service web: devices: invalid device"
                + " mapping '/dev/sda:/dev/xvda:rwx' (permissions are made of r, w and m)");
    }

    @Test
    void cpuPercentIsAWholePercentage() {
        ServiceFixture fixture = ServiceFixture.load(dir, """
                services:
                  web:
                    image: busybox
                    cpu_percent: 50
                    cpu_count: 2
                """);
        assertThat(fixture.request("web").body().toJson().get("HostConfig"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("CpuPercent", 50L).containsEntry("CpuCount", 2L);
    }
}
