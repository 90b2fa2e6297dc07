package io.jcompose.cli;

import static io.jcompose.cli.CommandModel.flag;
import static io.jcompose.cli.CommandModel.list;
import static io.jcompose.cli.CommandModel.option;

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
import picocli.CommandLine.ParameterException;

/**
 * The options {@code up} and {@code create} share, and the step they share with them: observe the
 * project, build what must be built, and plan the convergence.
 */
final class ConvergeOptions {

    private CommandSpec spec;
    private boolean forceRecreate;
    private boolean noRecreate;
    private boolean removeOrphans;
    private List<String> scale = new ArrayList<>();
    private String pull = "policy";
    private boolean build;
    private boolean noBuild;
    private boolean yes;

    /** Declares these options on {@code model}. */
    void declare(CommandModel model) {
        spec = model.spec();
        model.add(flag(v -> forceRecreate = v, "--force-recreate")
                        .description("Recreate containers even if nothing changed"))
                .add(flag(v -> noRecreate = v, "--no-recreate")
                        .description("Keep existing containers even if their configuration changed"))
                .add(flag(v -> removeOrphans = v, "--remove-orphans")
                        .description("Remove containers for services not defined in the Compose file"))
                .add(list(v -> scale = v, "--scale").paramLabel("SERVICE=NUM")
                        .description("Scale SERVICE to NUM instances"))
                .add(option(String.class, v -> pull = v, "--pull").paramLabel("POLICY")
                        .description("Pull image before running: always, missing, never"))
                .add(flag(v -> build = v, "--build").description("Build images before starting containers"))
                .add(flag(v -> noBuild = v, "--no-build").description("Don't build an image, even if it's policy"))
                .add(flag(v -> yes = v, "-y", "--yes").description("Assume yes to all prompts"));
    }

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
