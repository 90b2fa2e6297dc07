package io.jcompose.cli;

import io.jcompose.engine.EngineClient;
import io.vertx.core.Future;
import picocli.CommandLine.Command;

/** {@code jcompose pause}: freezes the project's running containers. */
@Command(name = "pause", description = "Pause services", usageHelpAutoWidth = true)
public final class PauseCommand extends PauseStateCommand {

    @Override
    String done() {
        return "Paused";
    }

    @Override
    Future<Void> apply(EngineClient engine, String containerId) {
        return engine.containers().pause(containerId);
    }
}
