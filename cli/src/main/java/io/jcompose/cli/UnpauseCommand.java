package io.jcompose.cli;

import io.jcompose.engine.EngineClient;
import io.vertx.core.Future;
import picocli.CommandLine.Command;

/** {@code jcompose unpause}: resumes the project's paused containers. */
@Command(name = "unpause", description = "Unpause services", usageHelpAutoWidth = true)
public final class UnpauseCommand extends PauseStateCommand {

    @Override
    String done() {
        return "Unpaused";
    }

    @Override
    Future<Void> apply(EngineClient engine, String containerId) {
        return engine.containers().unpause(containerId);
    }
}
