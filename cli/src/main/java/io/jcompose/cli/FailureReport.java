package io.jcompose.cli;

import io.jcompose.engine.reconcile.Interrupted;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failed command into what the user reads: the message first, one line where possible,
 * the stack trace only with {@code --verbose}, and exit code 1.
 */
final class FailureReport implements IExecutionExceptionHandler {

    private final GlobalOptions global;

    FailureReport(GlobalOptions global) {
        this.global = global;
    }

    @Override
    public int handleExecutionException(Exception failure, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            message = failure.getClass().getSimpleName();
        }
        err.println(message);
        if (global.verbose) {
            failure.printStackTrace(err);
        }
        err.flush();
        return failure instanceof Interrupted ? ExitCodes.INTERRUPTED : ExitCodes.FAILURE;
    }
}
