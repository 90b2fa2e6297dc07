package io.jcompose.cli;

import io.jcompose.engine.EngineClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jcompose unpause}: resumes the project's paused containers. */
@Command(name = "unpause", description = "Unpause services", usageHelpAutoWidth = true)
public final class UnpauseCommand implements Callable<Integer> {

    @ParentCommand
    private JcomposeCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help")
    private boolean help;

    @Parameters(paramLabel = "SERVICE", arity = "0..*", description = "Services to unpause")
    private List<String> serviceNames = new ArrayList<>();

    @Override
    public Integer call() {
        ProjectScope scope = ProjectScope.resolve(root.global(), spec.commandLine().getErr());
        scope.requireServices(serviceNames);
        try (EngineClient engine = EngineConnection.open(root.global())) {
            new ContainerActions(engine, spec.commandLine().getErr(), root.global().dryRun).run(
                    scope.containers(engine, false, false, serviceNames), "Unpaused",
                    c -> engine.containers().unpause(c.id()));
        }
        return ExitCodes.OK;
    }
}
