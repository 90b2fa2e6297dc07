package io.jcompose.network;

import io.jcompose.spec.model.NetworkConfig;
import io.jcompose.spec.model.Project;
import io.jcompose.spec.model.ServiceConfig;
import io.jcompose.spec.model.ServiceNetwork;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How a service's containers join networks: {@code HostConfig.NetworkMode} and the endpoints, primary first.
 * With {@code network_mode} (bridge, host, none, {@code service:x}, {@code container:x}) there are no endpoints;
 * {@code service:x} must be turned into {@code container:<id of x's first container>} by the engine side.
 *
 * @param networkMode the value of {@code HostConfig.NetworkMode}: the primary network's name, or the mode
 * @param attachments by {@code priority} descending then network key, as compose orders them; the first is the
 *                    primary (sent at create), the others are connected after create on Engine API < 1.44
 */
public record ServiceNetworking(String service, String networkMode, List<ServiceAttachment> attachments) {

    private static final String SERVICE_PREFIX = "service:";

    public ServiceNetworking {
        Objects.requireNonNull(service);
        Objects.requireNonNull(networkMode);
        attachments = List.copyOf(attachments);
    }

    public static ServiceNetworking of(Project project, ServiceConfig service) {
        if (service.networkMode().isPresent()) {
            return new ServiceNetworking(service.name(), service.networkMode().get(), List.of());
        }
        if (project.networks().isEmpty() || service.networks().isEmpty()) {
            // compose: a project without networks runs its containers without one
            return new ServiceNetworking(service.name(), "none", List.of());
        }
        List<ServiceAttachment> attachments = new ArrayList<>();
        service.networks().forEach((key, config) -> attachments.add(attachment(project, service, key, config)));
        attachments.sort(Comparator.comparingLong(ServiceAttachment::priority).reversed()
                .thenComparing(ServiceAttachment::networkKey));
        return new ServiceNetworking(service.name(), attachments.get(0).networkName(), attachments);
    }

    public Optional<ServiceAttachment> primary() {
        return attachments.isEmpty() ? Optional.empty() : Optional.of(attachments.get(0));
    }

    /** The networks to connect after create on Engine API < 1.44 (all of them go into the create body on 1.44+). */
    public List<ServiceAttachment> secondary() {
        return attachments.isEmpty() ? List.of() : attachments.subList(1, attachments.size());
    }

    /** The service whose network namespace this one shares ({@code network_mode: service:x}). */
    public Optional<String> sharedService() {
        return networkMode.startsWith(SERVICE_PREFIX)
                ? Optional.of(networkMode.substring(SERVICE_PREFIX.length())) : Optional.empty();
    }

    /** Golden text: {@code web network_mode=demo_front} then one indented line per attachment. */
    public String text() {
        String head = service + " network_mode=" + networkMode;
        if (attachments.isEmpty()) {
            return head;
        }
        return head + attachments.stream().map(a -> "\n  " + a.text()).collect(Collectors.joining());
    }

    private static ServiceAttachment attachment(Project project, ServiceConfig service, String key,
                                                Optional<ServiceNetwork> config) {
        NetworkConfig network = project.networks().get(key);
        String name = network == null ? key : DesiredNetwork.engineName(project.name(), key, network);
        List<String> aliases = new ArrayList<>();
        aliases.add(service.name());
        config.ifPresent(c -> c.aliases().stream().filter(a -> !aliases.contains(a)).forEach(aliases::add));
        return new ServiceAttachment(key, name, aliases,
                config.flatMap(ServiceNetwork::ipv4Address),
                config.flatMap(ServiceNetwork::ipv6Address),
                config.map(ServiceNetwork::linkLocalIps).orElse(List.of()),
                config.flatMap(ServiceNetwork::macAddress),
                config.map(ServiceNetwork::driverOpts).orElse(Map.of()),
                config.flatMap(ServiceNetwork::priority).orElse(0L),
                config.flatMap(ServiceNetwork::gwPriority).orElse(0L),
                config.flatMap(ServiceNetwork::interfaceName));
    }
}
