package io.jcompose.spec.model;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** One service in canonical long form; every attribute typed, x-* kept in extensions. */
public record ServiceConfig(String name,
                            List<String> profiles,
                            Map<String, String> annotations,
                            Optional<Boolean> attach,
                            Optional<BuildConfig> build,
                            Optional<DevelopConfig> develop,
                            Optional<Object> blkioConfig,
                            List<String> capAdd,
                            List<String> capDrop,
                            Optional<String> cgroupParent,
                            Optional<String> cgroup,
                            Optional<Long> cpuCount,
                            Optional<Double> cpuPercent,
                            Optional<Long> cpuPeriod,
                            Optional<Long> cpuQuota,
                            Optional<Long> cpuRtPeriod,
                            Optional<Long> cpuRtRuntime,
                            Optional<Double> cpus,
                            Optional<String> cpuset,
                            Optional<Long> cpuShares,
                            Optional<List<String>> command,
                            List<FileReference> configs,
                            Optional<String> containerName,
                            Optional<Object> credentialSpec,
                            Map<String, ServiceDependency> dependsOn,
                            Optional<DeployConfig> deploy,
                            List<String> deviceCgroupRules,
                            List<DeviceMapping> devices,
                            List<String> dns,
                            List<String> dnsOpt,
                            List<String> dnsSearch,
                            Optional<String> dockerfile,
                            Optional<String> domainname,
                            Optional<List<String>> entrypoint,
                            Optional<Object> provider,
                            Map<String, Optional<String>> environment,
                            List<EnvFile> envFile,
                            List<String> expose,
                            Optional<Object> extendsConfig,
                            List<String> externalLinks,
                            List<String> extraHosts,
                            List<String> groupAdd,
                            List<DeviceRequest> gpus,
                            Optional<String> hostname,
                            Optional<Healthcheck> healthcheck,
                            Optional<String> image,
                            Optional<Boolean> init,
                            Optional<String> ipc,
                            Optional<String> isolation,
                            Map<String, String> labels,
                            List<String> labelFile,
                            List<String> links,
                            Optional<Logging> logging,
                            Optional<String> logDriver,
                            Map<String, String> logOpt,
                            Optional<Long> memLimit,
                            Optional<Long> memReservation,
                            Optional<Long> memswapLimit,
                            Optional<Long> memSwappiness,
                            Optional<String> macAddress,
                            Optional<Object> models,
                            Optional<String> net,
                            Optional<String> networkMode,
                            Map<String, Optional<ServiceNetwork>> networks,
                            boolean oomKillDisable,
                            Optional<Long> oomScoreAdj,
                            Optional<String> pid,
                            Optional<Long> pidsLimit,
                            Optional<String> platform,
                            List<ServicePort> ports,
                            boolean privileged,
                            Optional<String> pullPolicy,
                            boolean readOnly,
                            Optional<String> restart,
                            Optional<String> runtime,
                            Optional<Long> scale,
                            List<FileReference> secrets,
                            List<String> securityOpt,
                            Optional<Long> shmSize,
                            boolean stdinOpen,
                            Optional<Duration> stopGracePeriod,
                            Optional<String> stopSignal,
                            Map<String, String> storageOpt,
                            Map<String, String> sysctls,
                            List<String> tmpfs,
                            boolean tty,
                            Map<String, Ulimit> ulimits,
                            boolean useApiSocket,
                            Optional<String> user,
                            Optional<String> usernsMode,
                            Optional<String> uts,
                            Optional<String> volumeDriver,
                            List<ServiceVolume> volumes,
                            List<String> volumesFrom,
                            Optional<String> workingDir,
                            List<ServiceHook> postStart,
                            List<ServiceHook> preStop,
                            Map<String, Object> extensions) {

    public ServiceConfig {
        Objects.requireNonNull(name);
        profiles = List.copyOf(profiles);
        annotations = Trees.sorted(annotations);
        Objects.requireNonNull(attach);
        Objects.requireNonNull(build);
        Objects.requireNonNull(develop);
        Objects.requireNonNull(blkioConfig);
        capAdd = List.copyOf(capAdd);
        capDrop = List.copyOf(capDrop);
        Objects.requireNonNull(cgroupParent);
        Objects.requireNonNull(cgroup);
        Objects.requireNonNull(cpuCount);
        Objects.requireNonNull(cpuPercent);
        Objects.requireNonNull(cpuPeriod);
        Objects.requireNonNull(cpuQuota);
        Objects.requireNonNull(cpuRtPeriod);
        Objects.requireNonNull(cpuRtRuntime);
        Objects.requireNonNull(cpus);
        Objects.requireNonNull(cpuset);
        Objects.requireNonNull(cpuShares);
        command = command.map(List::copyOf);
        configs = List.copyOf(configs);
        Objects.requireNonNull(containerName);
        Objects.requireNonNull(credentialSpec);
        dependsOn = Trees.sorted(dependsOn);
        Objects.requireNonNull(deploy);
        deviceCgroupRules = List.copyOf(deviceCgroupRules);
        devices = List.copyOf(devices);
        dns = List.copyOf(dns);
        dnsOpt = List.copyOf(dnsOpt);
        dnsSearch = List.copyOf(dnsSearch);
        Objects.requireNonNull(dockerfile);
        Objects.requireNonNull(domainname);
        entrypoint = entrypoint.map(List::copyOf);
        Objects.requireNonNull(provider);
        environment = Trees.sorted(environment);
        envFile = List.copyOf(envFile);
        expose = List.copyOf(expose);
        Objects.requireNonNull(extendsConfig);
        externalLinks = List.copyOf(externalLinks);
        extraHosts = List.copyOf(extraHosts);
        groupAdd = List.copyOf(groupAdd);
        gpus = List.copyOf(gpus);
        Objects.requireNonNull(hostname);
        Objects.requireNonNull(healthcheck);
        Objects.requireNonNull(image);
        Objects.requireNonNull(init);
        Objects.requireNonNull(ipc);
        Objects.requireNonNull(isolation);
        labels = Trees.sorted(labels);
        labelFile = List.copyOf(labelFile);
        links = List.copyOf(links);
        Objects.requireNonNull(logging);
        Objects.requireNonNull(logDriver);
        logOpt = Trees.sorted(logOpt);
        Objects.requireNonNull(memLimit);
        Objects.requireNonNull(memReservation);
        Objects.requireNonNull(memswapLimit);
        Objects.requireNonNull(memSwappiness);
        Objects.requireNonNull(macAddress);
        Objects.requireNonNull(models);
        Objects.requireNonNull(net);
        Objects.requireNonNull(networkMode);
        networks = Trees.sorted(networks);
        Objects.requireNonNull(oomScoreAdj);
        Objects.requireNonNull(pid);
        Objects.requireNonNull(pidsLimit);
        Objects.requireNonNull(platform);
        ports = List.copyOf(ports);
        Objects.requireNonNull(pullPolicy);
        Objects.requireNonNull(restart);
        Objects.requireNonNull(runtime);
        Objects.requireNonNull(scale);
        secrets = List.copyOf(secrets);
        securityOpt = List.copyOf(securityOpt);
        Objects.requireNonNull(shmSize);
        Objects.requireNonNull(stopGracePeriod);
        Objects.requireNonNull(stopSignal);
        storageOpt = Trees.sorted(storageOpt);
        sysctls = Trees.sorted(sysctls);
        tmpfs = List.copyOf(tmpfs);
        ulimits = Trees.sorted(ulimits);
        Objects.requireNonNull(user);
        Objects.requireNonNull(usernsMode);
        Objects.requireNonNull(uts);
        Objects.requireNonNull(volumeDriver);
        volumes = List.copyOf(volumes);
        volumesFrom = List.copyOf(volumesFrom);
        Objects.requireNonNull(workingDir);
        postStart = List.copyOf(postStart);
        preStop = List.copyOf(preStop);
        extensions = Trees.sorted(extensions);
    }

    static ServiceConfig fromTree(String name, Map<String, Object> tree) {
        return new ServiceConfig(
                name,
                Trees.strs(tree, "profiles"),
                Trees.map(tree, "annotations"),
                Trees.boolp(tree, "attach"),
                Trees.obj(tree, "build", BuildConfig::fromTree),
                Trees.obj(tree, "develop", DevelopConfig::fromTree),
                Trees.raw(tree, "blkio_config"),
                Trees.strs(tree, "cap_add"),
                Trees.strs(tree, "cap_drop"),
                Trees.str(tree, "cgroup_parent"),
                Trees.str(tree, "cgroup"),
                Trees.lng(tree, "cpu_count"),
                Trees.dbl(tree, "cpu_percent"),
                Trees.lng(tree, "cpu_period"),
                Trees.lng(tree, "cpu_quota"),
                Trees.lng(tree, "cpu_rt_period"),
                Trees.lng(tree, "cpu_rt_runtime"),
                Trees.dbl(tree, "cpus"),
                Trees.str(tree, "cpuset"),
                Trees.lng(tree, "cpu_shares"),
                Trees.cmd(tree, "command"),
                Trees.objs(tree, "configs", FileReference::fromTree),
                Trees.str(tree, "container_name"),
                Trees.raw(tree, "credential_spec"),
                Trees.objmap(tree, "depends_on", ServiceDependency::fromTree),
                Trees.obj(tree, "deploy", DeployConfig::fromTree),
                Trees.strs(tree, "device_cgroup_rules"),
                Trees.objs(tree, "devices", DeviceMapping::fromTree),
                Trees.strs(tree, "dns"),
                Trees.strs(tree, "dns_opt"),
                Trees.strs(tree, "dns_search"),
                Trees.str(tree, "dockerfile"),
                Trees.str(tree, "domainname"),
                Trees.cmd(tree, "entrypoint"),
                Trees.raw(tree, "provider"),
                Trees.envmap(tree, "environment"),
                Trees.envFiles(tree, "env_file"),
                Trees.strs(tree, "expose"),
                Trees.raw(tree, "extends"),
                Trees.strs(tree, "external_links"),
                Trees.strs(tree, "extra_hosts"),
                Trees.strs(tree, "group_add"),
                Trees.objs(tree, "gpus", DeviceRequest::fromTree),
                Trees.str(tree, "hostname"),
                Trees.obj(tree, "healthcheck", Healthcheck::fromTree),
                Trees.str(tree, "image"),
                Trees.boolp(tree, "init"),
                Trees.str(tree, "ipc"),
                Trees.str(tree, "isolation"),
                Trees.map(tree, "labels"),
                Trees.strs(tree, "label_file"),
                Trees.strs(tree, "links"),
                Trees.obj(tree, "logging", Logging::fromTree),
                Trees.str(tree, "log_driver"),
                Trees.map(tree, "log_opt"),
                Trees.bytes(tree, "mem_limit"),
                Trees.bytes(tree, "mem_reservation"),
                Trees.bytes(tree, "memswap_limit"),
                Trees.bytes(tree, "mem_swappiness"),
                Trees.str(tree, "mac_address"),
                Trees.raw(tree, "models"),
                Trees.str(tree, "net"),
                Trees.str(tree, "network_mode"),
                Trees.objmapNullable(tree, "networks", ServiceNetwork::fromTree),
                Trees.bool(tree, "oom_kill_disable"),
                Trees.lng(tree, "oom_score_adj"),
                Trees.str(tree, "pid"),
                Trees.lng(tree, "pids_limit"),
                Trees.str(tree, "platform"),
                Trees.objs(tree, "ports", ServicePort::fromTree),
                Trees.bool(tree, "privileged"),
                Trees.str(tree, "pull_policy"),
                Trees.bool(tree, "read_only"),
                Trees.str(tree, "restart"),
                Trees.str(tree, "runtime"),
                Trees.lng(tree, "scale"),
                Trees.objs(tree, "secrets", FileReference::fromTree),
                Trees.strs(tree, "security_opt"),
                Trees.bytes(tree, "shm_size"),
                Trees.bool(tree, "stdin_open"),
                Trees.dur(tree, "stop_grace_period"),
                Trees.str(tree, "stop_signal"),
                Trees.map(tree, "storage_opt"),
                Trees.map(tree, "sysctls"),
                Trees.strs(tree, "tmpfs"),
                Trees.bool(tree, "tty"),
                Trees.objmap(tree, "ulimits", Ulimit::fromTree),
                Trees.bool(tree, "use_api_socket"),
                Trees.str(tree, "user"),
                Trees.str(tree, "userns_mode"),
                Trees.str(tree, "uts"),
                Trees.str(tree, "volume_driver"),
                Trees.objs(tree, "volumes", ServiceVolume::fromTree),
                Trees.strs(tree, "volumes_from"),
                Trees.str(tree, "working_dir"),
                Trees.objs(tree, "post_start", ServiceHook::fromTree),
                Trees.objs(tree, "pre_stop", ServiceHook::fromTree),
                Trees.extensions(tree));
    }

    Map<String, Object> toTree() {
        return new TreeBuilder()
                .strs("profiles", profiles)
                .map("annotations", annotations)
                .boolp("attach", attach)
                .obj("build", build, BuildConfig::toTree)
                .obj("develop", develop, DevelopConfig::toTree)
                .raw("blkio_config", blkioConfig)
                .strs("cap_add", capAdd)
                .strs("cap_drop", capDrop)
                .str("cgroup_parent", cgroupParent)
                .str("cgroup", cgroup)
                .lng("cpu_count", cpuCount)
                .dbl("cpu_percent", cpuPercent)
                .lng("cpu_period", cpuPeriod)
                .lng("cpu_quota", cpuQuota)
                .lng("cpu_rt_period", cpuRtPeriod)
                .lng("cpu_rt_runtime", cpuRtRuntime)
                .dbl("cpus", cpus)
                .str("cpuset", cpuset)
                .lng("cpu_shares", cpuShares)
                .cmd("command", command)
                .objs("configs", configs, FileReference::toTree)
                .str("container_name", containerName)
                .raw("credential_spec", credentialSpec)
                .objmap("depends_on", dependsOn, ServiceDependency::toTree)
                .obj("deploy", deploy, DeployConfig::toTree)
                .strs("device_cgroup_rules", deviceCgroupRules)
                .objs("devices", devices, DeviceMapping::toTree)
                .strs("dns", dns)
                .strs("dns_opt", dnsOpt)
                .strs("dns_search", dnsSearch)
                .str("dockerfile", dockerfile)
                .str("domainname", domainname)
                .cmd("entrypoint", entrypoint)
                .raw("provider", provider)
                .envmap("environment", environment)
                .envFiles("env_file", envFile)
                .strs("expose", expose)
                .raw("extends", extendsConfig)
                .strs("external_links", externalLinks)
                .strs("extra_hosts", extraHosts)
                .strs("group_add", groupAdd)
                .objs("gpus", gpus, DeviceRequest::toTree)
                .str("hostname", hostname)
                .obj("healthcheck", healthcheck, Healthcheck::toTree)
                .str("image", image)
                .boolp("init", init)
                .str("ipc", ipc)
                .str("isolation", isolation)
                .map("labels", labels)
                .strs("label_file", labelFile)
                .strs("links", links)
                .obj("logging", logging, Logging::toTree)
                .str("log_driver", logDriver)
                .map("log_opt", logOpt)
                .bytes("mem_limit", memLimit)
                .bytes("mem_reservation", memReservation)
                .bytes("memswap_limit", memswapLimit)
                .bytes("mem_swappiness", memSwappiness)
                .str("mac_address", macAddress)
                .raw("models", models)
                .str("net", net)
                .str("network_mode", networkMode)
                .objmapNullable("networks", networks, ServiceNetwork::toTree)
                .bool("oom_kill_disable", oomKillDisable)
                .lng("oom_score_adj", oomScoreAdj)
                .str("pid", pid)
                .lng("pids_limit", pidsLimit)
                .str("platform", platform)
                .objs("ports", ports, ServicePort::toTree)
                .bool("privileged", privileged)
                .str("pull_policy", pullPolicy)
                .bool("read_only", readOnly)
                .str("restart", restart)
                .str("runtime", runtime)
                .lng("scale", scale)
                .objs("secrets", secrets, FileReference::toTree)
                .strs("security_opt", securityOpt)
                .bytes("shm_size", shmSize)
                .bool("stdin_open", stdinOpen)
                .dur("stop_grace_period", stopGracePeriod)
                .str("stop_signal", stopSignal)
                .map("storage_opt", storageOpt)
                .map("sysctls", sysctls)
                .strs("tmpfs", tmpfs)
                .bool("tty", tty)
                .objmap("ulimits", ulimits, Ulimit::toTree)
                .bool("use_api_socket", useApiSocket)
                .str("user", user)
                .str("userns_mode", usernsMode)
                .str("uts", uts)
                .str("volume_driver", volumeDriver)
                .objs("volumes", volumes, ServiceVolume::toTree)
                .strs("volumes_from", volumesFrom)
                .str("working_dir", workingDir)
                .objs("post_start", postStart, ServiceHook::toTree)
                .objs("pre_stop", preStop, ServiceHook::toTree)
                .extensions(extensions)
                .build();
    }

    /** {@code scale}, else {@code deploy.replicas}, else 1. */
    public int scaleOrDefault() {
        return scale.or(() -> deploy.flatMap(DeployConfig::replicas)).orElse(1L).intValue();
    }

    /** The image to run: {@code image}, or {@code <project>-<service>} for a build-only service. */
    public String imageName(String projectName) {
        return image.orElse(projectName + "-" + name);
    }

    /** Attached network keys, highest {@code priority} first, then by name (compose's connect order). */
    public List<String> networksByPriority() {
        return networks.entrySet().stream()
                .sorted(java.util.Comparator
                        .comparingLong((Map.Entry<String, Optional<ServiceNetwork>> e) ->
                                -e.getValue().flatMap(ServiceNetwork::priority).orElse(0L))
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey)
                .toList();
    }
}
