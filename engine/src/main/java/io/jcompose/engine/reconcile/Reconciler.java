package io.jcompose.engine.reconcile;

import io.jcompose.engine.container.ContainerNames;
import io.jcompose.engine.reconcile.Action.ContainerRef;
import io.jcompose.network.NetworkChange;
import io.jcompose.network.NetworkPlan;
import io.jcompose.network.NetworkPlanner;
import io.jcompose.network.ObservedNetwork;
import io.jcompose.network.ServiceAttachment;
import io.jcompose.network.ServiceNetworking;
import io.jcompose.spec.graph.DependencyGraph;
import io.jcompose.spec.model.Project;
import io.jcompose.spec.model.ServiceConfig;
import io.jcompose.spec.output.ConfigHash;
import io.jcompose.volumes.ObservedMount;
import io.jcompose.volumes.VolumeChange;
import io.jcompose.volumes.VolumePlan;
import io.jcompose.volumes.VolumePlanner;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The pure planner: desired project against observed state gives a {@link Plan} (reference 3.4, 3.5, 3.8, 3.9).
 * Services are visited dependencies first; each container is kept, started, recreated (with the reason) or
 * created, and scale changes add the next numbers or remove the highest.
 */
public final class Reconciler {

    private Reconciler() {
    }

    /** The plan of {@code up} (and of {@code create} with {@link UpOptions#noStart()}). */
    public static Plan up(ProjectContext context, ObservedState observed, UpOptions options) {
        return up(context, observed, options, question -> options.assumeYes());
    }

    /**
     * As {@link #up(ProjectContext, ObservedState, UpOptions)}, asking {@code confirmVolumeRecreate} compose's
     * question about each volume whose configuration changed: recreating it loses its data, so it is never
     * done without a yes ({@code -y} answers yes to every question).
     */
    public static Plan up(ProjectContext context, ObservedState observed, UpOptions options,
                          Predicate<String> confirmVolumeRecreate) {
        return new UpPlanning(context, observed, options, confirmVolumeRecreate, Optional.empty()).plan();
    }

    /**
     * {@code run SERVICE}: what the one-off container needs before it is created: the service's image, networks
     * and volumes and, unless {@code options.noDeps()}, its dependencies as {@code up} starts them. The
     * service's own containers are left alone; {@code options.services()} is not used.
     */
    public static Plan run(ProjectContext context, ObservedState observed, UpOptions options, String service) {
        return new UpPlanning(context, observed, options, question -> options.assumeYes(), Optional.of(service))
                .plan();
    }

    /** The gates a one-off of {@code service} waits at: its depends_on conditions on its dependencies' containers. */
    public static List<Gate> oneOffGates(Map<String, List<DependsOn>> graph, String service, ObservedState observed) {
        List<Gate> gates = new ArrayList<>();
        for (DependsOn edge : graph.getOrDefault(service, List.of())) {
            List<String> containers = names(observed.containersOf(edge.service()));
            if (!containers.isEmpty()) {
                gate(edge, containers).ifPresent(gates::add);
            }
        }
        return gates;
    }

    /** {@code down}: containers in reverse dependency order, then networks, then (with {@code -v}) volumes. */
    public static Plan down(Optional<Project> project, ObservedState observed, boolean volumes, boolean removeOrphans,
                            Optional<Duration> timeout, String composeVersion) {
        return down(project, observed, volumes, removeOrphans, timeout, composeVersion, List.of());
    }

