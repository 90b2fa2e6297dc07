package io.jcompose.cli;

import static io.jcompose.cli.CommandModel.flag;
import static io.jcompose.cli.CommandModel.list;
import static io.jcompose.cli.CommandModel.option;
import static io.jcompose.cli.CommandModel.positional;
import static io.jcompose.cli.CommandModel.positionals;

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
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code jcompose exec SERVICE COMMAND [ARGS...]}: runs a command in a service's running container.
 * A TTY is used when both stdin and stdout are terminals (unless {@code -T}); the exit code is the command's.
 */
public final class ExecCommand implements Callable<Integer> {

    private final JcomposeCommand root;
    private final CommandSpec spec;
    private boolean detach;
    private List<String> env = new ArrayList<>();
    private String user = "";
    private String workdir = "";
    private int index;
    private boolean privileged;
    private boolean noTty;
    private boolean interactive = true;
    private String service;
    private List<String> command = new ArrayList<>();

    ExecCommand(JcomposeCommand root) {
        this.root = root;
        spec = CommandModel.of(this, "exec", "Execute a command in a running container")
                .add(flag(v -> detach = v, "-d", "--detach")
                        .description("Detached mode: Run command in the background"))
                .add(list(v -> env = v, "-e", "--env").paramLabel("KEY=VAL").description("Set environment variables"))
                .add(option(String.class, v -> user = v, "-u", "--user").paramLabel("<user>")
                        .description("Run the command as this user"))
                .add(option(String.class, v -> workdir = v, "-w", "--workdir").paramLabel("<workdir>")
                        .description("Path to workdir directory for this command"))
                .add(option(int.class, v -> index = v, "--index").paramLabel("<index>")
                        .description("Index of the container if service has multiple replicas"))
                .add(flag(v -> privileged = v, "--privileged").description("Give extended privileges to the process"))
                .add(flag(v -> noTty = v, "-T", "--no-tty", "--no-TTY")
                        .description("Disable pseudo-TTY allocation. By default a TTY is allocated when stdin and "
                                + "stdout are terminals"))
                .add(flag(v -> interactive = v, "-i", "--interactive").arity("0..1").fallbackValue("true")
                        .paramLabel("<interactive>")
                        .description("Keep STDIN open even if not attached (default true)"))
                .add(positional(String.class, v -> service = v, "0").paramLabel("SERVICE")
                        .description("The service whose container runs the command"))
                .add(positionals(v -> command = v, "1..*").arity("1..*").paramLabel("COMMAND")
                        .description("The command and its arguments"))
                .spec();
        // options end at the first positional: in "exec web sh -c 'exit 3'" the -c is for sh, as in
        // docker compose
        spec.parser().stopAtPositional(true);
    }

    CommandSpec spec() {
        return spec;
    }

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
