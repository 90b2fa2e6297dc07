package io.jcompose.cli;

import io.jcompose.engine.api.ProgressMessage;
import io.jcompose.engine.build.BuildException;
import io.jcompose.engine.build.BuildOutput;
import io.jcompose.engine.build.ImageBuild;
import io.jcompose.engine.reconcile.Progress;
import io.jcompose.engine.registry.ImagePush;
import io.vertx.core.Handler;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Builds (and the pushes of {@code build --push}) on the progress display. Each build is one resource,
 * {@code Service web}: Building, then each step as the builder reaches it ({@code Step 3/7 : RUN make}), then
 * Built or Error. On a terminal that is one live line per build, redrawn in place; the failure's message, printed
 * once the display is closed, carries the failed step and its last lines. Plain progress prints, besides those
 * changes, every output line prefixed with its services ({@code [web] Step 3/7 : RUN make}); quiet prints nothing.
 */
final class BuildView implements BuildOutput {

    private final ProgressDisplay progress;

    BuildView(ProgressDisplay progress) {
        this.progress = progress;
    }

    private static String resource(ImageBuild build) {
        return "Service " + build.name();
    }

    @Override
    public void started(ImageBuild build) {
        progress.update(resource(build), "Building", Progress.State.WORKING);
    }

    @Override
    public void line(ImageBuild build, String line) {
        switch (progress.mode()) {
            case PLAIN -> progress.note("[" + build.name() + "] " + line);
            case TTY, JSON -> {
                if (line.startsWith("Step ")) {
                    progress.update(resource(build), line, Progress.State.WORKING);
                }
            }
            case QUIET -> {
            }
        }
    }

    @Override
    public void finished(ImageBuild build, Optional<BuildException> failure) {
        progress.update(resource(build), failure.isPresent() ? "Error" : "Built",
                failure.isPresent() ? Progress.State.ERROR : Progress.State.DONE);
    }

    /** The push of {@code push} starts: its messages, as a count of the layers the registry holds. */
    Handler<ProgressMessage> pushing(ImagePush push) {
        String resource = "Image " + push.image();
        progress.update(resource, "Pushing", Progress.State.WORKING);
        Set<String> layers = new HashSet<>();
        Set<String> stored = new HashSet<>();
        return message -> {
            if (message.id().isEmpty() || message.status().isEmpty()) {
                return;
            }
            String status = message.status();
            boolean changed = layers.add(message.id());
            if (status.equals("Pushed") || status.equals("Layer already exists") || status.startsWith("Mounted from")) {
                changed |= stored.add(message.id());
            }
            if (changed) {
                progress.update(resource, "Pushing " + stored.size() + "/" + layers.size() + " layers",
                        Progress.State.WORKING);
            }
        };
    }

    void pushed(ImagePush push, Optional<Throwable> failure) {
        progress.update("Image " + push.image(), failure.isPresent() ? "Error" : "Pushed",
                failure.isPresent() ? Progress.State.ERROR : Progress.State.DONE);
    }
}
