package io.jcompose.cli;

import static io.jcompose.cli.CommandModel.flag;
import static io.jcompose.cli.CommandModel.option;
import static io.jcompose.cli.CommandModel.positionals;

import io.jcompose.engine.EngineClient;
import io.jcompose.engine.api.ContainerSummary;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code jcompose kill}: sends a signal (SIGKILL unless {@code -s}) to the project's running containers. */
public final class KillCommand implements Callable<Integer> {

    private final JcomposeCommand root;
    private final CommandSpec spec;
    private String signal = "SIGKILL";
    private boolean removeOrphans;
    private List<String> serviceNames = new ArrayList<>();

    KillCommand(JcomposeCommand root) {
        this.root = root;
        spec = CommandModel.of(this, "kill", "Force stop service containers")
                .add(option(String.class, v -> signal = v, "-s", "--signal").paramLabel("SIGNAL")
                        .description("SIGNAL to send to the container (default SIGKILL)"))
                .add(flag(v -> removeOrphans = v, "--remove-orphans")
                        .description("Remove containers for services not defined in the Compose file"))
                .add(positionals(v -> serviceNames = v, "*").paramLabel("SERVICE").description("Services to kill"))
                .spec();
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ProjectScope scope = ProjectScope.resolve(root.global(), err);
        scope.requireServices(serviceNames);
        try (EngineClient engine = EngineConnection.open(root.global())) {
            ContainerActions actions = new ContainerActions(engine, err, root.global().dryRun);
            if (removeOrphans && scope.project().isPresent()) {
                List<ContainerSummary> orphans = scope.containers(engine, true, true, List.of()).stream()
                        .filter(c -> !declared(scope, ProjectScope.service(c))).toList();
                actions.run(orphans, "Removed", c -> engine.containers().remove(c.id(), true, false));
            }
            List<ContainerSummary> running = scope.containers(engine, false, true, serviceNames).stream()
                    .filter(c -> declared(scope, ProjectScope.service(c))).toList();
            if (running.isEmpty()) {
                err.println("no container to kill");
                err.flush();
                return ExitCodes.OK;
            }
            actions.run(running, "Killed", c -> engine.containers().kill(c.id(), signal));
        }
        return ExitCodes.OK;
    }

    /** Without a model every service counts as declared: orphans can only be told with a Compose file. */
    private static boolean declared(ProjectScope scope, String service) {
        return scope.project().map(p -> p.services().containsKey(service) || p.disabledServices().containsKey(service))
                .orElse(true);
    }
}
