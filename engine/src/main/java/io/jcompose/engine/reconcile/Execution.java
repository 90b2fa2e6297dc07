package io.jcompose.engine.reconcile;

import io.jcompose.engine.EngineClient;
import io.jcompose.engine.EngineException;
import io.jcompose.engine.api.NetworkCreateBody;
import io.jcompose.engine.auth.RegistryCredentials;
import io.jcompose.engine.api.VolumeCreateBody;
import io.jcompose.engine.container.ContainerCreate;
import io.jcompose.engine.container.ContainerCreateException;
import io.jcompose.engine.container.ContainerCreateRequest;
import io.jcompose.engine.container.CreateContext;
import io.jcompose.engine.container.NetworkConnect;
import io.jcompose.engine.reconcile.Action.ContainerRef;
import io.jcompose.network.AddressPool;
import io.jcompose.network.DesiredNetwork;
import io.jcompose.network.ServiceAttachment;
import io.jcompose.network.ServiceNetworking;
import io.jcompose.volumes.DesiredVolume;
import io.jcompose.volumes.MountPlan;
import io.jcompose.volumes.MountPlanner;
import io.vertx.core.Future;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The run-time side of a plan: the engine, what earlier steps produced (container ids by name, image ids after
 * a pull), and the serialization of the starts of containers that publish ports.
 *
 * <p>The engine allocates published host ports (a range, or an ephemeral port) non-atomically, so two starts at
 * once can be handed the same port; compose therefore starts one container at a time (reference 3.17). Only
 * those starts race: a container without published ports allocates none, and what else a start allocates (an
 * endpoint, its address from the network's pool) the engine does under its own locks. So the starts of containers
 * that publish ports go one at a time, and every other start goes at once, which halves the cold start of a wide
 * stack (30 starts: 10.3 s one by one, 5.3 s at once, measured on Docker 20.10 with 2 cores).
 */
public final class Execution {

    private final EngineClient engine;
    private final Optional<ProjectContext> context;
    private final Progress progress;
    private final Timeline timeline;
    private final Map<String, String> containerIds = new ConcurrentHashMap<>();
    private final Map<String, String> serviceContainers = new ConcurrentHashMap<>();
    private final Map<String, String> imageIds = new ConcurrentHashMap<>();
    /** By container name: whether its start allocates published ports; an unknown container counts as yes. */
    private final Map<String, Boolean> publishing = new ConcurrentHashMap<>();
    private Future<Void> lastStart = Future.succeededFuture();
    private RegistryCredentials credentials;
    private volatile StartHook startHook = StartHook.NONE;

    public Execution(EngineClient engine, Optional<ProjectContext> context, ObservedState observed, Progress progress) {
        this(engine, context, observed, progress, Timeline.off());
    }

    /** As the other constructor, recording each step's span on {@code timeline}. */
    public Execution(EngineClient engine, Optional<ProjectContext> context, ObservedState observed, Progress progress,
                     Timeline timeline) {
        this.engine = engine;
        this.context = context;
        this.progress = progress;
        this.timeline = timeline;
        for (ObservedContainer container : observed.containers()) {
            containerIds.put(container.name(), container.id());
            if (!container.oneOff() && container.number() == 1) {
                serviceContainers.putIfAbsent(container.service(), container.id());
            }
            // a kept container is up to date: its service's ports are those it was created with
            context.map(c -> c.project().services().get(container.service()))
                    .ifPresent(service -> publishing.put(container.name(), !service.ports().isEmpty()));
        }
        observed.images().forEach((reference, image) -> imageIds.put(reference, image.id()));
    }

    private synchronized RegistryCredentials credentials() {
        if (credentials == null) {
            credentials = RegistryCredentials.fromEnvironment(progress::warning);
        }
        return credentials;
    }

    /** What runs before each container start of the plan (and before its start is queued behind others). */
    public void beforeStart(StartHook hook) {
        this.startHook = hook;
    }

    public EngineClient engine() {
        return engine;
    }

    public Progress progress() {
        return progress;
    }

    public Timeline timeline() {
        return timeline;
    }

    /** The id of {@code name}: observed, or created by an earlier step. */
    public Optional<String> containerId(String name) {
        return Optional.ofNullable(containerIds.get(name));
    }

    private Future<String> id(ContainerRef container) {
        Optional<String> id = container.id().or(() -> containerId(container.name()));
        return id.map(Future::succeededFuture).orElseGet(() -> Future.failedFuture(new ReconcileException(
                "container " + container.name() + " was not created")));
    }

    /** Credentials as the docker CLI finds them; read on the first pull, on a worker (helpers are processes). */
    Future<Void> pull(String image) {
        return engine.loop().blocking(() -> credentials().header(image))
                .compose(auth -> engine.images().pull(image, auth, message -> progress.update("Image " + image,
                        message.status().isEmpty() ? "Pulling" : "Pulling: " + message.status(),
                        Progress.State.WORKING)))
                .compose(pulled -> engine.images().inspect(image))
                .map(inspect -> {
                    imageIds.put(image, inspect.id());
                    return null;
                });
    }

    Future<Void> createNetwork(DesiredNetwork network) {
        Map<String, Object> ipam = new LinkedHashMap<>();
        network.ipam().ifPresent(i -> {
            ipam.put("Driver", i.driver().orElse("default"));
            List<Map<String, Object>> pools = new ArrayList<>();
            for (AddressPool pool : i.config()) {
                Map<String, Object> out = new LinkedHashMap<>();
                pool.subnet().ifPresent(s -> out.put("Subnet", s));
                pool.ipRange().ifPresent(s -> out.put("IPRange", s));
                pool.gateway().ifPresent(s -> out.put("Gateway", s));
                if (!pool.auxiliaryAddresses().isEmpty()) {
                    out.put("AuxiliaryAddresses", pool.auxiliaryAddresses());
                }
                pools.add(out);
            }
            ipam.put("Config", pools);
            if (!i.options().isEmpty()) {
                ipam.put("Options", i.options());
            }
        });
        NetworkCreateBody body = new NetworkCreateBody(network.name(), network.driver().orElse(""),
                network.internal(), network.attachable(), network.enableIpv6().orElse(false), ipam,
                network.options(), network.labels(), network.checkDuplicate());
        // a concurrent up may have created it a moment ago: that is the network we want
        return engine.networks().create(body).<Void>mapEmpty().recover(failure -> isConflict(failure)
                ? Future.succeededFuture() : Future.failedFuture(failure));
    }

    Future<Void> disconnect(String network, ContainerRef container) {
        return id(container).compose(id -> engine.networks().disconnect(network, id, true));
    }

    Future<Void> removeNetwork(String network, String id) {
        return engine.networks().remove(id).recover(failure -> {
            if (failure instanceof EngineException e && e.isNotFound()) {
                return Future.succeededFuture();
            }
            if (failure instanceof EngineException e && e.status().isPresent() && e.status().get() == 403) {
                return stillInUse(network, id, failure);
            }
            return Future.failedFuture(failure);
        });
    }

    /**
     * As docker compose: a network containers are still attached to is kept with a warning; a refusal with
     * nothing attached (a stale endpoint count in the engine, moby/moby#42119) fails the run.
     */
    private Future<Void> stillInUse(String network, String id, Throwable refusal) {
        return engine.networks().inspect(id).transform(inspected -> {
            if (inspected.failed() && inspected.cause() instanceof EngineException e && e.isNotFound()) {
                return Future.succeededFuture();
            }
            if (inspected.succeeded() && !inspected.result().containers().isEmpty()) {
                return Future.failedFuture(new Kept("Resource is still in use"));
            }
            return Future.failedFuture(new ReconcileException("failed to remove network " + network + ": "
                    + reason(refusal)));
        });
    }

    Future<Void> createVolume(DesiredVolume volume) {
        return engine.volumes().create(new VolumeCreateBody(volume.name(), volume.driver(), volume.driverOpts(),
                volume.labels())).mapEmpty();
    }

    Future<Void> removeVolume(String volume) {
        return engine.volumes().remove(volume, true).recover(failure -> {
            if (failure instanceof EngineException e && e.isNotFound()) {
                return Future.succeededFuture();
            }
            if (isConflict(failure)) {
                return Future.failedFuture(new Kept("Resource is still in use"));
            }
            return Future.failedFuture(failure);
        });
    }

    /** {@code down --rmi}: never forced, so an image a container outside the project uses stays (a warning). */
    Future<Void> removeImage(String image) {
        return engine.images().remove(image, false, false).recover(failure -> {
            if (failure instanceof EngineException e && e.isNotFound()) {
                return Future.succeededFuture();
            }
            if (isConflict(failure)) {
                progress.warning("image " + image + ": " + failure.getMessage());
                return Future.succeededFuture();
            }
            return Future.failedFuture(failure);
        });
    }

    Future<Void> create(ContainerRecipe recipe) {
        ContainerCreateRequest request;
        ProjectContext project = context.orElseThrow(() -> new IllegalStateException("create needs the project"));
        try {
            request = request(project, recipe);
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
        String service = recipe.service().name();
        boolean publishes = !recipe.service().ports().isEmpty();
        publishing.put(recipe.name(), publishes);
        publishing.put(recipe.createName(), publishes);
        return engine.containers().create(request.name(), request.platform(), request.body())
                .recover(failure -> Future.failedFuture(new ReconcileException("creating container "
                        + recipe.name() + " (service " + service + "): " + reason(failure), failure)))
                .compose(id -> {
                    containerIds.put(request.name(), id);
                    if (recipe.number() == 1 || !serviceContainers.containsKey(service)) {
                        serviceContainers.put(service, id);
                    }
                    Future<Void> connected = Future.succeededFuture();
                    for (NetworkConnect connect : request.connects()) {
                        connected = connected.compose(done -> engine.networks().connect(connect.network(), id,
                                connect.endpointConfig()));
                    }
                    return connected;
                });
    }

    private ContainerCreateRequest request(ProjectContext project, ContainerRecipe recipe) {
        var service = recipe.service();
        String imageId = Optional.ofNullable(imageIds.get(recipe.image())).orElse("");
        Map<String, String> labels = project.labels().service(service, recipe.number(), imageId, recipe.replaced());
        Map<String, String> networkNames = new LinkedHashMap<>();
        for (ServiceAttachment attachment : ServiceNetworking.of(project.project(), service).attachments()) {
            networkNames.put(attachment.networkKey(), attachment.networkName());
        }
        MountPlan mounts = MountPlanner.plan(project.project(), service, recipe.previousMounts(),
                recipe.imageVolumes(), recipe.renewAnonymousVolumes());
        for (String path : mounts.hostPathsToCreate()) {
            try {
                Files.createDirectories(Path.of(path));
            } catch (IOException e) {
                throw new ContainerCreateException(service.name(), "cannot create bind source " + path + ": "
                        + e.getMessage());
            }
        }
        CreateContext create = CreateContext.of(recipe.name(), recipe.image(), labels, project.apiVersion(),
                        networkNames, project.labels().workingDirectory())
                .withVolumes(mounts.binds(), mounts.mounts().stream().map(EngineMounts::of).toList())
                .withServiceContainers(Map.copyOf(serviceContainers));
        if (recipe.temporaryName().isPresent()) {
            create = create.withTemporaryName(recipe.temporaryName().get());
        }
        return ContainerCreate.request(service, create);
    }

    Future<Void> start(ContainerRef container) {
        boolean publishes = publishing.getOrDefault(container.name(), true);
        return id(container).compose(id -> startHook.beforeStart(container.name(), id).map(id))
                .compose(id -> publishes ? serialized(() -> engine.containers().start(id))
                        : engine.containers().start(id))
                .recover(failure -> Future.failedFuture(new ReconcileException("starting container "
                        + container.name() + ": " + reason(failure), failure)));
    }

    private synchronized Future<Void> serialized(java.util.function.Supplier<Future<Void>> call) {
        Future<Void> next = lastStart.transform(previous -> call.get());
        lastStart = next.transform(done -> Future.<Void>succeededFuture());
        return next;
    }

    /** A container already gone is stopped: someone removed it since the plan was made. */
    Future<Void> stop(ContainerRef container, Optional<Duration> timeout) {
        return id(container).compose(id -> engine.containers().stop(id, timeout)).recover(failure ->
                failure instanceof EngineException e && e.isNotFound() ? Future.succeededFuture()
                        : Future.failedFuture(failure));
    }

    Future<Void> remove(ContainerRef container, boolean volumes) {
        return id(container).compose(id -> engine.containers().remove(id, true, volumes)).recover(failure ->
                failure instanceof EngineException e && e.isNotFound() ? Future.succeededFuture()
                        : Future.failedFuture(failure));
    }

    Future<Void> rename(String from, String to) {
        return id(ContainerRef.planned(from)).compose(id -> engine.containers().rename(id, to).map(done -> {
            containerIds.put(to, id);
            return null;
        }));
    }

    Future<Void> restart(ContainerRef container, Optional<Duration> timeout) {
        return id(container).compose(id -> engine.containers().restart(id, timeout));
    }

    private static boolean isConflict(Throwable failure) {
        return failure instanceof EngineException e && e.isConflict();
    }

    /** The engine's reason alone, for messages that say themselves what was being done. */
    static String reason(Throwable failure) {
        if (failure instanceof EngineException e) {
            return e.reason();
        }
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }
}
