package io.jcompose.cli;

import static io.jcompose.cli.CommandModel.flag;
import static io.jcompose.cli.CommandModel.positionals;

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
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code jcompose rm}: removes the project's stopped service containers after asking, as docker compose
 * does. The answer is read from standard input whether or not it is a terminal, so {@code echo y | jcompose rm}
 * works, and an empty or closed input answers no: nothing removed, exit 0.
 */
public final class RmCommand implements Callable<Integer> {

    private final JcomposeCommand root;
    private final CommandSpec spec;
    private boolean force;
    private boolean stop;
    private boolean volumes;
    private boolean all;
    private List<String> serviceNames = new ArrayList<>();

    RmCommand(JcomposeCommand root) {
        this.root = root;
        spec = CommandModel.of(this, "rm", "Removes stopped service containers")
                .add(flag(v -> force = v, "-f", "--force").description("Don't ask to confirm removal"))
                .add(flag(v -> stop = v, "-s", "--stop")
                        .description("Stop the containers, if required, before removing"))
                .add(flag(v -> volumes = v, "-v", "--volumes")
                        .description("Remove any anonymous volumes attached to containers"))
                .add(flag(v -> all = v, "-a", "--all").hidden(true).description("Deprecated - no effect"))
                .add(positionals(v -> serviceNames = v, "*").paramLabel("SERVICE").description("Services to remove"))
                .spec();
    }

    CommandSpec spec() {
        return spec;
    }

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
