package io.jcompose.cli;

import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * jcompose's subcommands, registered on demand: picocli builds a command's model by reflection when it is
 * registered, and building all of them costs more start-up time than most commands take to run. A command
 * line naming a known command gets only that one; the root's help, {@code help}, an unknown or a missing
 * command get them all (for the command list and picocli's suggestions).
 */
final class Subcommands {

    /** Every command, in the order the root's help lists them. */
    static final List<String> NAMES = List.of("help", "version", "config", "ps", "ls", "top", "port", "images",
            "pause", "unpause", "kill", "rm", "build", "up", "create", "down", "start", "stop", "restart", "pull",
            "push", "exec", "cp", "attach", "logs", "events", "wait", "run");

    private Subcommands() {
    }

    /** The root command line with the subcommands {@code args} may need. */
    static CommandLine commandLine(JcomposeCommand root, String... args) {
        CommandLine commandLine = new CommandLine(root);
        Optional<String> named = named(commandLine.getCommandSpec(), args).filter(NAMES::contains)
                .filter(name -> !name.equals("help"));
        for (String name : named.map(List::of).orElse(NAMES)) {
            // a CommandLine of its own, as picocli applies a command's model transformer only then
            commandLine.addSubcommand(name, new CommandLine(create(name)));
        }
        return commandLine;
    }

    /** The first word of {@code args} that is neither a root option nor an option's value. */
    static Optional<String> named(CommandSpec root, String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                return Optional.empty();
            }
            if (arg.startsWith("-") && arg.length() > 1) {
                // "--file=x" and "-fx" carry their value; "--file x" takes the next word
                OptionSpec option = root.findOption(arg);
                if (option != null && option.usageHelp()) {
                    return Optional.empty();
                }
                if (option != null) {
                    i += option.arity().min();
                }
                continue;
            }
            return Optional.of(arg);
        }
        return Optional.empty();
    }

    static Object create(String name) {
        return switch (name) {
            case "help" -> new HelpCommand();
            case "version" -> new VersionCommand();
            case "config" -> new ConfigCommand();
            case "ps" -> new PsCommand();
            case "ls" -> new LsCommand();
            case "top" -> new TopCommand();
            case "port" -> new PortCommand();
            case "images" -> new ImagesCommand();
            case "pause" -> new PauseCommand();
            case "unpause" -> new UnpauseCommand();
            case "kill" -> new KillCommand();
            case "rm" -> new RmCommand();
            case "build" -> new BuildCommand();
            case "up" -> new UpCommand();
            case "create" -> new CreateCommand();
            case "down" -> new DownCommand();
            case "start" -> new StartCommand();
            case "stop" -> new StopCommand();
            case "restart" -> new RestartCommand();
            case "pull" -> new PullCommand();
            case "push" -> new PushCommand();
            case "exec" -> new ExecCommand();
            case "cp" -> new CpCommand();
            case "attach" -> new AttachCommand();
            case "logs" -> new LogsCommand();
            case "events" -> new EventsCommand();
            case "wait" -> new WaitCommand();
            case "run" -> new RunCommand();
            default -> throw new IllegalArgumentException("no command " + name);
        };
    }
}
