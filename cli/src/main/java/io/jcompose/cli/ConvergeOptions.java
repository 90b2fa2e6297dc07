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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options {@code up} and {@code create} share, and the step they share with them: observe the
 * project, build what must be built, and plan the convergence.
 */
final class ConvergeOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--force-recreate", description = "Recreate containers even if nothing changed")
    private boolean forceRecreate;

    @Option(names = "--no-recreate", description = "Keep existing containers even if their configuration changed")
    private boolean noRecreate;

    @Option(names = "--remove-orphans", description = "Remove containers for services not defined in the Compose file")
    private boolean removeOrphans;

    @Option(names = "--scale", paramLabel = "SERVICE=NUM", description = "Scale SERVICE to NUM instances")
    private List<String> scale = new ArrayList<>();

    @Option(names = "--pull", paramLabel = "POLICY", description = "Pull image before running: always, missing, never")
    private String pull = "policy";

    @Option(names = "--build", description = "Build images before starting containers")
    private boolean build;

    @Option(names = "--no-build", description = "Don't build an image, even if it's policy")
    private boolean noBuild;

    @Option(names = {"-y", "--yes"}, description = "Assume yes to all prompts")
    private boolean yes;

    /** What was observed (after any build) and the plan that converges on the model. */
    record Convergence(ObservedState observed, Plan plan) {
    }

    /** The plan's switches: these options plus the ones only {@code up} has. */
    UpOptions upOptions(List<String> services, boolean noDeps, boolean alwaysRecreateDeps, boolean renewAnonymousVolumes,
                        boolean noStart, Optional<Duration> timeout) {
        if (forceRecreate && noRecreate) {
            throw new ParameterException(spec.commandLine(), "--force-recreate and --no-recreate are incompatible");
        }
        return new UpOptions(Set.copyOf(services), noDeps, forceRecreate, noRecreate, alwaysRecreateDeps,
                removeOrphans, ignoreOrphans(), renewAnonymousVolumes, scales(), noStart, timeout,
                pullPolicy(spec, pull), yes);
    }

    Convergence plan(ProjectSession session, UpOptions options, PrintWriter err) {
        BuildPolicy policy = buildPolicy();
        ObservedState observed = session.buildFirst(session.observe(),
                scope(session.project().orElseThrow(), options), policy, options.pull());
        Plan plan = Reconciler.up(session.context(), observed, options,
                question -> options.assumeYes() || Confirmation.onTerminal(question, err));
        return new Convergence(observed, plan);
    }

    /** The services {@code up} acts on: those named (all when none) and, unless {@code --no-deps}, their dependencies. */
    static Set<String> scope(Project project, UpOptions options) {
        Set<String> targets = options.services().isEmpty() ? project.services().keySet() : options.services();
        return options.noDeps() ? targets : new HashSet<>(DependencyGraph.of(project).withDependencies(targets));
    }

    static boolean ignoreOrphans() {
        String value = System.getenv("COMPOSE_IGNORE_ORPHANS");
        return value != null && (value.equalsIgnoreCase("true") || value.equals("1"));
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

    private BuildPolicy buildPolicy() {
        if (build && noBuild) {
            throw new ParameterException(spec.commandLine(), "--build and --no-build are incompatible");
        }
        return build ? BuildPolicy.ALWAYS : noBuild ? BuildPolicy.NEVER : BuildPolicy.MISSING;
    }

    private Map<String, Integer> scales() {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String value : scale) {
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
