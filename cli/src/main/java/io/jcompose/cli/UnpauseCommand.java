package io.jcompose.cli;

import io.jcompose.engine.EngineClient;
import io.vertx.core.Future;

/** {@code jcompose unpause}: resumes the project's paused containers. */
public final class UnpauseCommand extends PauseStateCommand {

    UnpauseCommand(JcomposeCommand root) {
        super(root, "unpause", "Unpause services");
    }

    @Override
    String done() {
        return "Unpaused";
    }

    @Override
    Future<Void> apply(EngineClient engine, String containerId) {
        return engine.containers().unpause(containerId);
    }
}
