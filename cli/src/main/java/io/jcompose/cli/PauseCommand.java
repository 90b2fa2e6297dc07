package io.jcompose.cli;

import io.jcompose.engine.EngineClient;
import io.vertx.core.Future;

/** {@code jcompose pause}: freezes the project's running containers. */
public final class PauseCommand extends PauseStateCommand {

    PauseCommand(JcomposeCommand root) {
        super(root, "pause", "Pause services");
    }

    @Override
    String done() {
        return "Paused";
    }

    @Override
    Future<Void> apply(EngineClient engine, String containerId) {
        return engine.containers().pause(containerId);
    }
}
