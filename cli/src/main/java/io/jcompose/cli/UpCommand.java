package io.jcompose.cli;

import io.jcompose.engine.reconcile.ObservedState;
import io.jcompose.engine.reconcile.Plan;
import io.jcompose.engine.reconcile.Reconciler;
import io.jcompose.engine.reconcile.UpOptions;
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

    @Mixin
    private final ConvergeOptions converge = new ConvergeOptions();

    @Parameters(paramLabel = "SERVICE", arity = "0..*", description = "Services to start")
    private List<String> services = new ArrayList<>();

    @Override
    public Integer call() {
        GlobalOptions global = root.global();
        PrintWriter err = spec.commandLine().getErr();
        UpOptions options = converge.upOptions(services, noDeps, alwaysRecreateDeps, renewAnonymousVolumes,
                noStart, seconds(timeout));
        try (ProjectSession session = ProjectSession.open(global, services, false, spec.commandLine().getOut(),
                err)) {
            session.recordTimeline(timeline.file(), "up");
            if (!detach && !waitHealthy && !noStart && !global.dryRun) {
                session.progress().note("Attached mode comes with `jcompose logs` (a later release): "
                        + "starting in the background as with -d");
            }
            ConvergeOptions.Convergence convergence = converge.plan(session, options, err);
            Plan plan = convergence.plan();
            ObservedState observed = convergence.observed();
            plan.kept().forEach(k -> session.progress().update(k.substring(0, k.indexOf(" (")),
                    k.contains("running") ? "Running" : "Up to date", io.jcompose.engine.reconcile.Progress.State.DONE));
            if (plan.isEmpty() && !waitHealthy && !global.dryRun) {
                session.progress().note("Nothing to do: every container is up to date");
            }
            Set<String> scope = ConvergeOptions.scope(session.project().orElseThrow(), options);
            return session.execute(plan, observed, waitHealthy
                    ? Optional.of(after -> Reconciler.waitGates(session.graph(after), scope, after))
                    : Optional.empty(), waitTimeout > 0 ? Optional.of(Duration.ofSeconds(waitTimeout))
                    : Optional.empty());
        }
    }

    static Optional<Duration> seconds(Integer value) {
        return value == null ? Optional.empty() : Optional.of(Duration.ofSeconds(value));
    }
}