    /** {@code down --rmi}: as {@link #down}, then {@code images} (see {@link DownImages}) once the containers are gone. */
    public static Plan down(Optional<Project> project, ObservedState observed, boolean volumes, boolean removeOrphans,
                            Optional<Duration> timeout, String composeVersion, List<String> images) {
        PlanBuilder plan = new PlanBuilder();
        List<ObservedContainer> containers = new ArrayList<>();
        for (ObservedContainer container : observed.containers()) {
            boolean known = project.map(p -> p.services().containsKey(container.service())
                    || p.disabledServices().containsKey(container.service())).orElse(true);
            if (!container.oneOff() && known || removeOrphans) {
                containers.add(container);
            }
        }
        Map<String, List<DependsOn>> graph = project.map(DependsOn::of)
                .orElseGet(() -> DependsOn.fromLabels(observed.containers()));
        Map<String, Integer> removed = stopInReverseOrder(plan, containers, graph, timeout);
        List<Integer> allRemoved = List.copyOf(new TreeSet<>(removed.values()));
        NetworkPlanner networks = new NetworkPlanner(composeVersion);
        NetworkPlan networkPlan = project.map(p -> networks.down(p, observed.networks()))
                .orElseGet(() -> networks.down(observed.project(), observed.networks()));
        for (NetworkChange change : networkPlan.changes()) {
            if (change instanceof NetworkChange.RemoveNetwork remove) {
                // as soon as the last container on it is gone; one whose networks the engine did not say may be
                List<Integer> after = containers.stream()
                        .filter(c -> c.networkIds().contains(remove.observed().id()) || c.networkIds().contains(""))
                        .map(c -> removed.get(c.id())).sorted().toList();
                plan.add(new Action.RemoveNetwork(remove.name(), remove.observed().id(), remove.reason()), after);
            }
        }
        if (volumes) {
            Map<String, List<ObservedMount>> mounts = new TreeMap<>();
            containers.forEach(c -> mounts.put(c.name(), c.mounts()));
            VolumePlanner planner = new VolumePlanner(composeVersion);
            VolumePlan volumePlan = project.map(p -> planner.down(p, observed.volumes(), mounts))
                    .orElseGet(() -> planner.down(observed.project(), observed.volumes(), mounts));
            for (VolumeChange change : volumePlan.changes()) {
                // as soon as the containers mounting it are gone
                List<Integer> after = containers.stream()
                        .filter(c -> c.mounts().stream().anyMatch(m -> m.name().filter(change.name()::equals)
                                .isPresent()))
                        .map(c -> removed.get(c.id())).sorted().toList();
                plan.add(new Action.RemoveVolume(change.name(), change.reason()), after);
            }
        }
        for (String image : images) {
            plan.add(new Action.RemoveImage(image, "--rmi"), allRemoved);
        }
        if (project.isPresent()) {
            warnOrphans(plan, project.get(), observed, removeOrphans, false);
        }
        Plan result = plan.build();
        if (result.isEmpty()) {
            plan.warn("No resource found to remove for project \"" + observed.project() + "\".");
            return plan.build();
        }
        return result;
    }

    /** {@code stop [SERVICE...]}: running containers in reverse dependency order, a level at once. */
    public static Plan stop(Map<String, List<DependsOn>> graph, ObservedState observed, Set<String> services,
                            Optional<Duration> timeout) {
        PlanBuilder plan = new PlanBuilder();
        List<ObservedContainer> containers = observed.containers().stream()
                .filter(c -> !c.oneOff() && (services.isEmpty() || services.contains(c.service())))
                .toList();
        Map<String, Set<String>> dependants = DependsOn.dependants(graph);
        Map<String, List<ObservedContainer>> byService = containers.stream()
                .collect(Collectors.groupingBy(ObservedContainer::service));
        Map<String, List<Integer>> stopped = new HashMap<>();
        for (String service : reverseOrder(byService.keySet(), graph)) {
            List<Integer> after = dependantStops(dependants, service, stopped);
            List<Integer> stops = new ArrayList<>();
            for (ObservedContainer container : byService.getOrDefault(service, List.of())) {
                if (container.running() || container.state().equals("paused")) {
                    stops.add(plan.add(new Action.StopContainer(ContainerRef.observed(container), timeout, ""), after));
                } else {
                    plan.keep("Container " + container.name() + " (" + container.state() + ")");
                }
            }
            stopped.put(service, stops);
        }
        return plan.build();
    }

