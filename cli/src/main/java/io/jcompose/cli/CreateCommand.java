package io.jcompose.cli;

import io.jcompose.engine.reconcile.UpOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jcompose create}: {@code up --no-start}. */
@Command(name = "create", description = "Creates containers for a service", usageHelpAutoWidth = true)
public final class CreateCommand implements Callable<Integer> {

    @ParentCommand
    private JcomposeCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help")
    private boolean help;

    @Mixin
    private final TimelineOption timeline = new TimelineOption();

    @Mixin
    private final ConvergeOptions converge = new ConvergeOptions();

    @Parameters(paramLabel = "SERVICE", arity = "0..*", description = "Services to create")
    private List<String> services = new ArrayList<>();

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
