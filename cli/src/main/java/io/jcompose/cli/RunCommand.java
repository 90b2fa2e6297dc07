package io.jcompose.cli;

import static io.jcompose.cli.CommandModel.flag;
import static io.jcompose.cli.CommandModel.list;
import static io.jcompose.cli.CommandModel.option;
import static io.jcompose.cli.CommandModel.positional;
import static io.jcompose.cli.CommandModel.positionals;

import io.jcompose.cli.terminal.RawMode;
import io.jcompose.cli.terminal.Signals;
import io.jcompose.cli.terminal.Terminal;
import io.jcompose.engine.EngineClient;
import io.jcompose.engine.EngineException;
import io.jcompose.engine.api.WaitResult;
import io.jcompose.engine.container.ContainerCreateRequest;
import io.jcompose.engine.container.ContainerNames;
import io.jcompose.engine.container.NetworkConnect;
import io.jcompose.engine.reconcile.ObservedContainer;
import io.jcompose.engine.reconcile.ObservedImage;
import io.jcompose.engine.reconcile.ObservedState;
import io.jcompose.engine.reconcile.OneOffRequest;
import io.jcompose.engine.reconcile.Plan;
import io.jcompose.engine.reconcile.Reconciler;
import io.jcompose.engine.reconcile.UpOptions;
import io.jcompose.engine.transport.HijackedStream;
import io.jcompose.spec.canonical.ShellWords;
import io.jcompose.spec.model.Project;
import io.jcompose.spec.model.ServiceConfig;
import io.vertx.core.Future;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code jcompose run SERVICE [COMMAND...]}: a one-off container of a service (reference 3.11). Its
 * dependencies are started and waited for first (unless {@code --no-deps}); the one-off is attached before it
 * starts so no output is lost, and the exit code is the container's.
 */
public final class RunCommand implements Callable<Integer> {

    private final JcomposeCommand root;
    private final CommandSpec spec;
    private boolean detach;
    private boolean remove;
    private String name = "";
    private List<String> env = new ArrayList<>();
    private List<String> labels = new ArrayList<>();
    private String entrypoint;
    private String user;
    private String workdir;
    private List<String> volumes = new ArrayList<>();
    private List<String> publish = new ArrayList<>();
    private boolean servicePorts;
    private boolean useAliases;
    private boolean noDeps;
    private boolean noTty;
    private boolean interactive = true;
    private String pull = "policy";
    private String service;
    private List<String> command = new ArrayList<>();

    RunCommand(JcomposeCommand root) {
        this.root = root;
        spec = CommandModel.of(this, "run", "Run a one-off command on a service")
                .add(flag(v -> detach = v, "-d", "--detach")
                        .description("Run container in background and print container name"))
                .add(flag(v -> remove = v, "--rm").description("Automatically remove the container when it exits"))
                .add(option(String.class, v -> name = v, "--name").paramLabel("<name>")
                        .description("Assign a name to the container"))
                .add(list(v -> env = v, "-e", "--env").paramLabel("KEY=VAL").description("Set environment variables"))
                .add(list(v -> labels = v, "-l", "--label").paramLabel("KEY=VAL")
                        .description("Add or override a label"))
                .add(option(String.class, v -> entrypoint = v, "--entrypoint").paramLabel("<entrypoint>")
                        .description("Override the entrypoint of the image"))
                .add(option(String.class, v -> user = v, "-u", "--user").paramLabel("<user>")
                        .description("Run as specified username or uid"))
                .add(option(String.class, v -> workdir = v, "-w", "--workdir").paramLabel("<workdir>")
                        .description("Working directory inside the container"))
                .add(list(v -> volumes = v, "-v", "--volume").paramLabel("<volumes>")
                        .description("Bind mount a volume"))
                .add(list(v -> publish = v, "-p", "--publish").paramLabel("<publish>")
                        .description("Publish a container's port(s) to the host"))
                .add(flag(v -> servicePorts = v, "-P", "--service-ports")
                        .description("Run command with all service's ports enabled and mapped to the host"))
                .add(flag(v -> useAliases = v, "--use-aliases")
                        .description("Use the service's network aliases in the network(s) the container connects to"))
                .add(flag(v -> noDeps = v, "--no-deps").description("Don't start linked services"))
                .add(flag(v -> noTty = v, "-T", "--no-tty", "--no-TTY")
                        .description("Disable pseudo-TTY allocation (default: auto-detected)"))
                .add(flag(v -> interactive = v, "-i", "--interactive").arity("0..1").fallbackValue("true")
                        .paramLabel("<interactive>")
                        .description("Keep STDIN open even if not attached (default true)"))
                .add(option(String.class, v -> pull = v, "--pull").paramLabel("POLICY")
                        .description("Pull image before running: always, missing, never"))
                .add(positional(String.class, v -> service = v, "0").paramLabel("SERVICE")
                        .description("The service to run a one-off container of"))
                .add(positionals(v -> command = v, "1..*").paramLabel("COMMAND")
                        .description("The command and its arguments"))
                .spec();
        // options end at the first positional: in "run web sh -c 'exit 3'" the -c is for sh, as in
        // docker compose
        spec.parser().stopAtPositional(true);
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        GlobalOptions global = root.global();
        boolean tty = !noTty && !detach && System.console() != null
                && Terminal.isTerminal(Terminal.STDIN) && Terminal.isTerminal(Terminal.STDOUT);
        boolean stdin = interactive && !detach;
        OneOffOverrides overrides = new OneOffOverrides(command, entrypoint(), Optional.ofNullable(user),
                Optional.ofNullable(workdir), ExecCommand.environment(env, System.getenv()), labels(),
                volumes, publish, servicePorts, tty, stdin);
        try (ProjectSession session = ProjectSession.open(global, List.of(service), false,
                spec.commandLine().getOut(), spec.commandLine().getErr())) {
            Project project = session.project().orElseThrow();
            ServiceConfig config = Optional.ofNullable(project.services().get(service)).orElseThrow(() ->
                    new ParameterException(spec.commandLine(), "no such service: " + service));
            UpOptions options = new UpOptions(Set.of(), noDeps, false, false, false, false,
                    ConvergeOptions.ignoreOrphans(), false, Map.of(), false, Optional.empty(),
                    ConvergeOptions.pullPolicy(spec, pull), false);
            ObservedState observed = session.observe();
            Plan plan = Reconciler.run(session.context(), observed, options, service);
            int prepared = session.execute(plan, observed, Optional.of(after ->
                    Reconciler.oneOffGates(session.graph(after), service, after)), Optional.empty());
            if (prepared != ExitCodes.OK || global.dryRun) {
                return prepared;
            }
            session.progress().close();
            return runOneOff(session, config, overrides);
        }
    }