    /**
     * {@code start [SERVICE...]}: stopped containers in dependency order, each service once its dependencies
     * meet their conditions.
     */
    public static Plan start(Map<String, List<DependsOn>> graph, ObservedState observed, Set<String> services) {
        PlanBuilder plan = new PlanBuilder();
        Map<String, List<Integer>> started = new HashMap<>();
        for (String service : DependsOn.order(graph)) {
            if (!services.isEmpty() && !services.contains(service)) {
                continue;
            }
            List<Integer> after = new ArrayList<>();
            List<Gate> gates = new ArrayList<>();
            for (DependsOn edge : graph.getOrDefault(service, List.of())) {
                after.addAll(started.getOrDefault(edge.service(), List.of()));
                gate(edge, names(observed.containersOf(edge.service()))).ifPresent(gates::add);
            }
            List<Integer> ids = new ArrayList<>();
            for (ObservedContainer container : observed.containersOf(service)) {
                if (container.running()) {
                    plan.keep("Container " + container.name() + " (running)");
                } else {
                    ids.add(plan.add(new Action.StartContainer(ContainerRef.observed(container), container.state()),
                            after, gates));
                }
            }
            started.put(service, ids);
        }
        return plan.build();
    }

    /**
     * {@code restart [SERVICE...]}: in dependency order; without {@code noDeps} the dependants that declared
     * {@code restart: true} on a restarted service are restarted after it.
     */
    public static Plan restart(Map<String, List<DependsOn>> graph, ObservedState observed, Set<String> services,
                               boolean noDeps, Optional<Duration> timeout) {
        Set<String> selected = new TreeSet<>(services.isEmpty() ? graph.keySet() : services);
        if (!noDeps) {
            boolean grew = true;
            while (grew) {
                grew = false;
                for (Map.Entry<String, List<DependsOn>> entry : graph.entrySet()) {
                    if (!selected.contains(entry.getKey()) && entry.getValue().stream()
                            .anyMatch(e -> e.restart() && selected.contains(e.service()))) {
                        grew = selected.add(entry.getKey());
                    }
                }
            }
        }
        PlanBuilder plan = new PlanBuilder();
        Map<String, List<Integer>> restarted = new HashMap<>();
        for (String service : DependsOn.order(graph)) {
            if (!selected.contains(service)) {
                continue;
            }
            List<Integer> after = new ArrayList<>();
            graph.getOrDefault(service, List.of()).forEach(e -> after.addAll(restarted.getOrDefault(e.service(),
                    List.of())));
            List<Integer> ids = new ArrayList<>();
            for (ObservedContainer container : observed.containersOf(service)) {
                ids.add(plan.add(new Action.RestartContainer(ContainerRef.observed(container), timeout, ""), after));
            }
            restarted.put(service, ids);
        }
        return plan.build();
    }

    /**
     * {@code down}'s stop and remove nodes: a service's containers stop once the containers of every service
     * depending on it stopped (a whole dependency level at once), and each is removed as soon as it stopped.
     * Returns the remove node by container id.
     */
    private static Map<String, Integer> stopInReverseOrder(PlanBuilder plan, List<ObservedContainer> containers,
            Map<String, List<DependsOn>> graph, Optional<Duration> timeout) {
        Map<String, Set<String>> dependants = DependsOn.dependants(graph);
        Map<String, List<ObservedContainer>> byService = containers.stream()
                .collect(Collectors.groupingBy(ObservedContainer::service));
        Map<String, List<Integer>> stopped = new HashMap<>();
        Map<String, Integer> removed = new HashMap<>();
        for (String service : reverseOrder(byService.keySet(), graph)) {
            List<Integer> after = dependantStops(dependants, service, stopped);
            List<Integer> stops = new ArrayList<>();
            for (ObservedContainer container : byService.getOrDefault(service, List.of())) {
                ContainerRef ref = ContainerRef.observed(container);
                List<Integer> removeAfter = after;
                if (container.running() || container.state().equals("paused")) {
                    int stop = plan.add(new Action.StopContainer(ref, timeout, ""), after);
                    stops.add(stop);
                    removeAfter = List.of(stop);
                }
                removed.put(container.id(), plan.add(new Action.RemoveContainer(ref, false, ""), removeAfter));
            }
            stopped.put(service, stops);
        }
        return removed;
    }

    /** {@code services} and the graph's, dependants first; services the graph does not know come first. */
    private static List<String> reverseOrder(Set<String> services, Map<String, List<DependsOn>> graph) {
        Set<String> order = new LinkedHashSet<>(DependsOn.order(graph));
        order.addAll(new TreeSet<>(services));
        List<String> reversed = new ArrayList<>(order);
        java.util.Collections.reverse(reversed);
        return reversed;
    }

