package io.jcompose.cli;

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

/** {@code jcompose stop}: stop running containers, dependants first, a level at once. */
public final class StopCommand implements Callable<Integer> {

    private final JcomposeCommand root;
    private final CommandSpec spec;
    private final TimelineOption timeline = new TimelineOption();
    private Integer timeout;
    private List<String> services = new ArrayList<>();

    StopCommand(JcomposeCommand root) {
        this.root = root;
        CommandModel model = CommandModel.of(this, "stop", "Stop services")
                .add(option(Integer.class, v -> timeout = v, "-t", "--timeout").paramLabel("SECONDS")
                        .description("Shutdown timeout in seconds"))
                .add(positionals(v -> services = v, "*").paramLabel("SERVICE").description("Services to stop"));
        timeline.declare(model);
        spec = model.spec();
    }

    CommandSpec spec() {
        return spec;
    }

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
