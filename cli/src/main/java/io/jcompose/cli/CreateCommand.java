package io.jcompose.cli;

import static io.jcompose.cli.CommandModel.positionals;

import io.jcompose.engine.reconcile.UpOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code jcompose create}: {@code up --no-start}. */
public final class CreateCommand implements Callable<Integer> {

    private final JcomposeCommand root;
    private final CommandSpec spec;
    private final TimelineOption timeline = new TimelineOption();
    private final ConvergeOptions converge = new ConvergeOptions();
    private List<String> services = new ArrayList<>();

    CreateCommand(JcomposeCommand root) {
        this.root = root;
        CommandModel model = CommandModel.of(this, "create", "Creates containers for a service")
                .add(positionals(v -> services = v, "*").paramLabel("SERVICE").description("Services to create"));
        timeline.declare(model);
        converge.declare(model);
        spec = model.spec();
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        UpOptions options = converge.upOptions(services, false, false, false, true, Optional.empty());
        try (ProjectSession session = ProjectSession.open(root.global(), services, false,
                spec.commandLine().getOut(), spec.commandLine().getErr())) {
            session.recordTimeline(timeline.file(), "create");
            ConvergeOptions.Convergence convergence = converge.plan(session, options, spec.commandLine().getErr());
            return session.execute(convergence.plan(), convergence.observed(), Optional.empty(), Optional.empty());
        }
    }
}
