package io.jcompose.cli;

import picocli.CommandLine;

/** Entry point: runs the command line and exits with its code. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one jcompose invocation and returns its exit code, without exiting the JVM. */
    public static int run(String... args) {
        JcomposeCommand root = new JcomposeCommand();
        CommandLine commandLine = Subcommands.commandLine(root, args);
        commandLine.setExecutionExceptionHandler(new FailureReport(root.global()));
        commandLine.setParameterExceptionHandler(new UsageError());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine.execute(args);
    }
}
