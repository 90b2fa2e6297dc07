package io.jcompose.cli;

import static io.jcompose.cli.CommandModel.flag;
import static io.jcompose.cli.CommandModel.list;
import static io.jcompose.cli.CommandModel.positionals;

import io.jcompose.engine.ClientVersion;
import io.jcompose.engine.EngineClient;
import io.jcompose.engine.build.BuildSettings;
import io.jcompose.engine.build.ClassicBuilder;
import io.jcompose.engine.build.ImageBuild;
import io.jcompose.engine.auth.RegistryCredentials;
import io.jcompose.engine.registry.ImagePush;
import io.jcompose.engine.registry.PushSelection;
import io.jcompose.engine.registry.ServicePush;
import io.jcompose.spec.graph.DependencyGraph;
import io.jcompose.spec.load.LoadedProject;
import io.jcompose.spec.load.ProjectLoader;
import io.jcompose.spec.model.Project;
import io.vertx.core.Future;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code jcompose build}: builds the images of services with a {@code build} section through the
 * engine's classic builder, side by side within {@code --parallel}, shown by {@link BuildView} (a live line per
 * build on a terminal, prefixed output lines in plain progress); {@code --push} then pushes what was built as
 * {@code push} does.
 */
public final class BuildCommand implements Callable<Integer> {

    private final JcomposeCommand root;
    private final CommandSpec spec;
    private List<String> buildArgs = new ArrayList<>();
    private boolean noCache;
    private boolean pull;
    private boolean quiet;
    private boolean withDependencies;
    private boolean push;
    private List<String> serviceNames = new ArrayList<>();

    BuildCommand(JcomposeCommand root) {
        this.root = root;
        spec = CommandModel.of(this, "build", "Build or rebuild services")
                .add(list(v -> buildArgs = v, "--build-arg").paramLabel("KEY=VALUE")
                        .description("Set build-time variables for services (KEY alone takes the value from the "
                                + "environment)"))
                .add(flag(v -> noCache = v, "--no-cache").description("Do not use cache when building the image"))
                .add(flag(v -> pull = v, "--pull").description("Always attempt to pull a newer version of the image"))
                .add(flag(v -> quiet = v, "-q", "--quiet").description("Don't print anything to STDOUT"))
                .add(flag(v -> withDependencies = v, "--with-dependencies")
                        .description("Also build dependencies (transitively)"))
                .add(flag(v -> push = v, "--push").description("Push service images once they are built"))
                .add(positionals(v -> serviceNames = v, "*").paramLabel("SERVICE")
                        .description("Services to build (default: all)"))
                .spec();
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        GlobalOptions global = root.global();
        LoadedProject loaded = ProjectLoader.load(ProjectOptions.of(global).services(serviceNames).build());
        PrintWriter err = spec.commandLine().getErr();
        loaded.model().warnings().forEach(warning -> err.println("WARN[0000] " + warning));
        Project project = loaded.project();
        Set<String> selected = selected(project);
        List<ImageBuild> builds = ImageBuild.plan(project, selected,
                new BuildSettings(buildArgs, noCache, pull, ClientVersion.current(), System.getenv()));
        // what --push sends is settled before anything is built: a bad reference or credentials store fails first
        List<ImagePush> pushes = push ? ImagePush.of(PushSelection.select(project.withEnabledServices(selected))
                .stream().filter(ServicePush::pushes).toList(), RegistryCredentials.fromEnvironment(err::println))
                : List.of();
        if (global.dryRun) {
            builds.forEach(build -> err.println("[" + build.name() + "] would build " + build.image()
                    + " from " + build.context().directory()));
            pushes.forEach(image -> err.println("[" + image.service() + "] would push " + image.image()));
            err.flush();
            return ExitCodes.OK;
        }
        if (builds.isEmpty() && pushes.isEmpty()) {
            return ExitCodes.OK;
        }
        ProgressDisplay progress = quiet ? new ProgressDisplay(ProgressDisplay.Mode.QUIET, err, false)
                : ProgressDisplay.of(global, err);
        try (EngineClient engine = EngineConnection.open(global); progress) {
            BuildView view = new BuildView(progress);
            engine.await(new ClassicBuilder(engine).buildAll(builds, view));
            push(engine, pushes, view);
        }
        return ExitCodes.OK;
    }

    /**
     * Pushes side by side (in turn within a repository); when some fail, the others still finish and the first
     * failure ends the command.
     */
    private static void push(EngineClient engine, List<ImagePush> pushes, BuildView view) {
        List<Future<Void>> transfers = ImagePush.startAll(pushes, push -> push.start(engine, view.pushing(push))
                .andThen(done -> view.pushed(push, Optional.ofNullable(done.cause()))));
        engine.await(Future.join(transfers).transform(done -> transfers.stream().filter(Future::failed).findFirst()
                .<Future<Void>>map(failed -> Future.failedFuture(failed.cause()))
                .orElseGet(Future::succeededFuture)));
    }

    /** The named services (all when none are named), with what they depend on if asked. */
    private Set<String> selected(Project project) {
        Set<String> names = new LinkedHashSet<>(serviceNames.isEmpty() ? project.serviceNames() : serviceNames);
        return withDependencies ? DependencyGraph.of(project).withDependencies(names) : names;
    }
}
