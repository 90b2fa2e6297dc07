package io.jcompose.engine.container;

import io.jcompose.engine.api.ContainerCreateBody;
import io.jcompose.engine.api.JsonFields;
import io.jcompose.engine.transport.ApiVersion;
import io.jcompose.spec.model.Healthcheck;
import io.jcompose.spec.model.Logging;
import io.jcompose.spec.model.RestartPolicy;
import io.jcompose.spec.model.ServiceConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The service-to-container mapping of {@code docker compose up}: one service replica and its
 * {@link CreateContext} to the {@code POST /containers/create} body, as compose's {@code getCreateConfigs}
 * builds it. Pure: everything the engine or other planners decide arrives in the context. Fields the service
 * leaves unset are not sent, so the engine (or the image) supplies its defaults.
 */
public final class ContainerCreate {

    static final ApiVersion ANNOTATIONS = new ApiVersion(1, 43);
    static final ApiVersion START_INTERVAL = new ApiVersion(1, 44);

    private ContainerCreate() {
    }

    /** The create call for {@code service} in {@code context}; a {@link ContainerCreateException} says why not. */
    public static ContainerCreateRequest request(ServiceConfig service, CreateContext context) {
        if (service.useApiSocket()) {
            throw new ContainerCreateException(service.name(), "use_api_socket is not supported by jcompose");
        }
        NetworkMapping.Networking networking = NetworkMapping.of(service, context);
        ContainerCreateBody body = ContainerCreateBody.image(context.image());
        for (Map.Entry<String, Object> field : config(service, context, networking).entrySet()) {
            body = body.with(field.getKey(), field.getValue());
        }
        body = body.with("HostConfig", hostConfig(service, context, networking));
        if (!networking.endpoints().isEmpty()) {
            body = body.with("NetworkingConfig", Map.of("EndpointsConfig", networking.endpoints()));
        }
        return new ContainerCreateRequest(context.temporaryName().orElse(context.containerName()),
                service.platform().or(context::defaultPlatform), body, networking.connects());
    }

    private static Map<String, Object> config(ServiceConfig service, CreateContext context,
            NetworkMapping.Networking networking) {
        return new JsonFields()
                .optional("Hostname", service.hostname())
                .optional("Domainname", service.domainname())
                .optional("User", service.user())
                .nonEmpty("ExposedPorts", PortMapping.exposed(service))
                .flag("Tty", service.tty())
                .flag("OpenStdin", service.stdinOpen())
                .flag("StdinOnce", context.attachStdin() && service.stdinOpen())
                .flag("AttachStdin", context.attachStdin())
                // compose always asks for both output streams, attached or not
                .put("AttachStdout", true)
                .put("AttachStderr", true)
                .optional("Cmd", service.command())
                .optional("Entrypoint", service.entrypoint())
                .optional("WorkingDir", service.workingDir())
                .flag("NetworkDisabled", networking.disabled())
                .optional("MacAddress", networking.macAddress())
                .nonEmpty("Labels", context.labels())
                .optional("StopSignal", service.stopSignal())
                .nonEmpty("Env", env(service))
                .optional("Healthcheck", service.healthcheck().map(h -> healthcheck(service, h, context)))
                .optional("StopTimeout", service.stopGracePeriod().map(d -> d.toSeconds()))
                .toMap();
    }

    /** {@code KEY=VALUE} sorted by key; a variable without a value is sent as {@code KEY} alone. */
    static List<String> env(ServiceConfig service) {
        List<String> env = new ArrayList<>();
        service.environment().forEach((key, value) -> env.add(value.map(v -> key + "=" + v).orElse(key)));
        return env;
    }

    private static Map<String, Object> healthcheck(ServiceConfig service, Healthcheck check, CreateContext context) {
        List<String> test = check.disable() ? List.of("NONE") : check.test();
        JsonFields out = new JsonFields()
                .nonEmpty("Test", test)
                .optional("Interval", check.interval().map(d -> d.toNanos()))
                .optional("Timeout", check.timeout().map(d -> d.toNanos()))
                .optional("StartPeriod", check.startPeriod().map(d -> d.toNanos()));
        if (check.startInterval().isPresent()) {
            NetworkMapping.require(service, "healthcheck.start_interval", START_INTERVAL, context.apiVersion());
            if (check.startPeriod().isEmpty()) {
                throw new ContainerCreateException(service.name(),
                        "healthcheck.start_interval requires healthcheck.start_period to be set");
            }
            out.put("StartInterval", check.startInterval().get().toNanos());
        }
        return out.optional("Retries", check.retries()).toMap();
    }

