package io.jcompose.cli;

import io.jcompose.engine.reconcile.ObservedState;
import io.jcompose.engine.reconcile.Plan;
import io.jcompose.engine.reconcile.Reconciler;
import io.jcompose.engine.reconcile.UpOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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

    @Option(names = "--force-recreate", description = "Recreate containers even if nothing changed")
    private boolean forceRecreate;

    @Option(names = "--no-recreate", description = "Keep existing containers even if their configuration changed")
    private boolean noRecreate;

    @Option(names = "--remove-orphans", description = "Remove containers for services not defined in the Compose file")
    private boolean removeOrphans;

    @Option(names = "--scale", paramLabel = "SERVICE=NUM", description = "Scale SERVICE to NUM instances")
    private List<String> scale = new ArrayList<>();

    @Option(names = "--pull", paramLabel = "POLICY", description = "Pull image before running: always, missing, never")
    private String pull = "policy";

    @Option(names = "--build", description = "Build images before starting containers")
    private boolean build;

    @Option(names = "--no-build", description = "Don't build an image, even if it's policy")
    private boolean noBuild;

    @Option(names = {"-y", "--yes"}, description = "Assume yes to all prompts")
    private boolean yes;

    @Parameters(paramLabel = "SERVICE", arity = "0..*", description = "Services to create")
    private List<String> services = new ArrayList<>();

    @Override
    public Integer call() {
        if (forceRecreate && noRecreate) {
            throw new ParameterException(spec.commandLine(), "--force-recreate and --no-recreate are incompatible");
        }
        UpOptions options = new UpOptions(Set.copyOf(services), false, forceRecreate, noRecreate, false,
                removeOrphans, UpCommand.ignoreOrphans(), false, UpCommand.scales(spec, scale), true,
                Optional.empty(), UpCommand.pullPolicy(spec, pull), yes);
        try (ProjectSession session = ProjectSession.open(root.global(), services, false,
                spec.commandLine().getOut(), spec.commandLine().getErr())) {
            ObservedState observed = session.buildFirst(session.observe(),
                    UpCommand.scope(session.project().orElseThrow(), options),
                    UpCommand.buildPolicy(spec, build, noBuild), spec.commandLine().getErr());
            Plan plan = Reconciler.up(session.context(), observed, options,
                    question -> options.assumeYes()
                            || Confirmation.onTerminal(question, spec.commandLine().getErr()));
            return session.execute(plan, observed, Optional.empty(), Optional.empty());
        }
    }
}
