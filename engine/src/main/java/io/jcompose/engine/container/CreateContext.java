package io.jcompose.engine.container;

import io.jcompose.engine.transport.ApiVersion;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the create body needs beyond the service: decided by the reconciler and the network/volume planners,
 * given here as plain values so that {@link ContainerCreate} stays a pure function.
 *
 * @param containerName the container's final name ({@link ContainerNames}); also its first network alias
 * @param temporaryName the name to create under while the container it replaces still holds the final name
 * @param image the image reference the container runs ({@code Config.Image})
 * @param labels every label ({@link ContainerLabels}); the service's own labels are expected among them
 * @param apiVersion the negotiated Engine API version: decides which attributes can be sent at create
 * @param networkNames engine network name per network key the service uses ({@code default} -> {@code demo_default})
 * @param useNetworkAliases false for {@code run} without {@code --use-aliases}: only the container name is an alias
 * @param links {@code container:alias} entries, resolved from {@code links} and {@code external_links}
 * @param binds {@code HostConfig.Binds} entries ({@code /abs/src:/target[:options]}) from the volumes planner
 * @param mounts {@code HostConfig.Mounts} objects in the engine's shape, from the volumes planner
 * @param serviceContainers container id per service, resolving {@code service:x} in network_mode, ipc, pid, uts,
 *     cgroup, userns_mode and volumes_from
 * @param attachStdin true when a client attaches stdin at start ({@code run} interactive)
 * @param autoRemove {@code run --rm}
 * @param defaultPlatform {@code DOCKER_DEFAULT_PLATFORM}, used when the service has no {@code platform}
 * @param projectDirectory where relative {@code seccomp=} profile paths are read from
 */
public record CreateContext(String containerName,
                            Optional<String> temporaryName,
                            String image,
                            Map<String, String> labels,
                            ApiVersion apiVersion,
                            Map<String, String> networkNames,
                            boolean useNetworkAliases,
                            List<String> links,
                            List<String> binds,
                            List<Map<String, Object>> mounts,
                            Map<String, String> serviceContainers,
                            boolean attachStdin,
                            boolean autoRemove,
                            Optional<String> defaultPlatform,
                            Path projectDirectory) {

    public CreateContext {
        Objects.requireNonNull(containerName);
        Objects.requireNonNull(temporaryName);
        Objects.requireNonNull(image);
        labels = Collections.unmodifiableMap(new TreeMap<>(labels));
        Objects.requireNonNull(apiVersion);
        networkNames = Map.copyOf(networkNames);
        links = List.copyOf(links);
        binds = List.copyOf(binds);
        mounts = List.copyOf(mounts);
        serviceContainers = Map.copyOf(serviceContainers);
        Objects.requireNonNull(defaultPlatform);
        projectDirectory = projectDirectory.toAbsolutePath();
    }

    /** A service container as {@code up} creates it: network aliases on, no links, binds or mounts yet. */
    public static CreateContext of(String containerName, String image, Map<String, String> labels,
            ApiVersion apiVersion, Map<String, String> networkNames, Path projectDirectory) {
        return new CreateContext(containerName, Optional.empty(), image, labels, apiVersion, networkNames, true,
                List.of(), List.of(), List.of(), Map.of(), false, false, Optional.empty(), projectDirectory);
    }

    public CreateContext withTemporaryName(String name) {
        return new CreateContext(containerName, Optional.of(name), image, labels, apiVersion, networkNames,
                useNetworkAliases, links, binds, mounts, serviceContainers, attachStdin, autoRemove, defaultPlatform,
                projectDirectory);
    }

    public CreateContext withVolumes(List<String> newBinds, List<Map<String, Object>> newMounts) {
        return new CreateContext(containerName, temporaryName, image, labels, apiVersion, networkNames,
                useNetworkAliases, links, newBinds, newMounts, serviceContainers, attachStdin, autoRemove,
                defaultPlatform, projectDirectory);
    }

    public CreateContext withLinks(List<String> newLinks) {
        return new CreateContext(containerName, temporaryName, image, labels, apiVersion, networkNames,
                useNetworkAliases, newLinks, binds, mounts, serviceContainers, attachStdin, autoRemove,
                defaultPlatform, projectDirectory);
    }

    public CreateContext withServiceContainers(Map<String, String> ids) {
        return new CreateContext(containerName, temporaryName, image, labels, apiVersion, networkNames,
                useNetworkAliases, links, binds, mounts, ids, attachStdin, autoRemove, defaultPlatform,
                projectDirectory);
    }

    /** A {@code run} container: aliases only with {@code --use-aliases}, stdin attached, {@code --rm}. */
    public CreateContext withOneOff(boolean networkAliases, boolean stdin, boolean remove) {
        return new CreateContext(containerName, temporaryName, image, labels, apiVersion, networkNames,
                networkAliases, links, binds, mounts, serviceContainers, stdin, remove, defaultPlatform,
                projectDirectory);
    }

    public CreateContext withDefaultPlatform(Optional<String> platform) {
        return new CreateContext(containerName, temporaryName, image, labels, apiVersion, networkNames,
                useNetworkAliases, links, binds, mounts, serviceContainers, attachStdin, autoRemove, platform,
                projectDirectory);
    }
}
