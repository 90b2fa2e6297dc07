package io.jcompose.cli;

import static io.jcompose.cli.CommandModel.flag;
import static io.jcompose.cli.CommandModel.positionals;

import io.jcompose.engine.EngineClient;
import io.jcompose.engine.EngineException;
import io.jcompose.engine.auth.RegistryCredentials;
import io.jcompose.engine.registry.ImagePush;
import io.jcompose.engine.registry.PushSelection;
import io.jcompose.engine.registry.ServicePush;
import io.jcompose.spec.load.LoadedProject;
import io.jcompose.spec.load.ProjectLoader;
import io.jcompose.spec.model.Project;
import io.vertx.core.Future;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code jcompose push}: pushes the images the project builds and names ({@code build:} with
 * {@code image:}, plus {@code build.tags}) to their registries, in parallel, with the docker CLI's credentials.
 */
public final class PushCommand implements Callable<Integer> {

    private final JcomposeCommand root;
    private final CommandSpec spec;
    private boolean quiet;
    private boolean includeDeps;
    private boolean ignorePushFailures;
    private List<String> serviceNames = new ArrayList<>();

    PushCommand(JcomposeCommand root) {
        this.root = root;
        spec = CommandModel.of(this, "push", "Push service images")
                .add(flag(v -> quiet = v, "-q", "--quiet").description("Push without printing progress information"))
                .add(flag(v -> includeDeps = v, "--include-deps")
                        .description("Also push images of services declared as dependencies"))
                .add(flag(v -> ignorePushFailures = v, "--ignore-push-failures")
                        .description("Push what it can and ignores images with push failures"))
                .add(positionals(v -> serviceNames = v, "*").paramLabel("SERVICE").description("Services to push"))
                .spec();
    }

    CommandSpec spec() {
        return spec;
    }

    /** One image of one service on its way to the registry. */
    private record Transfer(String service, String image, Future<Void> done) {
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Project project = load(err);
        TransferProgress progress = new TransferProgress(err, quiet || "quiet".equals(root.global().progress),
                root.global().dryRun);
        try (EngineClient engine = EngineConnection.open(root.global())) {
            RegistryCredentials credentials = RegistryCredentials.fromEnvironment(progress::message);
            List<ServicePush> selection = PushSelection.select(project);
            List<ImagePush> pushes = ImagePush.of(selection.stream().filter(ServicePush::pushes).toList(), credentials);
            selection.stream().filter(push -> !push.pushes())
                    .forEach(push -> progress.event(push.service(), push.skipped().get()));
            List<Future<Void>> ends = ImagePush.startAll(pushes, push -> root.global().dryRun
                    ? Future.succeededFuture()
                    : push.start(engine, message -> progress.pushLayer(push.image(), message)));
            List<Transfer> transfers = new ArrayList<>();
            for (int i = 0; i < pushes.size(); i++) {
                transfers.add(new Transfer(pushes.get(i).service(), pushes.get(i).image(), ends.get(i)));
            }
            finish(engine, transfers, progress);
        }
        return ExitCodes.OK;
    }

    private Project load(PrintWriter err) {
        LoadedProject loaded = ProjectLoader.load(ProjectOptions.of(root.global()).services(serviceNames).build());
        loaded.model().warnings().forEach(w -> err.println("WARN[0000] " + w));
        err.flush();
        Project project = loaded.project();
        return includeDeps || serviceNames.isEmpty() ? project : project.withEnabledServices(Set.copyOf(serviceNames));
    }

    /** Waits for every push; the first failure ends the command unless {@code --ignore-push-failures}. */
    private void finish(EngineClient engine, List<Transfer> transfers, TransferProgress progress) {
        EngineException first = null;
        for (Transfer transfer : transfers) {
            try {
                engine.await(transfer.done());
            } catch (EngineException failure) {
                if (ignorePushFailures) {
                    progress.message("Pushing " + transfer.service() + ": " + failure.getMessage());
                } else if (first == null) {
                    first = failure;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
