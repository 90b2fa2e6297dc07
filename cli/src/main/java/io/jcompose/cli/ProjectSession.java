package io.jcompose.cli;

import io.jcompose.engine.ClientVersion;
import io.jcompose.engine.EngineClient;
import io.jcompose.engine.container.ContainerLabels;
import io.jcompose.engine.container.ContainerNames;
import io.jcompose.engine.build.BuildSettings;
import io.jcompose.engine.reconcile.BuildNeed;
import io.jcompose.engine.reconcile.BuildPolicy;
import io.jcompose.engine.reconcile.DependsOn;
import io.jcompose.engine.reconcile.Execution;
import io.jcompose.engine.reconcile.Gate;
import io.jcompose.engine.reconcile.ObservedState;
import io.jcompose.engine.reconcile.Plan;
import io.jcompose.engine.reconcile.PlanExecutor;
import io.jcompose.engine.reconcile.Progress;
import io.jcompose.engine.reconcile.Reconciler;
import io.jcompose.engine.reconcile.ProjectContext;
import io.jcompose.engine.reconcile.Readiness;
import io.jcompose.engine.reconcile.ServiceImages;
import io.jcompose.engine.reconcile.StartHook;
import io.jcompose.engine.reconcile.Timeline;
import io.jcompose.spec.ComposeException;
import io.jcompose.spec.labels.ComposeLabels;
import io.jcompose.spec.load.LoadedProject;
import io.jcompose.spec.load.ProjectLoader;
import io.jcompose.spec.model.Project;
import io.vertx.core.Future;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * One engine-facing command's run: the project (loaded, or only named with {@code -p} when a command can work
 * from labels), the engine connection, the progress display, and the execution of a plan with Ctrl-C handling
 * (stop scheduling, let the calls under way finish, exit 130).
 */
final class ProjectSession implements AutoCloseable {

    private final GlobalOptions global;
    private final Optional<LoadedProject> loaded;
    private final String name;
    private final EngineClient engine;
    private final ProgressDisplay progress;
    private final PrintWriter out;
    private final Opening opening;
    private Optional<TimelineFile> timeline = Optional.empty();

    /**
     * When {@link #open} began, had loaded the project, and had the engine connection (made meanwhile), for the
     * timeline.
     */
    record Opening(long began, long loaded, long connected) {
    }

    private ProjectSession(GlobalOptions global, Optional<LoadedProject> loaded, String name, EngineClient engine,
                           ProgressDisplay progress, PrintWriter out, Opening opening) {
        this.opening = opening;
        this.global = global;
        this.loaded = loaded;
        this.name = name;
        this.engine = engine;
        this.progress = progress;
        this.out = out;
    }

    /**
     * Loads the project; with {@code labelsSuffice} and {@code -p NAME}, a missing compose file is fine and the
     * project is known by its labels only.
     */
    static ProjectSession open(GlobalOptions global, List<String> services, boolean labelsSuffice, PrintWriter out,
                               PrintWriter err) {
        long began = Timeline.now();
        PendingConnection connecting = PendingConnection.begin(global);
        Optional<LoadedProject> loaded;
        try {
            loaded = load(global, services, labelsSuffice, err);
        } catch (RuntimeException | Error e) {
            connecting.abandon();
            throw e;
        }
        String name = loaded.map(l -> l.project().name()).orElse(global.projectName);
        ProgressDisplay progress = ProgressDisplay.of(global, err);
        long loadedAt = Timeline.now();
        EngineClient engine = connecting.join();
        return new ProjectSession(global, loaded, name, engine, progress, out,
                new Opening(began, loadedAt, connecting.connectedAt()));
    }

    private static Optional<LoadedProject> load(GlobalOptions global, List<String> services, boolean labelsSuffice,
                                                PrintWriter err) {
        try {
            LoadedProject loaded = ProjectLoader.load(ProjectOptions.of(global).services(services).build());
            loaded.model().warnings().forEach(w -> err.println("WARN[0000] " + w));
            return Optional.of(loaded);
        } catch (ComposeException e) {
            if (!labelsSuffice || global.projectName == null || !global.files.isEmpty()
                    || !e.getMessage().contains("no configuration file provided")) {
                throw e;
            }
            return Optional.empty();
        }
    }

