package io.jcompose.cli;

import static io.jcompose.cli.CommandModel.flag;
import static io.jcompose.cli.CommandModel.option;

import io.jcompose.engine.ClientVersion;
import io.jcompose.engine.reconcile.DownImages;
import io.jcompose.engine.reconcile.ObservedState;
import io.jcompose.engine.reconcile.Plan;
import io.jcompose.engine.reconcile.Reconciler;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code jcompose down}: stop and remove containers, networks, and with {@code -v} volumes. */
public final class DownCommand implements Callable<Integer> {

    private final JcomposeCommand root;
    private final CommandSpec spec;
    private final TimelineOption timeline = new TimelineOption();
    private boolean volumes;
    private boolean removeOrphans;
    private Integer timeout;
    private String rmi;

    DownCommand(JcomposeCommand root) {
        this.root = root;
        CommandModel model = CommandModel.of(this, "down", "Stop and remove containers, networks")
                .add(flag(v -> volumes = v, "-v", "--volumes")
                        .description("Remove named volumes declared in the volumes section and anonymous volumes "
                                + "attached to containers"))
                .add(flag(v -> removeOrphans = v, "--remove-orphans")
                        .description("Remove containers for services not defined in the Compose file"))
                .add(option(Integer.class, v -> timeout = v, "-t", "--timeout").paramLabel("SECONDS")
                        .description("Shutdown timeout in seconds"))
                .add(option(String.class, v -> rmi = v, "--rmi").paramLabel("TYPE")
                        .description("Remove images used by services: local, all"));
        timeline.declare(model);
        spec = model.spec();
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        if (rmi != null && !rmi.equals("local") && !rmi.equals("all")) {
            throw new ParameterException(spec.commandLine(), "--rmi: invalid value " + rmi
                    + " (expected local or all)");
        }
        try (ProjectSession session = open()) {
            session.recordTimeline(timeline.file(), "down");
            return converge(session, rmi == null ? session.observeWithoutImages() : session.observe());
        }
    }

    ProjectSession open() {
        return ProjectSession.open(root.global(), List.of(), true, spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }

    /** Plans and runs the removal of what {@code observed} holds (the start-up training gives a recorded state). */
    int converge(ProjectSession session, ObservedState observed) {
        List<String> images = rmi == null ? List.of() : DownImages.select(rmi, session.project(),
                session.labelledImageTags(), observed.images().keySet());
        Plan plan = Reconciler.down(session.project(), observed, volumes, removeOrphans,
                UpCommand.seconds(timeout), ClientVersion.current(), images);
        return session.execute(plan, observed, Optional.empty(), Optional.empty());
    }
}