    /** The stop nodes of the services that depend on {@code service}. */
    private static List<Integer> dependantStops(Map<String, Set<String>> dependants, String service,
                                                Map<String, List<Integer>> stopped) {
        List<Integer> after = new ArrayList<>();
        dependants.getOrDefault(service, Set.of())
                .forEach(dependant -> after.addAll(stopped.getOrDefault(dependant, List.of())));
        return after;
    }

    /**
     * {@code --wait}: every service of {@code services} with containers is running (or healthy when it has a
     * health check), or completed successfully when another service depends on it that way (reference 3.7).
     */
    public static List<Gate> waitGates(Map<String, List<DependsOn>> graph, Set<String> services,
                                       ObservedState observed) {
        Set<String> completed = new HashSet<>();
        graph.values().forEach(edges -> edges.stream().filter(e -> e.condition().equals(Gate.COMPLETED))
                .forEach(e -> completed.add(e.service())));
        List<Gate> gates = new ArrayList<>();
        for (String service : new TreeSet<>(services)) {
            List<String> containers = names(observed.containersOf(service));
            if (!containers.isEmpty()) {
                gates.add(new Gate(service, completed.contains(service) ? Gate.COMPLETED : Gate.RUNNING_OR_HEALTHY,
                        true, containers));
            }
        }
        return gates;
    }

    static Optional<Gate> gate(DependsOn edge, List<String> containers) {
        // service_started is ordering only: the start nodes of the dependency come first
        if (edge.condition().equals(Gate.STARTED)) {
            return Optional.empty();
        }
        return Optional.of(new Gate(edge.service(), edge.condition(), edge.required(), containers));
    }

    private static List<String> names(List<ObservedContainer> containers) {
        return containers.stream().map(ObservedContainer::name).toList();
    }

    static void warnOrphans(PlanBuilder plan, Project project, ObservedState observed, boolean remove,
                            boolean ignore) {
        List<ObservedContainer> orphans = orphans(project, observed);
        if (orphans.isEmpty() || remove || ignore) {
            return;
        }
        plan.warn("Found orphan containers (" + orphans.stream().map(ObservedContainer::name)
                .collect(Collectors.joining(", ")) + ") for this project. If you removed or renamed this service "
                + "in your compose file, you can run this command with the --remove-orphans flag to clean it up.");
    }

    /** Containers of services the model no longer has (neither enabled nor disabled by a profile). */
    static List<ObservedContainer> orphans(Project project, ObservedState observed) {
        return observed.containers().stream()
                .filter(c -> !c.oneOff())
                .filter(c -> !project.services().containsKey(c.service())
                        && !project.disabledServices().containsKey(c.service()))
                .toList();
    }

    /** One {@code up} planning pass. */
    private static final class UpPlanning {

        private final ProjectContext context;
        private final Project project;
        private final ObservedState observed;
        private final UpOptions options;
        private final Predicate<String> confirmVolumeRecreate;
        private final Optional<String> oneOff;
        private final PlanBuilder plan = new PlanBuilder();
        private final Map<String, Integer> imageNodes = new HashMap<>();
        private final Map<String, Integer> networkNodes = new HashMap<>();
        private final Set<String> changedNetworks = new HashSet<>();
        private final Map<String, Integer> volumeNodes = new HashMap<>();
        private final Map<String, List<Integer>> createNodes = new HashMap<>();
        private final Map<String, List<Integer>> startNodes = new HashMap<>();
        private final Map<String, List<String>> finalNames = new HashMap<>();
        private final Set<String> recreatedServices = new HashSet<>();
        private final Set<String> removedForVolumes = new HashSet<>();
        private final Map<String, List<ObservedContainer>> keptRunning = new HashMap<>();

        UpPlanning(ProjectContext context, ObservedState observed, UpOptions options,
                   Predicate<String> confirmVolumeRecreate, Optional<String> oneOff) {
            this.confirmVolumeRecreate = confirmVolumeRecreate;
            this.oneOff = oneOff;
            this.context = context;
            this.project = context.project();
            this.observed = observed;
            this.options = options;
        }

