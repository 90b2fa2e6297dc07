package io.jcompose.cli;

import static io.jcompose.cli.CommandModel.flag;
import static io.jcompose.cli.CommandModel.option;
import static io.jcompose.cli.CommandModel.positionals;

import io.jcompose.engine.reconcile.ObservedState;
import io.jcompose.engine.reconcile.Plan;
import io.jcompose.engine.reconcile.Reconciler;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code jcompose restart}: restart containers in dependency order, with their {@code restart: true} dependants. */
public final class RestartCommand implements Callable<Integer> {

    private final JcomposeCommand root;
    private final CommandSpec spec;
    private boolean noDeps;
    private Integer timeout;
    private List<String> services = new ArrayList<>();

    RestartCommand(JcomposeCommand root) {
        this.root = root;
        spec = CommandModel.of(this, "restart", "Restart service containers")
                .add(flag(v -> noDeps = v, "--no-deps").description("Don't restart dependent services"))
                .add(option(Integer.class, v -> timeout = v, "-t", "--timeout").paramLabel("SECONDS")
                        .description("Shutdown timeout in seconds"))
                .add(positionals(v -> services = v, "*").paramLabel("SERVICE").description("Services to restart"))
                .spec();
    }

    CommandSpec spec() {
        return spec;
    }

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
