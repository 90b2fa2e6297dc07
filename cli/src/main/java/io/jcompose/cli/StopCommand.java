package io.jcompose.cli;

import io.jcompose.engine.reconcile.ObservedState;
import io.jcompose.engine.reconcile.Plan;
import io.jcompose.engine.reconcile.Reconciler;
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

/** {@code jcompose stop}: stop running containers, dependants first, a level at once. */
@Command(name = "stop", description = "Stop services", usageHelpAutoWidth = true)
public final class StopCommand implements Callable<Integer> {

    @ParentCommand
    private JcomposeCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help")
    private boolean help;

    @Mixin
    private final TimelineOption timeline = new TimelineOption();

    @Option(names = {"-t", "--timeout"}, paramLabel = "SECONDS", description = "Shutdown timeout in seconds")
    private Integer timeout;

    @Parameters(paramLabel = "SERVICE", arity = "0..*", description = "Services to stop")
    private List<String> services = new ArrayList<>();

    @Override
    public Integer call() {
        try (ProjectSession session = ProjectSession.open(root.global(), services, true,
                spec.commandLine().getOut(), spec.commandLine().getErr())) {
            session.recordTimeline(timeline.file(), "stop");
            ObservedState observed = session.observe();
            Plan plan = Reconciler.stop(session.graph(observed), observed, Set.copyOf(services),
                    UpCommand.seconds(timeout));
            return session.execute(plan, observed, Optional.empty(), Optional.empty());
        }
    }
}
