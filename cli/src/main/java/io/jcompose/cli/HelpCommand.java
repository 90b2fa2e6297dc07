package io.jcompose.cli;

import static io.jcompose.cli.CommandModel.positional;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpCommandInitializable2;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code jcompose help [COMMAND]}: the root's usage, or a command's. picocli's own help command would do
 * the same, but it is declared with annotations (see {@link CommandModel} for what reading them costs), and
 * the root's {@code --help} registers it.
 */
final class HelpCommand implements IHelpCommandInitializable2, Callable<Integer> {

    private final CommandSpec spec;
    private String command;
    private CommandLine self;
    private PrintWriter out;
    private Help.ColorScheme colors;

    HelpCommand() {
        spec = CommandModel.of(this, "help", "%nWhen no COMMAND is given, the usage help for the main command is "
                        + "displayed.", "If a COMMAND is specified, the help for that command is shown.%n")
                .add(positional(String.class, v -> command = v, "0").arity("0..1").paramLabel("COMMAND")
                        .description("The COMMAND to display the usage help message for."))
                .spec();
        spec.helpCommand(true);
        spec.usageMessage().header("Display help information about the specified command.").synopsisHeading("%nUsage: ");
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public void init(CommandLine helpCommandLine, Help.ColorScheme colorScheme, PrintWriter out, PrintWriter err) {
        this.self = helpCommandLine;
        this.colors = colorScheme;
        this.out = out;
    }

    @Override
    public Integer call() {
        CommandLine parent = self.getParent();
        if (command == null) {
            parent.usage(out, colors);
            return ExitCodes.OK;
        }
        CommandLine subcommand = parent.getSubcommands().get(command);
        if (subcommand == null) {
            throw new ParameterException(parent, "Unknown subcommand '" + command + "'.", null, command);
        }
        subcommand.usage(out, colors);
        return ExitCodes.OK;
    }
}
