package io.jcompose.cli;

import io.jcompose.engine.ClientVersion;
import io.jcompose.engine.reconcile.DownImages;
import io.jcompose.engine.reconcile.ObservedState;
import io.jcompose.engine.reconcile.Plan;
import io.jcompose.engine.reconcile.Reconciler;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jcompose down}: stop and remove containers, networks, and with {@code -v} volumes. */
@Command(name = "down", description = "Stop and remove containers, networks", usageHelpAutoWidth = true)
public final class DownCommand implements Callable<Integer> {

    @ParentCommand
    private JcomposeCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help")
    private boolean help;

    @Mixin
    private final TimelineOption timeline = new TimelineOption();

    @Option(names = {"-v", "--volumes"}, description = "Remove named volumes declared in the volumes section and "
            + "anonymous volumes attached to containers")
    private boolean volumes;

    @Option(names = "--remove-orphans", description = "Remove containers for services not defined in the Compose file")
    private boolean removeOrphans;

    @Option(names = {"-t", "--timeout"}, paramLabel = "SECONDS", description = "Shutdown timeout in seconds")
    private Integer timeout;

    @Option(names = "--rmi", paramLabel = "TYPE", description = "Remove images used by services: local, all")
    private String rmi;

    @Override
    public Integer call() {
        if (rmi != null && !rmi.equals("local") && !rmi.equals("all")) {
            throw new ParameterException(spec.commandLine(), "--rmi: invalid value " + rmi
                    + " (expected local or all)");
        }
        try (ProjectSession session = ProjectSession.open(root.global(), List.of(), true,
                spec.commandLine().getOut(), spec.commandLine().getErr())) {
            session.recordTimeline(timeline.file(), "down");
            ObservedState observed = session.observe();
            List<String> images = rmi == null ? List.of() : DownImages.select(rmi, session.project(),
                    session.labelledImageTags(), observed.images().keySet());
            Plan plan = Reconciler.down(session.project(), observed, volumes, removeOrphans,
                    UpCommand.seconds(timeout), ClientVersion.current(), images);
            return session.execute(plan, observed, Optional.empty(), Optional.empty());
        }
    }
}
