package io.jcompose.cli;

import static io.jcompose.cli.CommandModel.positionals;

import io.jcompose.engine.EngineClient;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pause} and {@code unpause}: the same walk over the project's containers, one engine call apart. */
abstract class PauseStateCommand implements Callable<Integer> {

    private final JcomposeCommand root;
    private final CommandSpec spec;
    private List<String> serviceNames = new ArrayList<>();

    PauseStateCommand(JcomposeCommand root, String name, String description) {
        this.root = root;
        spec = CommandModel.of(this, name, description)
                .add(positionals(v -> serviceNames = v, "*").paramLabel("SERVICE")
                        .description("Services (default: all)"))
                .spec();
    }

    CommandSpec spec() {
        return spec;
    }

    /** The progress word once a container is done ({@code Paused}). */
    abstract String done();

    abstract Future<Void> apply(EngineClient engine, String containerId);

    @Override
    public Integer call() {
        ProjectScope scope = ProjectScope.resolve(root.global(), spec.commandLine().getErr());
        scope.requireServices(serviceNames);
        try (EngineClient engine = EngineConnection.open(root.global())) {
            new ContainerActions(engine, spec.commandLine().getErr(), root.global().dryRun).run(
                    scope.containers(engine, false, false, serviceNames), done(), c -> apply(engine, c.id()));
        }
        return ExitCodes.OK;
    }
}
