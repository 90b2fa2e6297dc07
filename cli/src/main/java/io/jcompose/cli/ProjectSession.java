package io.jcompose.cli;

import io.jcompose.engine.ClientVersion;
import io.jcompose.engine.EngineClient;
import io.jcompose.engine.container.ContainerLabels;
import io.jcompose.engine.container.ContainerNames;
import io.jcompose.engine.build.BuildSettings;
import io.jcompose.engine.build.ClassicBuilder;
import io.jcompose.engine.build.ImageBuild;
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
import io.jcompose.engine.reconcile.StartHook;
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

    private ProjectSession(GlobalOptions global, Optional<LoadedProject> loaded, String name, EngineClient engine,
                           ProgressDisplay progress, PrintWriter out) {
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
        Optional<LoadedProject> loaded;
        try {
            loaded = Optional.of(ProjectLoader.load(ProjectOptions.of(global).services(services).build()));
            loaded.get().model().warnings().forEach(w -> err.println("WARN[0000] " + w));
        } catch (ComposeException e) {
            if (!labelsSuffice || global.projectName == null || !global.files.isEmpty()
                    || !e.getMessage().contains("no configuration file provided")) {
                throw e;
            }
            loaded = Optional.empty();
        }
        String name = loaded.map(l -> l.project().name()).orElse(global.projectName);
        ProgressDisplay progress = ProgressDisplay.of(global, err);
        EngineClient engine = EngineConnection.open(global);
        return new ProjectSession(global, loaded, name, engine, progress, out);
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

    ObservedState observe() {
        List<String> images = project().map(p -> p.services().values().stream()
                .map(service -> service.imageName(p.name())).toList()).orElse(List.of());
        return engine.await(ObservedState.observe(engine, name, images));
    }

    /** The tags of the local images that carry this project's label: those compose or jcompose built for it. */
    List<String> labelledImageTags() {
        return engine.await(engine.images().list(Map.of("label", List.of(ComposeLabels.PROJECT + "=" + name))))
                .stream().flatMap(image -> image.repoTags().stream()).toList();
    }

    /**
     * Builds, before the plan, the images {@code up} needs for {@code scope} under {@code policy}, with the output
     * of {@code jcompose build}; returns the state observed afterwards (new image ids), or {@code observed} when
     * nothing was built. With {@code --dry-run} it prints what it would build.
     */
    ObservedState buildFirst(ObservedState observed, Set<String> scope, BuildPolicy policy, PrintWriter err) {
        Project model = project().orElseThrow();
        List<BuildNeed> needs = BuildNeed.of(model, scope, observed, policy);
        if (needs.isEmpty()) {
            return observed;
        }
        if (global.dryRun) {
            needs.forEach(need -> out.println(need.text()));
            return observed;
        }
        List<ImageBuild> builds = ImageBuild.plan(model, needs.stream().map(BuildNeed::service).toList(),
                BuildSettings.defaults(ClientVersion.current(), System.getenv()));
        boolean silent = "quiet".equals(global.progress);
        engine.await(new ClassicBuilder(engine).buildAll(builds, (build, line) -> {
            if (!silent) {
                err.println("[" + build.name() + "] " + line);
                err.flush();
            }
        }));
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
                    return ObservedState.observe(engine, name, List.of());
                }).compose(after -> executor.waitFor(waitGates.get().apply(after), waitTimeout));
            }
            engine.await(run);
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
        Execution execution = new Execution(engine, loaded.isPresent() ? Optional.of(context()) : Optional.empty(),
                observed, progress);
        execution.beforeStart(beforeStart);
        return execution;
    }

    @Override
    public void close() {
        progress.close();
        engine.close();
    }
}
