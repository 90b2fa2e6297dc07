package io.jcompose.cli;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * jcompose's subcommands, registered on demand: each command builds its model (some 10-30 options) when it
 * is created, and a run needs one. A command line naming a known command gets only that one; the root's
 * help, {@code help}, an unknown or a missing command get them all (for the command list and picocli's
 * suggestions).
 */
final class Subcommands {

    /** Every command, in the order the root's help lists them. */
    static final List<String> NAMES = List.of("help", "version", "config", "ps", "ls", "top", "port", "images",
            "pause", "unpause", "kill", "rm", "build", "up", "create", "down", "start", "stop", "restart", "pull",
            "push", "exec", "cp", "attach", "logs", "events", "wait", "run");

    /** The commands that never read an engine answer. */
    private static final Set<String> ENGINELESS = Set.of("help", "config");

    private Subcommands() {
    }

    /** The root command line with the subcommands {@code args} may need. */
    static CommandLine commandLine(JcomposeCommand root, String... args) {
        CommandLine commandLine = new CommandLine(root.spec());
        Optional<String> named = named(commandLine.getCommandSpec(), args).filter(NAMES::contains)
                .filter(name -> !name.equals("help"));
        for (String name : named.map(List::of).orElse(NAMES)) {
            commandLine.addSubcommand(name, create(name, root));
        }
        return commandLine;
    }

    /**
     * Whether the first word of {@code args} that names a command names one that reads engine answers. A guess
     * made before the command line's model exists, so that the client's warm-up starts first: a root option's
     * value that is a command's name misleads it, which costs no more than the warm-up.
     */
    static boolean likelyReadsEngineAnswers(String... args) {
        for (String arg : args) {
            if (arg.equals("--")) {
                return false;
            }
            if (NAMES.contains(arg)) {
                return !ENGINELESS.contains(arg);
            }
        }
        return false;
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

    static CommandSpec create(String name, JcomposeCommand root) {
        return switch (name) {
            case "help" -> new HelpCommand().spec();
            case "version" -> new VersionCommand(root).spec();
            case "config" -> new ConfigCommand(root).spec();
            case "ps" -> new PsCommand(root).spec();
            case "ls" -> new LsCommand(root).spec();
            case "top" -> new TopCommand(root).spec();
            case "port" -> new PortCommand(root).spec();
            case "images" -> new ImagesCommand(root).spec();
            case "pause" -> new PauseCommand(root).spec();
            case "unpause" -> new UnpauseCommand(root).spec();
            case "kill" -> new KillCommand(root).spec();
            case "rm" -> new RmCommand(root).spec();
            case "build" -> new BuildCommand(root).spec();
            case "up" -> new UpCommand(root).spec();
            case "create" -> new CreateCommand(root).spec();
            case "down" -> new DownCommand(root).spec();
            case "start" -> new StartCommand(root).spec();
            case "stop" -> new StopCommand(root).spec();
            case "restart" -> new RestartCommand(root).spec();
            case "pull" -> new PullCommand(root).spec();
            case "push" -> new PushCommand(root).spec();
            case "exec" -> new ExecCommand(root).spec();
            case "cp" -> new CpCommand(root).spec();
            case "attach" -> new AttachCommand(root).spec();
            case "logs" -> new LogsCommand(root).spec();
            case "events" -> new EventsCommand(root).spec();
            case "wait" -> new WaitCommand(root).spec();
            case "run" -> new RunCommand(root).spec();
            default -> throw new IllegalArgumentException("no command " + name);
        };
    }
}
