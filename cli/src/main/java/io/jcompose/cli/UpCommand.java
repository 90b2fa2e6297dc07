package io.jcompose.cli;

import io.jcompose.engine.reconcile.BuildPolicy;
import io.jcompose.engine.reconcile.ObservedState;
import io.jcompose.engine.reconcile.Plan;
import io.jcompose.engine.reconcile.Reconciler;
import io.jcompose.engine.reconcile.UpOptions;
import io.jcompose.spec.graph.DependencyGraph;
import io.jcompose.spec.model.Project;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jcompose up}: create and start the project's containers, converging on the model. */
@Command(name = "up", description = "Create and start containers", usageHelpAutoWidth = true)
public final class UpCommand implements Callable<Integer> {

    @ParentCommand
    private JcomposeCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help")
    private boolean help;

    @Option(names = {"-d", "--detach"}, description = "Detached mode: run containers in the background")
    private boolean detach;

    @Option(names = "--wait", description = "Wait for services to be running|healthy. Implies detached mode.")
    private boolean waitHealthy;

    @Option(names = "--wait-timeout", paramLabel = "SECONDS", description = "Maximum duration to wait (0: none)")
    private int waitTimeout;

    @Option(names = "--force-recreate", description = "Recreate containers even if nothing changed")
    private boolean forceRecreate;

    @Option(names = "--no-recreate", description = "Keep existing containers even if their configuration changed")
    private boolean noRecreate;

    @Option(names = "--always-recreate-deps", description = "Recreate dependent containers")
    private boolean alwaysRecreateDeps;

    @Option(names = "--no-deps", description = "Don't start linked services")
    private boolean noDeps;

    @Option(names = "--remove-orphans", description = "Remove containers for services not defined in the Compose file")
    private boolean removeOrphans;

    @Option(names = {"-V", "--renew-anon-volumes"}, description = "Recreate anonymous volumes instead of reusing them")
    private boolean renewAnonymousVolumes;

    @Option(names = "--scale", paramLabel = "SERVICE=NUM", description = "Scale SERVICE to NUM instances")
    private List<String> scale = new ArrayList<>();

    @Option(names = "--no-start", description = "Don't start the services after creating them")
    private boolean noStart;

    @Option(names = {"-t", "--timeout"}, paramLabel = "SECONDS", description = "Shutdown timeout in seconds")
    private Integer timeout;

    @Option(names = "--pull", paramLabel = "POLICY", description = "Pull image before running: always, missing, never")
    private String pull = "policy";

    @Option(names = "--build", description = "Build images before starting containers")
    private boolean build;

    @Option(names = "--no-build", description = "Don't build an image, even if it's policy")
    private boolean noBuild;

    @Option(names = {"-y", "--yes"}, description = "Assume yes to all prompts")
    private boolean yes;

    @Parameters(paramLabel = "SERVICE", arity = "0..*", description = "Services to start")
    private List<String> services = new ArrayList<>();

    @Override
    public Integer call() {
        GlobalOptions global = root.global();
        PrintWriter err = spec.commandLine().getErr();
        if (forceRecreate && noRecreate) {
            throw new ParameterException(spec.commandLine(), "--force-recreate and --no-recreate are incompatible");
        }
        UpOptions options = new UpOptions(Set.copyOf(services), noDeps, forceRecreate, noRecreate,
                alwaysRecreateDeps, removeOrphans, ignoreOrphans(), renewAnonymousVolumes, scales(spec, scale),
                noStart, seconds(timeout), pullPolicy(spec, pull), yes);
        try (ProjectSession session = ProjectSession.open(global, services, false, spec.commandLine().getOut(),
                err)) {
            if (!detach && !waitHealthy && !noStart && !global.dryRun) {
                session.progress().note("Attached mode comes with `jcompose logs` (a later release): "
                        + "starting in the background as with -d");
            }
            Project model = session.project().orElseThrow();
            ObservedState observed = session.buildFirst(session.observe(), scope(model, options),
                    buildPolicy(spec, build, noBuild), err);
            Plan plan = Reconciler.up(session.context(), observed, options,
                    question -> options.assumeYes() || Confirmation.onTerminal(question, err));
            Project project = session.project().orElseThrow();
            plan.kept().forEach(k -> session.progress().update(k.substring(0, k.indexOf(" (")),
                    k.contains("running") ? "Running" : "Up to date", io.jcompose.engine.reconcile.Progress.State.DONE));
            if (plan.isEmpty() && !waitHealthy && !global.dryRun) {
                session.progress().note("Nothing to do: every container is up to date");
            }
            Set<String> scope = scope(project, options);
            return session.execute(plan, observed, waitHealthy
                    ? Optional.of(after -> Reconciler.waitGates(session.graph(after), scope, after))
                    : Optional.empty(), waitTimeout > 0 ? Optional.of(Duration.ofSeconds(waitTimeout))
                    : Optional.empty());
        }
    }

    static Set<String> scope(Project project, UpOptions options) {
        Set<String> targets = options.services().isEmpty() ? project.services().keySet() : options.services();
        return options.noDeps() ? targets : new HashSet<>(DependencyGraph.of(project).withDependencies(targets));
    }

    static BuildPolicy buildPolicy(CommandSpec spec, boolean build, boolean noBuild) {
        if (build && noBuild) {
            throw new ParameterException(spec.commandLine(), "--build and --no-build are incompatible");
        }
        return build ? BuildPolicy.ALWAYS : noBuild ? BuildPolicy.NEVER : BuildPolicy.MISSING;
    }

    static boolean ignoreOrphans() {
        String value = System.getenv("COMPOSE_IGNORE_ORPHANS");
        return value != null && (value.equalsIgnoreCase("true") || value.equals("1"));
    }

    static Optional<Duration> seconds(Integer value) {
        return value == null ? Optional.empty() : Optional.of(Duration.ofSeconds(value));
    }

    static Optional<String> pullPolicy(CommandSpec spec, String pull) {
        return switch (pull) {
            case "policy", "" -> Optional.empty();
            case "always", "missing", "never" -> Optional.of(pull);
            case "if_not_present" -> Optional.of("missing");
            default -> throw new ParameterException(spec.commandLine(), "--pull: invalid value " + pull
                    + " (expected always, missing or never)");
        };
    }

    static Map<String, Integer> scales(CommandSpec spec, List<String> values) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String value : values) {
            int equals = value.indexOf('=');
            try {
                out.put(value.substring(0, equals), Integer.parseInt(value.substring(equals + 1)));
            } catch (RuntimeException e) {
                throw new ParameterException(spec.commandLine(), "--scale: expected SERVICE=NUM, got " + value);
            }
        }
        return out;
    }
}