    Optional<Project> project() {
        return loaded.map(LoadedProject::project);
    }

    String name() {
        return name;
    }

    EngineClient engine() {
        return engine;
    }

    ProgressDisplay progress() {
        return progress;
    }

    ProjectContext context() {
        LoadedProject project = loaded.orElseThrow();
        List<Path> files = project.model().files().stream().filter(f -> !f.equals("-")).map(Path::of).toList();
        ContainerLabels labels = new ContainerLabels(name, project.model().projectDirectory(), files,
                project.model().envFiles(), ClientVersion.current());
        return new ProjectContext(project.project(), labels, ContainerNames.compatibility(global.compatibility),
                engine.apiVersion());
    }

    /** The depends_on graph: from the model, else from the containers' labels. */
    Map<String, List<DependsOn>> graph(ObservedState observed) {
        return project().map(DependsOn::of).orElseGet(() -> DependsOn.fromLabels(observed.containers()));
    }

    /** {@code --timeline FILE}: from now on, record when each resource changes; written on {@link #close()}. */
    void recordTimeline(Optional<Path> file, String command) {
        timeline = file.map(f -> TimelineFile.start(f, "jcompose " + command + " (project " + name + ")", opening));
    }

    private Timeline timeline() {
        return timeline.map(TimelineFile::timeline).orElseGet(Timeline::off);
    }

    ObservedState observe() {
        List<String> images = project().map(p -> p.services().values().stream()
                .map(service -> service.imageName(p.name())).toList()).orElse(List.of());
        return observed(ObservedState.observe(engine, name, images));
    }

    /** As {@link #observe()} without the images: for a command that never compares or removes them. */
    ObservedState observeWithoutImages() {
        return observed(ObservedState.observe(engine, name, List.of()));
    }

    private ObservedState observed(Future<ObservedState> observing) {
        long begin = Timeline.now();
        ObservedState observed = engine.await(observing);
        timeline().span("Project " + name, "observed", begin, Timeline.now(), Timeline.Source.STEP, false);
        return observed;
    }

    /** The tags of the local images that carry this project's label: those compose or jcompose built for it. */
    List<String> labelledImageTags() {
        return engine.await(engine.images().list(Map.of("label", List.of(ComposeLabels.PROJECT + "=" + name))))
                .stream().flatMap(image -> image.repoTags().stream()).toList();
    }

    /**
     * Provides, before the plan, the images {@code up} builds for {@code scope} under {@code policy} and the pull
     * policy ({@code pull}: {@code --pull}): pulled first where compose pulls them, built where it builds them or
     * when that pull fails; returns the state observed afterwards (new image ids), or {@code observed} when there
     * was nothing to do. With {@code --dry-run} it prints what it would do.
     */
    ObservedState buildFirst(ObservedState observed, Set<String> scope, BuildPolicy policy, Optional<String> pull) {
        Project model = project().orElseThrow();
        List<BuildNeed> needs = BuildNeed.of(model, scope, observed, policy, pull);
        if (needs.isEmpty()) {
            return observed;
        }
        if (global.dryRun) {
            needs.forEach(need -> out.println(need.text()));
            return observed;
        }
        engine.await(new ServiceImages(engine, model, observed, progress).provide(needs,
                BuildSettings.defaults(ClientVersion.current(), System.getenv()), new BuildView(progress)));
        return observe();
    }