        Plan plan() {
            DependencyGraph graph = DependencyGraph.of(project);
            for (String service : oneOff.map(Set::of).orElse(options.services())) {
                if (!project.services().containsKey(service)) {
                    throw new ReconcileException("no such service: " + service);
                }
            }
            Set<String> targets = oneOff.map(Set::of).orElse(options.services().isEmpty()
                    ? project.services().keySet() : options.services());
            Set<String> scope = options.noDeps() ? targets : graph.withDependencies(targets);
            orphans();
            images(scope);
            networks(scope);
            volumes(scope);
            Map<String, List<DependsOn>> edges = DependsOn.of(project);
            for (String service : graph.order()) {
                // a one-off's own service gets no container from up: run creates the one-off itself
                if (scope.contains(service) && oneOff.filter(service::equals).isEmpty()) {
                    service(project.services().get(service), targets.contains(service), scope, edges);
                }
            }
            return plan.build();
        }

        private void orphans() {
            List<ObservedContainer> orphans = Reconciler.orphans(project, observed);
            if (options.removeOrphans()) {
                for (ObservedContainer orphan : orphans) {
                    ContainerRef ref = ContainerRef.observed(orphan);
                    List<Integer> after = new ArrayList<>();
                    if (orphan.running()) {
                        after.add(plan.add(new Action.StopContainer(ref, options.timeout(), "orphan"), List.of()));
                    }
                    plan.add(new Action.RemoveContainer(ref, false, "orphan"), after);
                }
            }
            warnOrphans(plan, project, observed, options.removeOrphans(), options.ignoreOrphans());
        }

        private void images(Set<String> scope) {
            for (String name : scope) {
                ServiceConfig service = project.services().get(name);
                String image = image(service);
                if (builtByTheProject(image)) {
                    continue; // built before the plan (BuildNeed), never pulled
                }
                String policy = options.pull().or(service::pullPolicy).orElse("missing");
                boolean present = observed.images().containsKey(image);
                if (imageNodes.containsKey(image)) {
                    continue;
                }
                switch (policy) {
                    case "always" -> imageNodes.put(image, plan.add(new Action.PullImage(image,
                            "pull policy always"), List.of()));
                    case "never" -> {
                        if (!present) {
                            throw new ReconcileException("service " + name + ": image " + image
                                    + " not found locally and pull_policy is never");
                        }
                    }
                    case "build" -> throw new ReconcileException("service " + name
                            + ": pull_policy build needs a build section");
                    default -> {
                        if (!present) {
                            imageNodes.put(image, plan.add(new Action.PullImage(image, "not found locally"),
                                    List.of()));
                        } else if (PullRefresh.of(policy).filter(refresh -> refresh.due(
                                observed.images().get(image).lastTagged(), Instant.now())).isPresent()) {
                            imageNodes.put(image, plan.add(new Action.PullImage(image, "pull policy " + policy
                                    + ", last pulled before its period"), List.of()));
                        }
                    }
                }
            }
        }

        private boolean builtByTheProject(String image) {
            return project.services().values().stream()
                    .anyMatch(s -> s.build().isPresent() && s.imageName(project.name()).equals(image));
        }

        private String image(ServiceConfig service) {
            return service.imageName(project.name());
        }

        /** As compose, images are pulled before anything is created: a failed pull changes nothing. */
        private List<Integer> pulls() {
            return List.copyOf(imageNodes.values());
        }

        private void networks(Set<String> scope) {
            NetworkPlan networks = new NetworkPlanner(context.version()).up(project, observed.networks(), scope, false);
            for (NetworkChange change : networks.changes()) {
                if (change instanceof NetworkChange.NetworkFailure failure) {
                    throw new ReconcileException(failure.message());
                } else if (change instanceof NetworkChange.CreateNetwork create) {
                    networkNodes.put(create.name(), plan.add(new Action.CreateNetwork(create.network(),
                            create.reason()), pulls()));
                    changedNetworks.add(create.name());
                } else if (change instanceof NetworkChange.RecreateNetwork recreate) {
                    List<Integer> disconnects = new ArrayList<>();
                    for (String id : recreate.containerIds()) {
                        String name = observed.containers().stream().filter(c -> c.id().equals(id)).findFirst()
                                .map(ObservedContainer::name).orElse(id);
                        disconnects.add(plan.add(new Action.DisconnectNetwork(recreate.name(),
                                new ContainerRef(name, Optional.of(id)), "network recreated"), pulls()));
                    }
                    int removed = plan.add(new Action.RemoveNetwork(recreate.name(), recreate.observed().id(),
                            recreate.reason()), disconnects);
                    networkNodes.put(recreate.name(), plan.add(new Action.CreateNetwork(recreate.network(),
                            recreate.reason()), List.of(removed)));
                    changedNetworks.add(recreate.name());
                } else if (change instanceof NetworkChange.KeepNetwork keep) {
                    keep.warning().ifPresent(plan::warn);
                }
            }
        }

