package io.jcompose.cli;

import static io.jcompose.cli.CommandModel.flag;
import static io.jcompose.cli.CommandModel.option;
import static io.jcompose.cli.CommandModel.positionals;

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
import picocli.CommandLine.Model.CommandSpec;

/** {@code jcompose start}: start existing containers in dependency order. */
public final class StartCommand implements Callable<Integer> {

    private final JcomposeCommand root;
    private final CommandSpec spec;
    private final TimelineOption timeline = new TimelineOption();
    private boolean waitHealthy;
    private int waitTimeout;
    private List<String> services = new ArrayList<>();

    StartCommand(JcomposeCommand root) {
        this.root = root;
        CommandModel model = CommandModel.of(this, "start", "Start services")
                .add(flag(v -> waitHealthy = v, "--wait").description("Wait for services to be running|healthy"))
                .add(option(int.class, v -> waitTimeout = v, "--wait-timeout").paramLabel("SECONDS")
                        .description("Maximum duration to wait (0: none)"))
                .add(positionals(v -> services = v, "*").paramLabel("SERVICE").description("Services to start"));
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
