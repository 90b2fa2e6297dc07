package io.jcompose.network;

import io.jcompose.network.NetworkChange.AmbiguousExternalNetwork;
import io.jcompose.network.NetworkChange.CreateNetwork;
import io.jcompose.network.NetworkChange.KeepNetwork;
import io.jcompose.network.NetworkChange.MislabelledNetwork;
import io.jcompose.network.NetworkChange.MissingExternalNetwork;
import io.jcompose.network.NetworkChange.RecreateNetwork;
import io.jcompose.network.NetworkChange.RemoveNetwork;
import io.jcompose.network.NetworkChange.UseExternalNetwork;
import io.jcompose.spec.labels.ComposeLabels;
import io.jcompose.spec.model.Project;
import io.jcompose.spec.model.ServiceConfig;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Desired networks against observed ones, as docker compose decides (reference 3.4, 3.5, 3.8): create what is
 * missing, keep what matches (or was not created by compose, with its warning), recreate on a config-hash change,
 * look up external networks, and on {@code down} remove the project's own.
 */
public final class NetworkPlanner {

    private final String composeVersion;

    /** @param composeVersion the value of the {@code com.docker.compose.version} label */
    public NetworkPlanner(String composeVersion) {
        this.composeVersion = Objects.requireNonNull(composeVersion);
    }

    /**
     * The networks {@code up}/{@code create} needs, in key order: those the {@code services} use (the services
     * being brought up, dependencies included; empty: every enabled service), or every declared network with
     * {@code allResources}.
     */
    public List<DesiredNetwork> desired(Project project, Set<String> services, boolean allResources) {
        Set<String> keys = new TreeSet<>();
        if (allResources) {
            keys.addAll(project.networks().keySet());
        } else {
            for (ServiceConfig service : project.services().values()) {
                if ((services.isEmpty() || services.contains(service.name())) && service.networkMode().isEmpty()) {
                    keys.addAll(service.networks().keySet());
                }
            }
        }
        List<DesiredNetwork> out = new ArrayList<>();
        for (String key : keys) {
            var config = project.networks().get(key);
            if (config != null) {
                out.add(DesiredNetwork.of(project.name(), key, config, composeVersion));
            }
        }
        return out;
    }

    /** The network changes of {@code up}/{@code create}; {@code observed} are the engine's networks by name. */
    public NetworkPlan up(Project project, Collection<ObservedNetwork> observed, Set<String> services,
                          boolean allResources) {
        List<NetworkChange> changes = new ArrayList<>();
        for (DesiredNetwork network : desired(project, services, allResources)) {
            changes.add(decide(project.name(), network, observed));
        }
        return new NetworkPlan(changes);
    }

    /**
     * The network removals of {@code down} with a compose file: every non-external network of the whole model
     * that exists with this project's and this key's labels.
     */
    public NetworkPlan down(Project project, Collection<ObservedNetwork> observed) {
        List<NetworkChange> changes = new ArrayList<>();
        project.networks().forEach((key, config) -> {
            if (config.external()) {
                return;
            }
            DesiredNetwork network = DesiredNetwork.of(project.name(), key, config, composeVersion);
            observed.stream()
                    .filter(o -> o.name().equals(network.name()))
                    .filter(o -> project.name().equals(o.labels().get(ComposeLabels.PROJECT)))
                    .filter(o -> key.equals(o.labels().get(ComposeLabels.NETWORK)))
                    .sorted(Comparator.comparing(ObservedNetwork::id))
                    .forEach(o -> changes.add(
                            new RemoveNetwork(o, "network " + key + " of project " + project.name())));
        });
        return new NetworkPlan(changes);
    }

    /** The network removals of {@code down -p NAME} without a compose file: every network labelled for it. */
    public NetworkPlan down(String projectName, Collection<ObservedNetwork> observed) {
        List<NetworkChange> changes = new ArrayList<>();
        observed.stream()
                .filter(o -> projectName.equals(o.labels().get(ComposeLabels.PROJECT)))
                .sorted(Comparator.comparing(ObservedNetwork::name).thenComparing(ObservedNetwork::id))
                .forEach(o -> changes.add(new RemoveNetwork(o, "network "
                        + o.labels().getOrDefault(ComposeLabels.NETWORK, o.name()) + " of project " + projectName)));
        return new NetworkPlan(changes);
    }

    private static NetworkChange decide(String projectName, DesiredNetwork network,
                                        Collection<ObservedNetwork> observed) {
        // an external network may be named by its ID
        List<ObservedNetwork> matches = observed.stream()
                .filter(o -> o.name().equals(network.name()) || (network.external() && o.id().equals(network.name())))
                .toList();
        if (network.external()) {
            return switch (matches.size()) {
                case 0 -> new MissingExternalNetwork(network);
                case 1 -> new UseExternalNetwork(network, matches.get(0));
                default -> new AmbiguousExternalNetwork(network);
            };
        }
        if (matches.isEmpty()) {
            return new CreateNetwork(network, "not found");
        }
        ObservedNetwork existing = matches.stream()
                .filter(o -> projectName.equals(o.labels().get(ComposeLabels.PROJECT))
                        && network.key().equals(o.labels().get(ComposeLabels.NETWORK)))
                .findFirst()
                .orElse(matches.get(0));
        String owner = existing.labels().get(ComposeLabels.PROJECT);
        if (owner == null) {
            return new KeepNetwork(network, existing, "exists, not created by compose", Optional.of(
                    "a network with name " + network.name() + " exists but was not created by compose.\n"
                            + "Set `external: true` to use an existing network"));
        }
        if (!owner.equals(projectName)) {
            return new KeepNetwork(network, existing, "exists, created for project \"" + owner + "\"", Optional.of(
                    "a network with name " + network.name() + " exists but was not created for project \""
                            + projectName + "\".\nSet `external: true` to use an existing network"));
        }
        if (!network.key().equals(existing.labels().get(ComposeLabels.NETWORK))) {
            return new MislabelledNetwork(network, existing);
        }
        String hash = existing.labels().get(ComposeLabels.CONFIG_HASH);
        if (hash == null || hash.isEmpty()) {
            return new KeepNetwork(network, existing, "exists without a config hash", Optional.empty());
        }
        if (hash.equals(network.configHash())) {
            return new KeepNetwork(network, existing, "up to date", Optional.empty());
        }
        return new RecreateNetwork(network, existing, "config changed: " + NetworkDrift.between(network, existing));
    }
}