        private void volumes(Set<String> scope) {
            VolumePlan volumes = new VolumePlanner(context.version())
                    .up(project, observed.volumes(), scope, false, options.assumeYes())
                    .resolve(drift -> {
                        boolean yes = confirmVolumeRecreate.test(drift.prompt());
                        if (!yes) {
                            plan.warn(drift.prompt() + " Kept as it is: run with -y to recreate it.");
                        }
                        return yes;
                    });
            for (VolumeChange change : volumes.changes()) {
                if (change instanceof VolumeChange.MissingExternalVolume missing) {
                    throw new ReconcileException(missing.message());
                } else if (change instanceof VolumeChange.CreateVolume create) {
                    volumeNodes.put(create.name(), plan.add(new Action.CreateVolume(create.volume(),
                            create.reason()), pulls()));
                } else if (change instanceof VolumeChange.KeepVolume keep) {
                    keep.warning().ifPresent(plan::warn);
                } else if (change instanceof VolumeChange.RecreateVolume recreate) {
                    recreateVolume(recreate);
                }
            }
        }

        /**
         * A changed volume the user agreed to lose (-y): the containers mounting it go first (stopped, removed,
         * and created afresh later), then the volume is removed and created anew.
         */
        private void recreateVolume(VolumeChange.RecreateVolume recreate) {
            List<Integer> removals = new ArrayList<>(pulls());
            for (String service : recreate.services()) {
                for (ObservedContainer container : observed.containersOf(service)) {
                    ContainerRef ref = ContainerRef.observed(container);
                    String cause = "volume " + recreate.name() + " recreated";
                    List<Integer> after = new ArrayList<>();
                    if (container.running()) {
                        after.add(plan.add(new Action.StopContainer(ref, options.timeout(), cause), List.of()));
                    }
                    removals.add(plan.add(new Action.RemoveContainer(ref, false, cause), after));
                    removedForVolumes.add(container.id());
                }
            }
            int removed = plan.add(new Action.RemoveVolume(recreate.name(), recreate.reason()), removals);
            volumeNodes.put(recreate.name(), plan.add(new Action.CreateVolume(recreate.volume(), recreate.reason()),
                    List.of(removed)));
        }

        private int scale(ServiceConfig service) {
            Integer flag = options.scale().get(service.name());
            if (flag != null) {
                return flag;
            }
            return service.deploy().flatMap(d -> d.replicas()).or(service::scale).orElse(1L).intValue();
        }

