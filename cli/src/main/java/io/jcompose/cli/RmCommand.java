package io.jcompose.cli;

import io.jcompose.engine.EngineClient;
import io.jcompose.engine.EngineException;
import io.jcompose.engine.api.ContainerSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
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

/**
 * {@code jcompose rm}: removes the project's stopped service containers after asking, as docker compose
 * does. The answer is read from standard input whether or not it is a terminal, so {@code echo y | jcompose rm}
 * works, and an empty or closed input answers no: nothing removed, exit 0.
 */
@Command(name = "rm", description = "Removes stopped service containers", usageHelpAutoWidth = true)
public final class RmCommand implements Callable<Integer> {


    @ParentCommand
    private JcomposeCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help")
    private boolean help;

    @Option(names = {"-f", "--force"}, description = "Don't ask to confirm removal")
    private boolean force;

    @Option(names = {"-s", "--stop"}, description = "Stop the containers, if required, before removing")
    private boolean stop;

    @Option(names = {"-v", "--volumes"}, description = "Remove any anonymous volumes attached to containers")
    private boolean volumes;

    @Option(names = {"-a", "--all"}, hidden = true, description = "Deprecated - no effect")
    private boolean all;

    @Parameters(paramLabel = "SERVICE", arity = "0..*", description = "Services to remove")
    private List<String> serviceNames = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        ProjectScope scope = ProjectScope.resolve(root.global(), err);
        scope.requireServices(serviceNames);
        try (EngineClient engine = EngineConnection.open(root.global())) {
            ContainerActions actions = new ContainerActions(engine, err, root.global().dryRun);
            if (stop) {
                actions.run(scope.containers(engine, false, false, serviceNames), "Stopped",
                        c -> engine.containers().stop(c.id(), Optional.<Duration>empty()));
            }
            List<ContainerSummary> stopped = new ArrayList<>();
            for (ContainerSummary container : scope.containers(engine, true, false, serviceNames)) {
                if (scope.project().isPresent() && !scope.project().get().services().containsKey(ProjectScope.service(container))) {
                    continue;
                }
                // the list answer may be stale: ask the container itself whether it still runs
                // (a dry run stopped nothing, so with -s the running ones count as stopped)
                try {
                    if (!engine.await(engine.containers().inspect(container.id())).state().running()
                            || stop && root.global().dryRun) {
                        stopped.add(container);
                    }
                } catch (EngineException gone) {
                    if (!gone.isNotFound()) {
                        throw gone;
                    }
                }
            }
            if (stopped.isEmpty()) {
                err.println("No stopped containers");
                err.flush();
                return ExitCodes.OK;
            }
            String names = String.join(", ", stopped.stream().map(ContainerSummary::name).toList());
            if (force) {
                out.println("Going to remove " + names);
                out.flush();
            } else if (!Confirmation.ask("Going to remove " + names, out)) {
                return ExitCodes.OK;
            }
            actions.run(stopped, "Removed", c -> engine.containers().remove(c.id(), force, volumes));
        }
        return ExitCodes.OK;
    }
}
