package io.jcompose.engine.reconcile;

import io.jcompose.engine.EngineClient;
import io.jcompose.engine.EngineException;
import io.jcompose.engine.api.ContainerSummary;
import io.jcompose.engine.api.ImageInspect;
import io.jcompose.engine.api.NetworkInspect;
import io.jcompose.engine.api.Volume;
import io.jcompose.network.AddressPool;
import io.jcompose.network.NetworkIpam;
import io.jcompose.network.ObservedNetwork;
import io.jcompose.spec.labels.ComposeLabels;
import io.jcompose.volumes.ObservedMount;
import io.jcompose.volumes.ObservedVolume;
import io.vertx.core.Future;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the engine has for a project: its containers (one label-filtered list, whose rows carry networks and
 * mounts), the networks and volumes (one list each; project networks inspected for their containers), and the
 * local images the services run.
 *
 * @param images by reference, only those present locally
 */
public record ObservedState(String project, List<ObservedContainer> containers, List<ObservedNetwork> networks,
                            List<ObservedVolume> volumes, Map<String, ObservedImage> images) {

    public ObservedState {
        Objects.requireNonNull(project);
        containers = containers.stream().sorted(Comparator.comparing(ObservedContainer::service)
                .thenComparingInt(ObservedContainer::number).thenComparing(ObservedContainer::name)).toList();
        networks = List.copyOf(networks);
        volumes = List.copyOf(volumes);
        images = Map.copyOf(images);
    }

    /** Nothing exists yet. */
    public static ObservedState empty(String project) {
        return new ObservedState(project, List.of(), List.of(), List.of(), Map.of());
    }

    /** The project's non-one-off containers of {@code service}, by number. */
    public List<ObservedContainer> containersOf(String service) {
        return containers.stream().filter(c -> !c.oneOff() && c.service().equals(service)).toList();
    }

    public Optional<ObservedNetwork> network(String name) {
        return networks.stream().filter(n -> n.name().equals(name)).findFirst();
    }

    /** Observes {@code project}; {@code imageReferences} are the images whose local ids matter. */
    public static Future<ObservedState> observe(EngineClient engine, String project, Collection<String> imageReferences) {
        Future<List<ObservedContainer>> containers = containers(engine, project);
        Future<List<ObservedNetwork>> networks = engine.networks().list(Map.of()).compose(list -> {
            List<Future<ObservedNetwork>> out = new ArrayList<>();
            for (NetworkInspect network : list) {
                // only the project's own networks may be recreated or removed: they need their containers
                out.add(project.equals(network.labels().get(ComposeLabels.PROJECT))
                        ? engine.networks().inspect(network.id()).map(ObservedState::network)
                        : Future.succeededFuture(network(network)));
            }
            return Future.all(out).map(all -> all.<ObservedNetwork>list());
        });
        Future<List<ObservedVolume>> volumes = engine.volumes().list(Map.of()).map(list -> list.stream()
                .map(ObservedState::volume).toList());
        List<Future<Optional<ObservedImage>>> imageFutures = new ArrayList<>();
        for (String reference : new HashSet<>(imageReferences)) {
            imageFutures.add(engine.images().inspect(reference)
                    .map(image -> Optional.of(image(reference, image)))
                    .recover(failure -> failure instanceof EngineException e && e.isNotFound()
                            ? Future.succeededFuture(Optional.empty()) : Future.failedFuture(failure)));
        }
        Future<Map<String, ObservedImage>> images = Future.all(imageFutures).map(all -> {
            Map<String, ObservedImage> out = new TreeMap<>();
            for (int i = 0; i < all.size(); i++) {
                Optional<ObservedImage> image = all.resultAt(i);
                image.ifPresent(found -> out.put(found.reference(), found));
            }
            return out;
        });
        return Future.all(containers, networks, volumes, images).map(all -> new ObservedState(project,
                containers.result(), networks.result(), volumes.result(), images.result()));
    }

    /**
     * The state the engine's list answers describe, networks as listed (without inspecting the project's for
     * their containers) and no images: a recorded state, for the start-up training.
     */
    public static ObservedState of(String project, List<ContainerSummary> containers, List<NetworkInspect> networks,
                                   List<Volume> volumes) {
        return new ObservedState(project, containers.stream().map(ObservedState::container).toList(),
                networks.stream().map(ObservedState::network).toList(),
                volumes.stream().map(ObservedState::volume).toList(), Map.of());
    }

    /** The project's containers alone (one list call): networks, volumes and images are left empty. */
    public static Future<ObservedState> observeContainers(EngineClient engine, String project) {
        return containers(engine, project).map(containers -> new ObservedState(project, containers, List.of(),
                List.of(), Map.of()));
    }

    private static Future<List<ObservedContainer>> containers(EngineClient engine, String project) {
        return engine.containers().listByLabels(true, List.of(ComposeLabels.PROJECT + "=" + project,
                ComposeLabels.CONFIG_HASH)).map(list -> list.stream().map(ObservedState::container).toList());
    }

    static ObservedContainer container(ContainerSummary summary) {
        Set<String> networkIds = new HashSet<>();
        summary.networkSettings().networks().values().forEach(n -> networkIds.add(n.networkId()));
        List<ObservedMount> mounts = summary.mounts().stream()
                .map(m -> new ObservedMount(m.type(), m.name().isEmpty() ? Optional.empty() : Optional.of(m.name()),
                        m.source(), m.destination(), m.rw()))
                .toList();
        return new ObservedContainer(summary.id(), summary.name(), summary.labels(), summary.state(), networkIds,
                mounts);
    }

    static ObservedNetwork network(NetworkInspect network) {
        List<AddressPool> pools = network.ipam().config().stream()
                .map(p -> new AddressPool(text(p.subnet()), text(p.ipRange()), text(p.gateway()),
                        p.auxiliaryAddresses()))
                .toList();
        NetworkIpam ipam = new NetworkIpam(text(network.ipam().driver()), pools, network.ipam().options());
        return new ObservedNetwork(network.id(), network.name(), network.driver(), network.labels(),
                network.options(), ipam, network.internal(), network.attachable(), network.enableIpv6(),
                List.copyOf(network.containers().keySet()));
    }

    static ObservedVolume volume(Volume volume) {
        return new ObservedVolume(volume.name(), volume.driver(), volume.labels(), volume.options());
    }

    static ObservedImage image(String reference, ImageInspect image) {
        return new ObservedImage(reference, image.id(), image.config().volumes().keySet(),
                lastTagged(image.metadata().lastTagTime()));
    }

    private static Optional<Instant> lastTagged(String rfc3339) {
        try {
            return rfc3339.isEmpty() ? Optional.empty() : Optional.of(OffsetDateTime.parse(rfc3339).toInstant());
        } catch (DateTimeParseException notATime) {
            return Optional.empty();
        }
    }

    private static Optional<String> text(String value) {
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
