package io.jcompose.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The root {@code jcompose} command: global options, and the subcommands. */
@Command(
        name = "jcompose",
        mixinStandardHelpOptions = false,
        usageHelpAutoWidth = true,
        description = "Define and run multi-container applications from Compose files, like docker compose.")
public final class JcomposeCommand implements Runnable {

    @Mixin
    private final GlobalOptions global = new GlobalOptions();

    @picocli.CommandLine.Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help")
    private boolean help;

    @Spec
    private CommandSpec spec;

    public GlobalOptions global() {
        return global;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command");
    }
}
