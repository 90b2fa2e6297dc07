package io.jcompose.cli;

import io.jcompose.engine.EngineClient;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pause} and {@code unpause}: the same walk over the project's containers, one engine call apart. */
abstract class PauseStateCommand implements Callable<Integer> {

    @ParentCommand
    private JcomposeCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help")
    private boolean help;

    @Parameters(paramLabel = "SERVICE", arity = "0..*", description = "Services (default: all)")
    private List<String> serviceNames = new ArrayList<>();

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
