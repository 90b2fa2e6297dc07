package io.jcompose.cli;

import io.jcompose.cli.terminal.RawMode;
import io.jcompose.cli.terminal.Signals;
import io.jcompose.cli.terminal.Terminal;
import io.jcompose.cli.terminal.WindowSize;
import io.jcompose.engine.EngineClient;
import io.jcompose.engine.api.ContainerSummary;
import io.jcompose.engine.api.ExecCreateBody;
import io.jcompose.engine.api.ExecInspect;
import io.jcompose.engine.transport.HijackedStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code jcompose exec SERVICE COMMAND [ARGS...]}: runs a command in a service's running container.
 * A TTY is used when both stdin and stdout are terminals (unless {@code -T}); the exit code is the command's.
 */
@Command(name = "exec", description = "Execute a command in a running container", usageHelpAutoWidth = true,
        modelTransformer = CommandArguments.class)
public final class ExecCommand implements Callable<Integer> {

    @ParentCommand
    private JcomposeCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help")
    private boolean help;

    @Option(names = {"-d", "--detach"}, description = "Detached mode: Run command in the background")
    private boolean detach;

    @Option(names = {"-e", "--env"}, paramLabel = "KEY=VAL", description = "Set environment variables")
    private List<String> env = new ArrayList<>();

    @Option(names = {"-u", "--user"}, description = "Run the command as this user")
    private String user = "";

    @Option(names = {"-w", "--workdir"}, description = "Path to workdir directory for this command")
    private String workdir = "";

    @Option(names = "--index", description = "Index of the container if service has multiple replicas")
    private int index;

    @Option(names = "--privileged", description = "Give extended privileges to the process")
    private boolean privileged;

    @Option(names = {"-T", "--no-tty", "--no-TTY"},
            description = "Disable pseudo-TTY allocation. By default a TTY is allocated when stdin and stdout are terminals")
    private boolean noTty;

    @Option(names = {"-i", "--interactive"}, arity = "0..1", fallbackValue = "true",
            description = "Keep STDIN open even if not attached (default true)")
    private boolean interactive = true;

    @Parameters(index = "0", paramLabel = "SERVICE", description = "The service whose container runs the command")
    private String service;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "COMMAND", description = "The command and its arguments")
    private List<String> command = new ArrayList<>();

    @Override
    public Integer call() {
        ProjectScope scope = ProjectScope.nameOnly(root.global(), spec.commandLine().getErr());
        // System.console() is null unless stdin and stdout are terminals: piped runs never load JNA
        boolean tty = !noTty && !detach && System.console() != null
                && Terminal.isTerminal(Terminal.STDIN) && Terminal.isTerminal(Terminal.STDOUT);
        try (EngineClient engine = EngineConnection.open(root.global())) {
            ContainerSummary container = ServiceContainer.find(engine, scope.name(), service, index, false, true);
            boolean stdin = interactive && !detach;
            ExecCreateBody body = new ExecCreateBody(command, environment(env, System.getenv()), workdir, user,
                    privileged, tty, stdin, !detach, !detach);
            String exec = engine.await(engine.execs().create(container.id(), body));
            if (detach) {
                engine.await(engine.execs().startDetached(exec));
                return ExitCodes.OK;
            }
            return tty ? runWithTerminal(engine, exec, stdin) : run(engine, exec, stdin, false);
        }
    }

    private static int runWithTerminal(EngineClient engine, String exec, boolean stdin) {
        RawMode raw = Terminal.raw(Terminal.STDIN);
        try {
            return run(engine, exec, stdin, true);
        } finally {
            raw.close();
        }
    }

    private static int run(EngineClient engine, String exec, boolean stdin, boolean tty) {
        ContainerStdio stdio = new ContainerStdio();
        HijackedStream stream = engine.await(engine.execs().start(exec, tty, stdio.output()));
        if (tty) {
            Runnable resize = () -> Terminal.size(Terminal.STDOUT).ifPresent(size -> resize(engine, exec, size));
            resize.run();
            Signals.on("WINCH", resize);
        }
        if (stdin) {
            stdio.forwardStdin(stream, tty, Optional.empty());
        }
        engine.await(stream.ended());
        return exitCode(engine, exec);
    }

    private static void resize(EngineClient engine, String exec, WindowSize size) {
        // a resize racing the end of the process fails harmlessly
        engine.execs().resize(exec, size.rows(), size.columns());
    }

    /** The process's exit code; the engine may report it a moment after the stream closed. */
    private static int exitCode(EngineClient engine, String exec) {
        for (int attempt = 0; attempt < 50; attempt++) {
            ExecInspect inspected = engine.await(engine.execs().inspect(exec));
            if (!inspected.running()) {
                return inspected.exitCode();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return ExitCodes.INTERRUPTED;
            }
        }
        return engine.await(engine.execs().inspect(exec)).exitCode();
    }

    /** {@code KEY=VAL} as given; a bare {@code KEY} takes its value from jcompose's environment, or is dropped. */
    static List<String> environment(List<String> given, Map<String, String> environment) {
        List<String> resolved = new ArrayList<>();
        for (String entry : given) {
            if (entry.contains("=")) {
                resolved.add(entry);
            } else if (environment.containsKey(entry)) {
                resolved.add(entry + "=" + environment.get(entry));
            }
        }
        return resolved;
    }
}
