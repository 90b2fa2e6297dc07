package io.jcompose.cli;

import static io.jcompose.cli.CommandModel.flag;
import static io.jcompose.cli.CommandModel.list;
import static io.jcompose.cli.CommandModel.option;
import static io.jcompose.cli.CommandModel.positionals;

import io.jcompose.engine.reconcile.ObservedState;
import io.jcompose.engine.reconcile.Plan;
import io.jcompose.engine.reconcile.Reconciler;
import io.jcompose.engine.reconcile.UpOptions;
import io.jcompose.spec.model.Project;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code jcompose up}: create and start the project's containers, converging on the model. */
public final class UpCommand implements Callable<Integer> {

    private final JcomposeCommand root;
    private final CommandSpec spec;
    private final TimelineOption timeline = new TimelineOption();
    private boolean detach;
    private boolean waitHealthy;
    private int waitTimeout;
    private boolean alwaysRecreateDeps;
    private boolean noDeps;
    private boolean renewAnonymousVolumes;
    private boolean noStart;
    private Integer timeout;
    private boolean abortOnContainerExit;
    private boolean abortOnContainerFailure;
    private String exitCodeFrom;
    private List<String> attach = new ArrayList<>();
    private List<String> noAttach = new ArrayList<>();
    private boolean attachDependencies;
    private boolean timestamps;
    private boolean noLogPrefix;
    private boolean noColor;
    private final ConvergeOptions converge = new ConvergeOptions();
    private List<String> services = new ArrayList<>();