        private void service(ServiceConfig service, boolean target, Set<String> scope,
                             Map<String, List<DependsOn>> edges) {
            String name = service.name();
            int scale = scale(service);
            if (service.containerName().isPresent() && scale > 1) {
                throw new ReconcileException("services.scale: can't set container_name and " + name
                        + " as container name must be unique");
            }
            List<ObservedContainer> existing = observed.containersOf(name).stream()
                    .filter(c -> !removedForVolumes.contains(c.id())).toList();
            // keyed by id: hashing the whole record would link its generated hashCode on every up
            Map<String, String> reasons = new HashMap<>();
            existing.forEach(c -> reasons.put(c.id(), recreateReason(service, c, target, scope)));
            List<ObservedContainer> removeOrder = new ArrayList<>(existing);
            removeOrder.sort(Comparator.comparing((ObservedContainer c) -> reasons.get(c.id()).isEmpty())
                    .thenComparing(Comparator.comparingInt(ObservedContainer::number).reversed()));
            List<ObservedContainer> surplus = removeOrder.subList(0, Math.max(0, existing.size() - scale));
            Set<String> surplusIds = new HashSet<>(surplus.stream().map(ObservedContainer::id).toList());
            List<Integer> creates = new ArrayList<>();
            List<Integer> starts = new ArrayList<>();
            List<String> names = new ArrayList<>();
            List<Integer> before = createPrerequisites(service, scope);
            List<Integer> startAfter = new ArrayList<>();
            List<Gate> gates = new ArrayList<>();
            for (DependsOn edge : edges.getOrDefault(name, List.of())) {
                if (!scope.contains(edge.service())) {
                    continue;
                }
                startAfter.addAll(startNodes.getOrDefault(edge.service(), List.of()));
                gate(edge, finalNames.getOrDefault(edge.service(), List.of())).ifPresent(gates::add);
            }
            for (ObservedContainer container : surplus) {
                ContainerRef ref = ContainerRef.observed(container);
                List<Integer> after = new ArrayList<>();
                if (container.running()) {
                    after.add(plan.add(new Action.StopContainer(ref, options.timeout(), "scale down to " + scale),
                            List.of()));
                }
                plan.add(new Action.RemoveContainer(ref, false, "scale down to " + scale), after);
            }
            List<ObservedContainer> remaining = existing.stream().filter(c -> !surplusIds.contains(c.id()))
                    .sorted(Comparator.comparingInt(ObservedContainer::number)).toList();
            List<ObservedContainer> running = new ArrayList<>();
            for (ObservedContainer container : remaining) {
                String reason = reasons.get(container.id());
                names.add(container.name());
                if (reason.isEmpty()) {
                    if (container.running()) {
                        plan.keep("Container " + container.name() + " (up to date, running)");
                        running.add(container);
                    } else if (options.noStart()) {
                        plan.keep("Container " + container.name() + " (up to date, " + container.state() + ")");
                    } else {
                        starts.add(plan.add(new Action.StartContainer(ContainerRef.observed(container),
                                "up to date, " + container.state()), startAfter, gates));
                    }
                    continue;
                }
                recreatedServices.add(name);
                ContainerRef old = ContainerRef.observed(container);
                String temporary = ContainerNames.temporary(container.id(), container.name());
                ContainerRecipe recipe = recipe(service, container.number(), container.name(),
                        Optional.of(temporary), container.mounts());
                int create = plan.add(new Action.CreateContainer(recipe, reason), before);
                int stop = plan.add(new Action.StopContainer(old, options.timeout(), "replaced"), List.of(create));
                // with -V the old anonymous volumes are not inherited: they go with their container
                int remove = plan.add(new Action.RemoveContainer(old, options.renewAnonymousVolumes(), "replaced"),
                        List.of(stop));
                int rename = plan.add(new Action.RenameContainer(temporary, container.name(), "replaced"),
                        List.of(remove));
                creates.add(rename);
                if (!options.noStart()) {
                    List<Integer> after = new ArrayList<>(startAfter);
                    after.add(rename);
                    starts.add(plan.add(new Action.StartContainer(ContainerRef.planned(container.name()),
                            "recreated"), after, gates));
                }
            }
            Set<Integer> numbers = new TreeSet<>();
            remaining.forEach(c -> numbers.add(c.number()));
            for (int i = remaining.size(); i < scale; i++) {
                int number = ContainerNames.nextNumber(numbers);
                numbers.add(number);
                String containerName = context.names().service(project.name(), service, number);
                names.add(containerName);
                ContainerRecipe recipe = recipe(service, number, containerName, Optional.empty(), List.of());
                int create = plan.add(new Action.CreateContainer(recipe, existing.isEmpty() && i == 0
                        ? "no existing container" : "scale up to " + scale), before);
                creates.add(create);
                if (!options.noStart()) {
                    List<Integer> after = new ArrayList<>(startAfter);
                    after.add(create);
                    starts.add(plan.add(new Action.StartContainer(ContainerRef.planned(containerName), "created"),
                            after, gates));
                }
            }
            restartDependants(service, edges, running, startAfter, gates);
            createNodes.put(name, creates);
            startNodes.put(name, starts);
            finalNames.put(name, names);
            keptRunning.put(name, running);
        }

