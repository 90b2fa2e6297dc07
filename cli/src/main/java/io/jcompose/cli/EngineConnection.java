package io.jcompose.cli;

import io.jcompose.engine.Engine;
import io.jcompose.engine.EngineClient;
import io.jcompose.engine.EngineOptions;

/**
 * How every engine-facing command reaches the engine: the environment's endpoint, with
 * {@code --parallel} over {@code COMPOSE_PARALLEL_LIMIT}. Commands that never call the engine
 * ({@code config}, {@code --help}) do not touch this class, so they never start Vert.x.
 */
public final class EngineConnection {

    private EngineConnection() {
    }

    public static EngineOptions options(GlobalOptions global) {
        EngineOptions options = EngineOptions.fromEnvironment();
        if (global.parallel != null) {
            options = options.withParallelLimit(global.parallel);
        }
        return options;
    }

    /** Connects, or fails with the paragraph that lists every endpoint tried. */
    public static EngineClient open(GlobalOptions global) {
        return Engine.connect(options(global));
    }
}
