package io.jcompose.cli;

import io.jcompose.engine.transport.ClientWarmUp;
import picocli.CommandLine;

/** Entry point: runs the command line and exits with its code. */
public final class Main {

    private static final String NETTY_JFR = "io.netty.jfr.enabled";

    private Main() {
    }

    public static void main(String[] args) {
        processDefaults();
        System.exit(run(args));
    }

    /** System properties a jcompose process runs with unless given; set before any library reads them. */
    static void processDefaults() {
        // Netty's buffer allocator registers flight-recorder events, which loads the JFR machinery on every
        // engine call (tens of milliseconds at start-up); a command-line run records nothing.
        if (System.getProperty(NETTY_JFR) == null) {
            System.setProperty(NETTY_JFR, "false");
        }
    }

    /** Runs one jcompose invocation and returns its exit code, without exiting the JVM. */
    public static int run(String... args) {
        if (Subcommands.likelyReadsEngineAnswers(args)) {
            // on another core while this one builds and parses the command line and loads the project
            ClientWarmUp.start();
        }
        JcomposeCommand root = new JcomposeCommand();
        CommandLine commandLine = Subcommands.commandLine(root, args);
        commandLine.setExecutionExceptionHandler(new FailureReport(root.global()));
        commandLine.setParameterExceptionHandler(new UsageError());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine.execute(args);
    }
}
