package io.jcompose.cli;

import io.jcompose.engine.ClientVersion;
import io.jcompose.engine.EngineClient;
import io.jcompose.engine.build.BuildSettings;
import io.jcompose.engine.build.ClassicBuilder;
import io.jcompose.engine.build.ImageBuild;
import io.jcompose.spec.graph.DependencyGraph;
import io.jcompose.spec.load.LoadedProject;
import io.jcompose.spec.load.ProjectLoader;
import io.jcompose.spec.model.Project;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code jcompose build}: builds the images of services with a {@code build} section through the
 * engine's classic builder, side by side within {@code --parallel}, each output line on stderr
 * prefixed with its service.
 */
@Command(name = "build", description = "Build or rebuild services", usageHelpAutoWidth = true)
public final class BuildCommand implements Callable<Integer> {

    @ParentCommand
    private JcomposeCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help")
    private boolean help;

    @Option(names = "--build-arg", paramLabel = "KEY=VALUE",
            description = "Set build-time variables for services (KEY alone takes the value from the environment)")
    private List<String> buildArgs = new ArrayList<>();

    @Option(names = "--no-cache", description = "Do not use cache when building the image")
    private boolean noCache;

    @Option(names = "--pull", description = "Always attempt to pull a newer version of the image")
    private boolean pull;

    @Option(names = {"-q", "--quiet"}, description = "Don't print anything to STDOUT")
    private boolean quiet;

    @Option(names = "--with-dependencies", description = "Also build dependencies (transitively)")
    private boolean withDependencies;

    @Option(names = "--push", description = "Push service images")
    private boolean push;

    @Parameters(paramLabel = "SERVICE", arity = "0..*", description = "Services to build (default: all)")
    private List<String> serviceNames = new ArrayList<>();

    @Override
    public Integer call() {
        if (push) {
            throw new IllegalArgumentException("build --push is not supported yet: build, then run 'jcompose push'");
        }
        GlobalOptions global = root.global();
        LoadedProject loaded = ProjectLoader.load(ProjectOptions.of(global).services(serviceNames).build());
        PrintWriter err = spec.commandLine().getErr();
        loaded.model().warnings().forEach(warning -> err.println("WARN[0000] " + warning));
        Project project = loaded.project();
        List<ImageBuild> builds = ImageBuild.plan(project, selected(project),
                new BuildSettings(buildArgs, noCache, pull, ClientVersion.current(), System.getenv()));
        if (builds.isEmpty()) {
            return ExitCodes.OK;
        }
        if (global.dryRun) {
            builds.forEach(build -> err.println("[" + build.name() + "] would build " + build.image()
                    + " from " + build.context().directory()));
            err.flush();
            return ExitCodes.OK;
        }
        boolean silent = quiet || "quiet".equals(global.progress);
        try (EngineClient engine = EngineConnection.open(global)) {
            engine.await(new ClassicBuilder(engine).buildAll(builds, (build, line) -> {
                if (!silent) {
                    err.println("[" + build.name() + "] " + line);
                    err.flush();
                }
            }));
        }
        return ExitCodes.OK;
    }

    /** The named services (all when none are named), with what they depend on if asked. */
    private Set<String> selected(Project project) {
        Set<String> names = new LinkedHashSet<>(serviceNames.isEmpty() ? project.serviceNames() : serviceNames);
        return withDependencies ? DependencyGraph.of(project).withDependencies(names) : names;
    }
}