    /**
     * Prints the plan's warnings, then runs it (or with {@code --dry-run} prints it); with {@code waitGates},
     * waits for the gates it gives for the containers the plan left. Returns the exit code.
     */
    int execute(Plan plan, ObservedState observed, Optional<Function<ObservedState, List<Gate>>> waitGates,
                Optional<Duration> waitTimeout) {
        plan.warnings().forEach(progress::warning);
        if (global.dryRun) {
            out.println(plan.text());
            out.flush();
            return ExitCodes.OK;
        }
        Optional<Readiness> readiness = readiness(plan, waitGates.isPresent());
        PlanExecutor executor = new PlanExecutor(execution(observed, StartHook.NONE), readiness);
        CountDownLatch finished = new CountDownLatch(1);
        Thread onInterrupt = new Thread(() -> {
            executor.interrupt();
            try {
                finished.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            progress.close();
            Runtime.getRuntime().halt(ExitCodes.INTERRUPTED);
        }, "jcompose-interrupt");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        try {
            Future<Void> run = executor.run(plan);
            if (waitGates.isPresent()) {
                run = run.compose(done -> {
                    // the containers to wait for are those the plan left: ask the engine once more
                    return ObservedState.observeContainers(engine, name);
                }).compose(after -> executor.waitFor(waitGates.get().apply(after), waitTimeout));
            }
            long begin = Timeline.now();
            try {
                engine.await(run);
            } finally {
                timeline().span("Project " + name, waitGates.isPresent() ? "up and waited" : "plan run", begin,
                        Timeline.now(), Timeline.Source.STEP, run.failed());
            }
        } finally {
            finished.countDown();
            readiness.ifPresent(Readiness::close);
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is exiting because of Ctrl-C: the hook decides the exit code
            }
            progress.close();
        }
        return ExitCodes.OK;
    }

    /** A plan under way, whose caller handles Ctrl-C itself (attached {@code up}). */
    record PlanRun(PlanExecutor executor, Future<Void> done) {
    }

    /** Prints the plan's warnings and starts it, {@code beforeStart} running before each container start. */
    PlanRun begin(Plan plan, ObservedState observed, StartHook beforeStart) {
        plan.warnings().forEach(progress::warning);
        Optional<Readiness> readiness = readiness(plan, false);
        PlanExecutor executor = new PlanExecutor(execution(observed, beforeStart), readiness);
        Future<Void> done = executor.run(plan).andThen(ended -> readiness.ifPresent(Readiness::close));
        return new PlanRun(executor, done);
    }

    /**
     * Stops the running containers of {@code services}, dependants first, without blocking the caller (attached
     * {@code up} stops the project from an engine event or a signal).
     */
    Future<Void> stop(Set<String> services, Optional<Duration> timeout, Progress display) {
        return ObservedState.observe(engine, name, List.of()).compose(observed -> {
            Plan plan = Reconciler.stop(graph(observed), observed, services, timeout);
            return new PlanExecutor(new Execution(engine, Optional.empty(), observed, display), Optional.empty())
                    .run(plan);
        });
    }

    /** Sends SIGKILL to the running containers of {@code services}; one already gone is no failure. */
    Future<Void> kill(Set<String> services) {
        return ObservedState.observe(engine, name, List.of()).compose(observed -> Future.join(observed.containers()
                .stream()
                .filter(c -> !c.oneOff() && services.contains(c.service()) && c.running())
                .map(c -> engine.containers().kill(c.id(), "SIGKILL").otherwiseEmpty())
                .toList()).mapEmpty());
    }

    private Optional<Readiness> readiness(Plan plan, boolean waiting) {
        boolean gated = waiting || plan.nodes().stream().anyMatch(n -> !n.gates().isEmpty());
        // subscribe before anything is created or started: the engine keeps few events
        return gated ? Optional.of(engine.await(Readiness.open(engine, name, progress))) : Optional.empty();
    }

    private Execution execution(ObservedState observed, StartHook beforeStart) {
        timeline.ifPresent(t -> t.follow(engine, name));
        Execution execution = new Execution(engine, loaded.isPresent() ? Optional.of(context()) : Optional.empty(),
                observed, progress, timeline());
        execution.beforeStart(beforeStart);
        return execution;
    }

    @Override
    public void close() {
        progress.close();
        timeline.ifPresent(TimelineFile::write);
        engine.close();
    }
}
