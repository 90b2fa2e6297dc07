package io.jcompose.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The root {@code jcompose} command: global options, and the subcommands. */
public final class JcomposeCommand implements Runnable {

    private final GlobalOptions global = new GlobalOptions();
    private final CommandSpec spec;

    public JcomposeCommand() {
        CommandModel model = CommandModel.of(this, "jcompose",
                "Define and run multi-container applications from Compose files, like docker compose.");
        global.declare(model);
        spec = model.spec();
    }

    public GlobalOptions global() {
        return global;
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command");
    }
}