    private int runOneOff(ProjectSession session, ServiceConfig config, OneOffOverrides overrides) {
        EngineClient engine = session.engine();
        String image = config.image().orElseThrow();
        ObservedState after = engine.await(ObservedState.observe(engine, session.name(), List.of(image)));
        Optional<ObservedImage> observedImage = Optional.ofNullable(after.images().get(image));
        Map<String, String> serviceContainers = new LinkedHashMap<>();
        for (ObservedContainer container : after.containers()) {
            if (!container.oneOff()) {
                serviceContainers.putIfAbsent(container.service(), container.id());
            }
        }
        String slug = ContainerNames.newSlug();
        String containerName = name.isEmpty()
                ? ContainerNames.compatibility(root.global().compatibility).oneOff(session.name(), service, slug)
                : name;
        Path projectDirectory = session.context().labels().workingDirectory();
        ContainerCreateRequest request = OneOffRequest.of(session.context(), config, containerName, slug,
                observedImage.map(ObservedImage::id).orElse(""),
                observedImage.map(ObservedImage::volumes).orElse(Set.of()), serviceContainers, useAliases,
                overrides.stdin(), remove);
        String id = engine.await(engine.containers().create(request.name(), request.platform(),
                overrides.apply(request.body(), projectDirectory)));
        for (NetworkConnect connect : request.connects()) {
            engine.await(engine.networks().connect(connect.network(), id, connect.endpointConfig()));
        }
        if (detach) {
            start(engine, id);
            spec.commandLine().getOut().println(containerName);
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
        if (!overrides.tty()) {
            return attachAndRun(engine, id, overrides.stdin(), false);
        }
        RawMode raw = Terminal.raw(Terminal.STDIN);
        try {
            return attachAndRun(engine, id, overrides.stdin(), true);
        } finally {
            raw.close();
        }
    }

    /** Attaches before the start so that no output is lost; returns the container's exit code. */
    private int attachAndRun(EngineClient engine, String id, boolean stdin, boolean tty) {
        ContainerStdio stdio = new ContainerStdio();
        HijackedStream stream = engine.await(engine.containers().attach(id, stdin, tty, stdio.output()));
        // with --rm the engine removes the container as it exits: only a wait made before the start sees its code
        Optional<Future<WaitResult>> removed = remove
                ? Optional.of(engine.containers().waitFor(id, "removed")) : Optional.empty();
        start(engine, id);
        if (tty) {
            Runnable resize = () -> Terminal.size(Terminal.STDOUT)
                    .ifPresent(size -> engine.containers().resize(id, size.rows(), size.columns()));
            resize.run();
            Signals.on("WINCH", resize);
        } else {
            Signals.on("INT", () -> engine.containers().kill(id, "SIGINT"));
            Signals.on("TERM", () -> engine.containers().kill(id, "SIGTERM"));
        }
        if (stdin) {
            stdio.forwardStdin(stream, tty, Optional.empty());
        }
        engine.await(stream.ended());
        WaitResult result = engine.await(removed.orElseGet(() -> engine.containers().waitFor(id, "not-running")));
        if (remove) {
            removeQuietly(engine, id);
        }
        return result.statusCode();
    }

    /** Starts the one-off; with {@code --rm} one that cannot start is removed rather than left created. */
    private void start(EngineClient engine, String id) {
        try {
            engine.await(engine.containers().start(id));
        } catch (RuntimeException e) {
            if (remove) {
                removeQuietly(engine, id);
            }
            throw e;
        }
    }

    private static void removeQuietly(EngineClient engine, String id) {
        try {
            engine.await(engine.containers().remove(id, true, false));
        } catch (EngineException e) {
            if (!e.isNotFound() && !e.isConflict()) {
                throw e;
            }
        }
    }

    private Optional<List<String>> entrypoint() {
        if (entrypoint == null) {
            return Optional.empty();
        }
        return Optional.of(ShellWords.split(entrypoint).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "--entrypoint: unbalanced quotes in " + entrypoint)));
    }

    private Map<String, String> labels() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String label : labels) {
            int equals = label.indexOf('=');
            out.put(equals < 0 ? label : label.substring(0, equals), equals < 0 ? "" : label.substring(equals + 1));
        }
        return out;
    }
}
