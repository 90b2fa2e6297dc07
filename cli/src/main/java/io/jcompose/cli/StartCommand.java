package io.jcompose.cli;

import io.jcompose.engine.reconcile.ObservedState;
import io.jcompose.engine.reconcile.Plan;
import io.jcompose.engine.reconcile.Reconciler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jcompose start}: start existing containers in dependency order. */
@Command(name = "start", description = "Start services", usageHelpAutoWidth = true)
public final class StartCommand implements Callable<Integer> {

    @ParentCommand
    private JcomposeCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help")
    private boolean help;

    @Mixin
    private final TimelineOption timeline = new TimelineOption();

    @Option(names = "--wait", description = "Wait for services to be running|healthy")
    private boolean waitHealthy;

    @Option(names = "--wait-timeout", paramLabel = "SECONDS", description = "Maximum duration to wait (0: none)")
    private int waitTimeout;

    @Parameters(paramLabel = "SERVICE", arity = "0..*", description = "Services to start")
    private List<String> services = new ArrayList<>();

    @Override
    public Integer call() {
        try (ProjectSession session = ProjectSession.open(root.global(), services, true,
                spec.commandLine().getOut(), spec.commandLine().getErr())) {
            session.recordTimeline(timeline.file(), "start");
            ObservedState observed = session.observe();
            Plan plan = Reconciler.start(session.graph(observed), observed, Set.copyOf(services));
            Set<String> scope = new TreeSet<>(services.isEmpty() ? session.graph(observed).keySet() : services);
            return session.execute(plan, observed, waitHealthy
                    ? Optional.of(after -> Reconciler.waitGates(session.graph(after), scope, after))
                    : Optional.empty(), waitTimeout > 0 ? Optional.of(Duration.ofSeconds(waitTimeout))
                    : Optional.empty());
        }
    }
}
