package io.jcompose.engine.reconcile;

import io.jcompose.engine.EngineClient;
import io.jcompose.engine.build.BuildOutput;
import io.jcompose.engine.build.BuildSettings;
import io.jcompose.engine.build.ClassicBuilder;
import io.jcompose.engine.build.ImageBuild;
import io.jcompose.spec.model.Project;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Carries out {@link BuildNeed}s ahead of {@code up}'s plan, as compose's image resolution does (reference 3.13):
 * the pull-first images are pulled side by side; a failed pull of an image the project can build is only a
 * warning, and the image is built when no local copy is left; then every build runs through the classic builder.
 */
public final class ServiceImages {

    private final EngineClient engine;
    private final Project project;
    private final ObservedState observed;
    private final Progress progress;

    public ServiceImages(EngineClient engine, Project project, ObservedState observed, Progress progress) {
        this.engine = engine;
        this.project = project;
        this.observed = observed;
        this.progress = progress;
    }

    /** Pulls, then builds what {@code needs} ask for; {@code output} shows the builds. */
    public Future<Void> provide(List<BuildNeed> needs, BuildSettings settings, BuildOutput output) {
        Set<String> builtAnyway = new LinkedHashSet<>();
        needs.stream().filter(need -> !need.pullFirst()).forEach(need -> builtAnyway.add(need.image()));
        Map<String, List<String>> pulledFor = new LinkedHashMap<>();
        for (BuildNeed need : needs) {
            if (need.pullFirst() && !builtAnyway.contains(need.image())) {
                pulledFor.computeIfAbsent(need.image(), image -> new ArrayList<>()).add(need.service());
            }
        }
        Execution execution = new Execution(engine, Optional.empty(), observed, progress);
        Map<String, Future<Boolean>> pulls = new LinkedHashMap<>();
        pulledFor.keySet().forEach(image -> pulls.put(image, pullOrBuild(execution, image)));
        return Future.join(new ArrayList<>(pulls.values())).transform(pulled -> {
            List<String> services = new ArrayList<>();
            needs.stream().filter(need -> !need.pullFirst()).forEach(need -> services.add(need.service()));
            pulls.forEach((image, mustBuild) -> {
                if (mustBuild.result()) {
                    services.addAll(pulledFor.get(image));
                }
            });
            if (services.isEmpty()) {
                return Future.succeededFuture();
            }
            try {
                List<ImageBuild> builds = ImageBuild.plan(project, services, settings);
                return new ClassicBuilder(engine).buildAll(builds, output).mapEmpty();
            } catch (RuntimeException unbuildable) {
                return Future.failedFuture(unbuildable);
            }
        });
    }

    /** Pulls {@code image}; true when the pull failed and no local image is left, so it must be built. */
    private Future<Boolean> pullOrBuild(Execution execution, String image) {
        String resource = "Image " + image;
        progress.update(resource, "Pulling", Progress.State.WORKING);
        return execution.pull(image).map(done -> {
            progress.update(resource, "Pulled", Progress.State.DONE);
            return false;
        }).otherwise(failure -> {
            boolean present = observed.images().containsKey(image);
            // the reason goes above a live view, where a status line would be cut to the terminal's width
            progress.warning("pulling image " + image + ": " + Execution.reason(failure)
                    + (present ? " (the local image is used)" : " (it is built instead)"));
            progress.update(resource, "Pull failed", Progress.State.WARNING);
            return !present;
        });
    }
}