        /** {@code restart: true}: a kept, running container restarts after a dependency was recreated. */
        private void restartDependants(ServiceConfig service, Map<String, List<DependsOn>> edges,
                                       List<ObservedContainer> running, List<Integer> after, List<Gate> gates) {
            List<String> causes = edges.getOrDefault(service.name(), List.of()).stream()
                    .filter(e -> e.restart() && recreatedServices.contains(e.service()))
                    .map(DependsOn::service).toList();
            if (causes.isEmpty() || options.noStart()) {
                return;
            }
            for (ObservedContainer container : running) {
                plan.add(new Action.RestartContainer(ContainerRef.observed(container), options.timeout(),
                        "dependency " + String.join(",", causes) + " recreated"), after, gates);
            }
        }

        /** What a create of this service waits for: its image, networks, volumes, and shared namespaces. */
        private List<Integer> createPrerequisites(ServiceConfig service, Set<String> scope) {
            Set<Integer> out = new LinkedHashSet<>();
            Optional.ofNullable(imageNodes.get(image(service))).ifPresent(out::add);
            for (ServiceAttachment attachment : ServiceNetworking.of(project, service).attachments()) {
                Optional.ofNullable(networkNodes.get(attachment.networkName())).ifPresent(out::add);
            }
            for (var volume : service.volumes()) {
                if (volume.type().filter("volume"::equals).isPresent() && volume.source().isPresent()) {
                    var config = project.volumes().get(volume.source().get());
                    if (config != null) {
                        String engineName = config.name().orElse(config.external() ? volume.source().get()
                                : project.name() + "_" + volume.source().get());
                        Optional.ofNullable(volumeNodes.get(engineName)).ifPresent(out::add);
                    }
                }
            }
            for (String parent : sharedWith(service)) {
                if (scope.contains(parent)) {
                    out.addAll(startNodes.getOrDefault(parent, List.of()));
                    out.addAll(createNodes.getOrDefault(parent, List.of()));
                }
            }
            return new ArrayList<>(out);
        }

        /** Services whose containers this one shares a namespace or volumes with. */
        private static Set<String> sharedWith(ServiceConfig service) {
            Set<String> out = new TreeSet<>();
            for (Optional<String> mode : List.of(service.networkMode(), service.ipc(), service.pid())) {
                mode.filter(m -> m.startsWith("service:")).ifPresent(m -> out.add(m.substring("service:".length())));
            }
            for (String from : service.volumesFrom()) {
                if (!from.startsWith("container:")) {
                    out.add(from.split(":")[0]);
                }
            }
            return out;
        }

        private String recreateReason(ServiceConfig service, ObservedContainer container, boolean target,
                                      Set<String> scope) {
            if (options.noRecreate()) {
                return "";
            }
            if (target && options.forceRecreate()) {
                return "--force-recreate";
            }
            if (!target && options.alwaysRecreateDeps()) {
                return "dependency (--always-recreate-deps)";
            }
            for (String parent : sharedWith(service)) {
                if (recreatedServices.contains(parent) && scope.contains(parent)) {
                    return "shares " + parent + ", which is recreated";
                }
            }
            if (!container.configHash().orElse("").equals(ConfigHash.of(service))) {
                return "config hash changed";
            }
            ObservedImage image = observed.images().get(image(service));
            if (image != null && container.imageId().isPresent() && !image.id().equals(container.imageId().get())) {
                return "image " + image.reference() + " changed";
            }
            for (ServiceAttachment attachment : ServiceNetworking.of(project, service).attachments()) {
                if (changedNetworks.contains(attachment.networkName())) {
                    return "network " + attachment.networkName() + " recreated";
                }
                Optional<ObservedNetwork> network = observed.network(attachment.networkName());
                if (container.running() && network.isPresent()
                        && !container.networkIds().contains(network.get().id())) {
                    return "not connected to network " + attachment.networkName();
                }
            }
            return "";
        }

        private ContainerRecipe recipe(ServiceConfig service, int number, String name, Optional<String> temporary,
                                       List<ObservedMount> previousMounts) {
            String image = image(service);
            Set<String> imageVolumes = Optional.ofNullable(observed.images().get(image))
                    .map(ObservedImage::volumes).orElse(Set.of());
            Optional<String> replaced = temporary.map(t -> context.names().replaced(service, number));
            return new ContainerRecipe(service, number, name, temporary, replaced, image, previousMounts,
                    imageVolumes, options.renewAnonymousVolumes());
        }
    }
}
