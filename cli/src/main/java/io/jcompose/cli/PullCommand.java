package io.jcompose.cli;

import static io.jcompose.cli.CommandModel.flag;
import static io.jcompose.cli.CommandModel.option;
import static io.jcompose.cli.CommandModel.positionals;

import io.jcompose.engine.EngineClient;
import io.jcompose.engine.EngineException;
import io.jcompose.engine.api.ImageReference;
import io.jcompose.engine.auth.RegistryCredentials;
import io.jcompose.engine.registry.PullSelection;
import io.jcompose.engine.registry.ServicePull;
import io.jcompose.spec.load.LoadedProject;
import io.jcompose.spec.load.ProjectLoader;
import io.jcompose.spec.model.Project;
import io.vertx.core.Future;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code jcompose pull}: pulls the services' images in parallel (capped by {@code --parallel}) with the
 * credentials the docker CLI would use, as compose does: a failure of a service that can be built only
 * warns that it must be built, a failure of one that cannot ends the command with exit 1 unless
 * {@code --ignore-pull-failures}.
 */
public final class PullCommand implements Callable<Integer> {

    private final JcomposeCommand root;
    private final CommandSpec spec;
    private boolean quiet;
    private boolean includeDeps;
    private boolean ignorePullFailures;
    private boolean ignoreBuildable;
    private String policy;
    private boolean deprecatedParallel;
    private List<String> serviceNames = new ArrayList<>();

    PullCommand(JcomposeCommand root) {
        this.root = root;
        spec = CommandModel.of(this, "pull", "Pull service images")
                .add(flag(v -> quiet = v, "-q", "--quiet").description("Pull without printing progress information"))
                .add(flag(v -> includeDeps = v, "--include-deps")
                        .description("Also pull services declared as dependencies"))
                .add(flag(v -> ignorePullFailures = v, "--ignore-pull-failures")
                        .description("Pull what it can and ignores images with pull failures"))
                .add(flag(v -> ignoreBuildable = v, "--ignore-buildable")
                        .description("Ignore images that can be built"))
                .add(option(String.class, v -> policy = v, "--policy").paramLabel("POLICY")
                        .description("Apply pull policy (\"missing\"|\"always\")"))
                .add(flag(v -> deprecatedParallel = v, "--parallel", "--no-parallel").hidden(true)
                        .description("DEPRECATED and ignored"))
                .add(positionals(v -> serviceNames = v, "*").paramLabel("SERVICE").description("Services to pull"))
                .spec();
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (deprecatedParallel) {
            err.println("option '--parallel' is DEPRECATED and will be ignored.");
        }
        if (policy != null && !PullSelection.POLICIES.contains(policy)) {
            throw new ParameterException(spec.commandLine(),
                    "invalid --policy value \"" + policy + "\": expected \"missing\" or \"always\"");
        }
        Project project = load(err);
        TransferProgress progress = new TransferProgress(err, quiet || "quiet".equals(root.global().progress),
                root.global().dryRun);
        try (EngineClient engine = EngineConnection.open(root.global())) {
            List<ServicePull> pulls = PullSelection.select(project, Optional.ofNullable(policy), ignoreBuildable,
                    image -> present(engine, image));
            RegistryCredentials credentials = RegistryCredentials.fromEnvironment(progress::message);
            pull(engine, credentials, pulls, progress);
        }
        return ExitCodes.OK;
    }

    private Project load(PrintWriter err) {
        LoadedProject loaded = ProjectLoader.load(ProjectOptions.of(root.global()).services(serviceNames).build());
        loaded.model().warnings().forEach(w -> err.println("WARN[0000] " + w));
        err.flush();
        Project project = loaded.project();
        // compose pulls only the named services unless asked for their dependencies too
        return includeDeps || serviceNames.isEmpty() ? project : project.withEnabledServices(Set.copyOf(serviceNames));
    }

    private void pull(EngineClient engine, RegistryCredentials credentials, List<ServicePull> pulls,
                      TransferProgress progress) {
        List<ServicePull> started = pulls.stream().filter(ServicePull::pulls).toList();
        // bad references and unreadable credentials fail the command before any transfer starts
        started.forEach(pull -> ImageReference.parseChecked(pull.image()));
        List<String> auths = started.stream().map(pull -> credentials.header(pull.image())).toList();
        pulls.stream().filter(pull -> !pull.pulls()).forEach(pull -> progress.event(pull.service(), pull.skipped().get()));
        List<Future<Void>> transfers = new ArrayList<>();
        for (int i = 0; i < started.size(); i++) {
            ServicePull pull = started.get(i);
            progress.event(pull.service(), "Pulling");
            transfers.add(root.global().dryRun
                    ? Future.succeededFuture()
                    : engine.images().pull(pull.image(), auths.get(i), progress::pullLayer));
        }
        List<String> mustBuild = new ArrayList<>();
        List<RuntimeException> failures = new ArrayList<>();
        RuntimeException fatal = null;
        for (int i = 0; i < started.size(); i++) {
            ServicePull pull = started.get(i);
            try {
                engine.await(transfers.get(i));
                progress.event(pull.service(), "Pulled");
            } catch (EngineException failure) {
                failures.add(failure);
                if (pull.buildable()) {
                    progress.event(pull.service(), "Warning");
                    mustBuild.add(pull.service());
                } else {
                    progress.event(pull.service(), "Error");
                    if (fatal == null) {
                        fatal = failure;
                    }
                }
            }
        }
        if (!mustBuild.isEmpty()) {
            progress.message("WARNING: Some service image(s) must be built from source by running:\n    jcompose build "
                    + String.join(" ", mustBuild));
        }
        if (ignorePullFailures || failures.isEmpty()) {
            return;
        }
        throw fatal != null ? fatal : failures.get(0);
    }

    private static boolean present(EngineClient engine, String image) {
        try {
            engine.await(engine.images().inspect(image));
            return true;
        } catch (EngineException e) {
            if (e.isNotFound()) {
                return false;
            }
            throw e;
        }
    }
}
