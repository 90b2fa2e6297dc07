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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jcompose restart}: restart containers in dependency order, with their {@code restart: true} dependants. */
@Command(name = "restart", description = "Restart service containers", usageHelpAutoWidth = true)
public final class RestartCommand implements Callable<Integer> {

    @ParentCommand
    private JcomposeCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help")
    private boolean help;

    @Option(names = "--no-deps", description = "Don't restart dependent services")
    private boolean noDeps;

    @Option(names = {"-t", "--timeout"}, paramLabel = "SECONDS", description = "Shutdown timeout in seconds")
    private Integer timeout;

    @Parameters(paramLabel = "SERVICE", arity = "0..*", description = "Services to restart")
    private List<String> services = new ArrayList<>();

    @Override
    public Integer call() {
        try (ProjectSession session = ProjectSession.open(root.global(), services, true,
                spec.commandLine().getOut(), spec.commandLine().getErr())) {
            ObservedState observed = session.observe();
            Plan plan = Reconciler.restart(session.graph(observed), observed, Set.copyOf(services), noDeps,
                    UpCommand.seconds(timeout));
            return session.execute(plan, observed, Optional.empty(), Optional.empty());
        }
    }
}
