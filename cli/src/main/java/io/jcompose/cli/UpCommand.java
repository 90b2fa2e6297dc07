package io.jcompose.cli;

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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jcompose up}: create and start the project's containers, converging on the model. */
@Command(name = "up", description = "Create and start containers", usageHelpAutoWidth = true)
public final class UpCommand implements Callable<Integer> {

    @ParentCommand
    private JcomposeCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help")
    private boolean help;

    @Mixin
    private final TimelineOption timeline = new TimelineOption();

    @Option(names = {"-d", "--detach"}, description = "Detached mode: run containers in the background")
    private boolean detach;

    @Option(names = "--wait", description = "Wait for services to be running|healthy. Implies detached mode.")
    private boolean waitHealthy;

    @Option(names = "--wait-timeout", paramLabel = "SECONDS", description = "Maximum duration to wait (0: none)")
    private int waitTimeout;

    @Option(names = "--always-recreate-deps", description = "Recreate dependent containers")
    private boolean alwaysRecreateDeps;

    @Option(names = "--no-deps", description = "Don't start linked services")
    private boolean noDeps;

    @Option(names = {"-V", "--renew-anon-volumes"}, description = "Recreate anonymous volumes instead of reusing them")
    private boolean renewAnonymousVolumes;

    @Option(names = "--no-start", description = "Don't start the services after creating them")
    private boolean noStart;

    @Option(names = {"-t", "--timeout"}, paramLabel = "SECONDS", description = "Shutdown timeout in seconds")
    private Integer timeout;

    @Option(names = "--abort-on-container-exit",
            description = "Stops all containers if any container was stopped. Incompatible with -d")
    private boolean abortOnContainerExit;

    @Option(names = "--abort-on-container-failure",
            description = "Stops all containers if any container exited with failure. Incompatible with -d")
    private boolean abortOnContainerFailure;

    @Option(names = "--exit-code-from", paramLabel = "SERVICE",
            description = "Return the exit code of the selected service container. Implies --abort-on-container-exit")
    private String exitCodeFrom;

    @Option(names = "--attach", paramLabel = "SERVICE",
            description = "Restrict attaching to the specified services")
    private List<String> attach = new ArrayList<>();

    @Option(names = "--no-attach", paramLabel = "SERVICE",
            description = "Do not attach (stream logs) to the specified services")
    private List<String> noAttach = new ArrayList<>();

    @Option(names = "--attach-dependencies", description = "Automatically attach to log output of dependent services")
    private boolean attachDependencies;

    @Option(names = "--timestamps", description = "Show timestamps")
    private boolean timestamps;

    @Option(names = "--no-log-prefix", description = "Don't print prefix in logs")
    private boolean noLogPrefix;

    @Option(names = "--no-color", description = "Produce monochrome output")
    private boolean noColor;

    @Mixin
    private final ConvergeOptions converge = new ConvergeOptions();

    @Parameters(paramLabel = "SERVICE", arity = "0..*", description = "Services to start")
    private List<String> services = new ArrayList<>();

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
