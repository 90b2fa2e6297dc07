package io.jcompose.cli;

import static io.jcompose.cli.CommandModel.flag;
import static io.jcompose.cli.CommandModel.option;
import static io.jcompose.cli.CommandModel.positional;

import io.jcompose.cli.terminal.RawMode;
import io.jcompose.cli.terminal.Signals;
import io.jcompose.cli.terminal.Terminal;
import io.jcompose.engine.EngineClient;
import io.jcompose.engine.api.ContainerInspect;
import io.jcompose.engine.api.ContainerSummary;
import io.jcompose.engine.transport.HijackedStream;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code jcompose attach SERVICE}: the user's terminal joined to a running service container's stdio,
 * as {@code docker attach} does. Ends with the container (its exit code) or when the detach keys are typed (0).
 */
public final class AttachCommand implements Callable<Integer> {

    private final JcomposeCommand root;
    private final CommandSpec spec;
    private int index;
    private boolean noStdin;
    private boolean sigProxy = true;
    private String detachKeys = DetachKeys.DEFAULT;
    private String service;

    AttachCommand(JcomposeCommand root) {
        this.root = root;
        spec = CommandModel.of(this, "attach",
                "Attach local standard input, output, and error streams to a service's running container")
                .add(option(int.class, v -> index = v, "--index").paramLabel("<index>")
                        .description("index of the container if service has multiple replicas"))
                .add(flag(v -> noStdin = v, "--no-stdin").description("Do not attach STDIN"))
                .add(flag(v -> sigProxy = v, "--sig-proxy").arity("0..1").fallbackValue("true").paramLabel("<sigProxy>")
                        .description("Proxy all received signals to the process (default true)"))
                .add(option(String.class, v -> detachKeys = v, "--detach-keys").paramLabel("<detachKeys>")
                        .description("Override the key sequence for detaching from a container"))
                .add(positional(String.class, v -> service = v, "0").paramLabel("SERVICE")
                        .description("The service whose container to attach to"))
                .spec();
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        DetachKeys keys = DetachKeys.parse(detachKeys);
        ProjectScope scope = ProjectScope.nameOnly(root.global(), spec.commandLine().getErr());
        try (EngineClient engine = EngineConnection.open(root.global())) {
            ContainerSummary container = ServiceContainer.find(engine, scope.name(), service, index, false, true);
            ContainerInspect inspected = engine.await(engine.containers().inspect(container.id()));
            boolean tty = inspected.config().tty();
            boolean stdin = !noStdin && inspected.config().openStdin();
            boolean terminal = tty && stdin && Terminal.isTerminal(Terminal.STDIN);
            if (!terminal) {
                return attach(engine, container.id(), tty, stdin, false, keys);
            }
            RawMode raw = Terminal.raw(Terminal.STDIN);
            try {
                return attach(engine, container.id(), tty, true, true, keys);
            } finally {
                raw.close();
            }
        }
    }

    private int attach(EngineClient engine, String container, boolean tty, boolean stdin, boolean terminal,
            DetachKeys keys) {
        ContainerStdio stdio = new ContainerStdio();
        HijackedStream stream = engine.await(engine.containers().attach(container, stdin, tty, stdio.output()));
        if (terminal) {
            Runnable resize = () -> Terminal.size(Terminal.STDOUT)
                    .ifPresent(size -> engine.containers().resize(container, size.rows(), size.columns()));
            resize.run();
            Signals.on("WINCH", resize);
        }
        if (sigProxy && !tty) {
            // docker's sig-proxy: the signal goes to the container, whose end then ends this command
            Signals.on("INT", () -> engine.containers().kill(container, "SIGINT"));
            Signals.on("TERM", () -> engine.containers().kill(container, "SIGTERM"));
        }
        if (stdin) {
            stdio.forwardStdin(stream, terminal, Optional.of(keys));
        }
        CompletableFuture<Void> ended = stream.ended().toCompletionStage().toCompletableFuture();
        try {
            CompletableFuture.anyOf(ended, stdio.detached()).join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        }
        if (stdio.detached().isDone()) {
            stream.close();
            return ExitCodes.OK;
        }
        return engine.await(engine.containers().waitFor(container, "")).statusCode();
    }
}