    UpCommand(JcomposeCommand root) {
        this.root = root;
        CommandModel model = CommandModel.of(this, "up", "Create and start containers")
                .add(flag(v -> detach = v, "-d", "--detach")
                        .description("Detached mode: run containers in the background"))
                .add(flag(v -> waitHealthy = v, "--wait")
                        .description("Wait for services to be running|healthy. Implies detached mode."))
                .add(option(int.class, v -> waitTimeout = v, "--wait-timeout").paramLabel("SECONDS")
                        .description("Maximum duration to wait (0: none)"))
                .add(flag(v -> alwaysRecreateDeps = v, "--always-recreate-deps")
                        .description("Recreate dependent containers"))
                .add(flag(v -> noDeps = v, "--no-deps").description("Don't start linked services"))
                .add(flag(v -> renewAnonymousVolumes = v, "-V", "--renew-anon-volumes")
                        .description("Recreate anonymous volumes instead of reusing them"))
                .add(flag(v -> noStart = v, "--no-start").description("Don't start the services after creating them"))
                .add(option(Integer.class, v -> timeout = v, "-t", "--timeout").paramLabel("SECONDS")
                        .description("Shutdown timeout in seconds"))
                .add(flag(v -> abortOnContainerExit = v, "--abort-on-container-exit")
                        .description("Stops all containers if any container was stopped. Incompatible with -d"))
                .add(flag(v -> abortOnContainerFailure = v, "--abort-on-container-failure")
                        .description("Stops all containers if any container exited with failure. Incompatible with -d"))
                .add(option(String.class, v -> exitCodeFrom = v, "--exit-code-from").paramLabel("SERVICE")
                        .description("Return the exit code of the selected service container. Implies "
                                + "--abort-on-container-exit"))
                .add(list(v -> attach = v, "--attach").paramLabel("SERVICE")
                        .description("Restrict attaching to the specified services"))
                .add(list(v -> noAttach = v, "--no-attach").paramLabel("SERVICE")
                        .description("Do not attach (stream logs) to the specified services"))
                .add(flag(v -> attachDependencies = v, "--attach-dependencies")
                        .description("Automatically attach to log output of dependent services"))
                .add(flag(v -> timestamps = v, "--timestamps").description("Show timestamps"))
                .add(flag(v -> noLogPrefix = v, "--no-log-prefix").description("Don't print prefix in logs"))
                .add(flag(v -> noColor = v, "--no-color").description("Produce monochrome output"))
                .add(positionals(v -> services = v, "*").paramLabel("SERVICE").description("Services to start"));
        timeline.declare(model);
        converge.declare(model);
        spec = model.spec();
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        GlobalOptions global = root.global();
        PrintWriter err = spec.commandLine().getErr();
        incompatibility(detach, waitHealthy, abortOnContainerExit, abortOnContainerFailure, exitCodeFrom != null,
                !attach.isEmpty(), attachDependencies).ifPresent(message -> {
                    throw new ParameterException(spec.commandLine(), message);
                });
        boolean attached = !detach && !waitHealthy && !noStart;
        UpOptions options = converge.upOptions(services, noDeps, alwaysRecreateDeps, renewAnonymousVolumes,
                noStart, seconds(timeout));
        try (ProjectSession session = ProjectSession.open(global, services, false, spec.commandLine().getOut(),
                err)) {
            session.recordTimeline(timeline.file(), "up");
            Project project = session.project().orElseThrow();
            Set<String> scope = ConvergeOptions.scope(project, options);
            Set<String> attachedServices = attached ? AttachSelection.of(project,
                    services.isEmpty() ? project.services().keySet() : Set.copyOf(services), attach, noAttach,
                    attachDependencies, Optional.ofNullable(exitCodeFrom)) : Set.of();
            ConvergeOptions.Convergence convergence = converge.plan(session, options, err);
            Plan plan = convergence.plan();
            ObservedState observed = convergence.observed();
            plan.kept().forEach(k -> session.progress().update(k.substring(0, k.indexOf(" (")),
                    k.contains("running") ? "Running" : "Up to date", io.jcompose.engine.reconcile.Progress.State.DONE));
            if (attached && !global.dryRun) {
                LogPrinter.Format format = new LogPrinter.Format(AnsiMode.colour(global, noColor, System.getenv()),
                        !noLogPrefix, timestamps);
                try (LogPrinter printer = new LogPrinter(System.out, System.err, format)) {
                    return new AttachedUp(session, global, err, scope, attachedServices,
                            ExitCascade.of(abortOnContainerExit, abortOnContainerFailure,
                                    Optional.ofNullable(exitCodeFrom)), seconds(timeout), printer)
                            .run(plan, observed);
                }
            }
            if (plan.isEmpty() && !waitHealthy && !global.dryRun) {
                session.progress().note("Nothing to do: every container is up to date");
            }
            return session.execute(plan, observed, waitHealthy
                    ? Optional.of(after -> Reconciler.waitGates(session.graph(after), scope, after))
                    : Optional.empty(), waitTimeout > 0 ? Optional.of(Duration.ofSeconds(waitTimeout))
                    : Optional.empty());
        }
    }

    /**
     * Why the flags cannot go together, as docker compose says it: attaching options with {@code -d} or
     * {@code --wait}, and the two abort options together ({@code --exit-code-from} implies aborting on exit,
     * or on failure when that was asked for).
     */
    static Optional<String> incompatibility(boolean detach, boolean wait, boolean abortOnExit, boolean abortOnFailure,
                                            boolean exitCodeFrom, boolean attach, boolean attachDependencies) {
        if (abortOnExit && abortOnFailure) {
            return Optional.of("--abort-on-container-failure cannot be combined with --abort-on-container-exit");
        }
        abortOnExit |= exitCodeFrom;
        if (wait && (abortOnExit || abortOnFailure || attach || attachDependencies)) {
            return Optional.of("--wait cannot be combined with --abort-on-container-exit, "
                    + "--abort-on-container-failure, --attach or --attach-dependencies");
        }
        if (detach && (abortOnExit || abortOnFailure || attach || attachDependencies)) {
            return Optional.of("--detach cannot be combined with --abort-on-container-exit, "
                    + "--abort-on-container-failure, --attach or --attach-dependencies");
        }
        return Optional.empty();
    }

    static Optional<Duration> seconds(Integer value) {
        return value == null ? Optional.empty() : Optional.of(Duration.ofSeconds(value));
    }
}