    private static Map<String, Object> hostConfig(ServiceConfig service, CreateContext context,
            NetworkMapping.Networking networking) {
        if (!service.annotations().isEmpty()) {
            NetworkMapping.require(service, "annotations", ANNOTATIONS, context.apiVersion());
        }
        SecurityOptions security = SecurityOptions.of(service, context.projectDirectory());
        JsonFields out = new JsonFields()
                .flag("AutoRemove", context.autoRemove())
                .nonEmpty("Annotations", service.annotations())
                .nonEmpty("Binds", context.binds())
                .nonEmpty("Mounts", context.mounts())
                .nonEmpty("CapAdd", service.capAdd())
                .nonEmpty("CapDrop", service.capDrop())
                .put("NetworkMode", networking.networkMode())
                .optional("Init", service.init())
                .optional("IpcMode", namespace(service, "ipc", service.ipc(), context))
                .optional("CgroupnsMode", namespace(service, "cgroup", service.cgroup(), context))
                .flag("ReadonlyRootfs", service.readOnly())
                .optional("RestartPolicy", restartPolicy(service))
                .optional("ShmSize", service.shmSize())
                .nonEmpty("Sysctls", service.sysctls())
                .nonEmpty("PortBindings", PortMapping.bindings(service))
                .optional("VolumeDriver", service.volumeDriver())
                .nonEmpty("VolumesFrom", Namespaces.volumesFrom(service, context))
                .nonEmpty("Dns", service.dns())
                .nonEmpty("DnsSearch", service.dnsSearch())
                .nonEmpty("DnsOptions", service.dnsOpt())
                .nonEmpty("ExtraHosts", extraHosts(service))
                .nonEmpty("SecurityOpt", security.options())
                .nonEmpty("StorageOpt", service.storageOpt())
                .optional("UsernsMode", namespace(service, "userns_mode", service.usernsMode(), context))
                .optional("UTSMode", namespace(service, "uts", service.uts(), context))
                .flag("Privileged", service.privileged())
                .optional("PidMode", namespace(service, "pid", service.pid(), context))
                .nonEmpty("Tmpfs", tmpfs(service))
                .optional("Isolation", service.isolation())
                .optional("Runtime", service.runtime())
                .optional("LogConfig", logConfig(service))
                .nonEmpty("GroupAdd", service.groupAdd())
                .nonEmpty("Links", context.links())
                .optional("OomScoreAdj", service.oomScoreAdj())
                .putAll(ResourceMapping.of(service));
        if (security.unconfinedPaths()) {
            out.put("MaskedPaths", List.of()).put("ReadonlyPaths", List.of());
        }
        return out.toMap();
    }

    private static Optional<String> namespace(ServiceConfig service, String attribute, Optional<String> mode,
            CreateContext context) {
        return mode.map(m -> Namespaces.resolve(service, attribute, m, context));
    }

    /**
     * {@code restart} ({@code no}, {@code always}, {@code on-failure[:N]}, {@code unless-stopped}), overridden by
     * {@code deploy.restart_policy} whose {@code none} and {@code any} mean {@code no} and {@code always}.
     */
    static Optional<Map<String, Object>> restartPolicy(ServiceConfig service) {
        Optional<RestartPolicy> deployed = service.deploy().flatMap(d -> d.restartPolicy());
        if (deployed.isPresent()) {
            return Optional.of(policy(deployed.get().condition().orElse(""),
                    deployed.get().maxAttempts().orElse(0L)));
        }
        return service.restart().map(restart -> {
            String[] parts = restart.split(":", 2);
            long attempts = 0;
            if (parts.length > 1) {
                try {
                    attempts = Long.parseLong(parts[1]);
                } catch (NumberFormatException e) {
                    throw new ContainerCreateException(service.name(), "restart: invalid retry count in '" + restart
                            + "' (expected on-failure:N)", e);
                }
            }
            return policy(parts[0], attempts);
        });
    }

    private static Map<String, Object> policy(String condition, long attempts) {
        String name = switch (condition) {
            case "", "none", "no" -> "no";
            case "any", "always" -> "always";
            default -> condition;
        };
        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("Name", name);
        policy.put("MaximumRetryCount", attempts);
        return policy;
    }

    /** The loader writes {@code host=ip}; the engine takes {@code --add-host}'s {@code host:ip}. */
    private static List<String> extraHosts(ServiceConfig service) {
        List<String> hosts = new ArrayList<>();
        for (String entry : service.extraHosts()) {
            int separator = entry.indexOf('=');
            hosts.add(separator < 0 ? entry : entry.substring(0, separator) + ":" + entry.substring(separator + 1));
        }
        return hosts;
    }

    private static Map<String, String> tmpfs(ServiceConfig service) {
        Map<String, String> tmpfs = new LinkedHashMap<>();
        for (String entry : service.tmpfs()) {
            int colon = entry.indexOf(':');
            tmpfs.put(colon < 0 ? entry : entry.substring(0, colon), colon < 0 ? "" : entry.substring(colon + 1));
        }
        return tmpfs;
    }

    /** {@code logging}, or the legacy {@code log_driver} / {@code log_opt} when it is absent. */
    private static Optional<Map<String, Object>> logConfig(ServiceConfig service) {
        Optional<String> driver = service.logging().flatMap(Logging::driver).or(service::logDriver);
        Map<String, String> options = service.logging().map(Logging::options).orElse(service.logOpt());
        if (service.logging().isEmpty() && driver.isEmpty() && options.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new JsonFields().put("Type", driver.orElse("")).nonEmpty("Config", options).toMap());
    }
}
