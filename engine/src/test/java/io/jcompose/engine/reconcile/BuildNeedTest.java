package io.jcompose.engine.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.engine.container.ContainerLabels;
import io.jcompose.engine.container.ContainerNames;
import io.jcompose.engine.transport.ApiVersion;
import io.jcompose.network.DesiredNetwork;
import io.jcompose.network.NetworkIpam;
import io.jcompose.network.ObservedNetwork;
import io.jcompose.spec.labels.ComposeLabels;
import io.jcompose.spec.load.LoadOptions;
import io.jcompose.spec.load.ProjectLoader;
import io.jcompose.spec.model.Project;
import io.jcompose.spec.output.ConfigHash;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Golden build decisions of {@code up}, and the plan that follows once the images exist. */
class BuildNeedTest {

    @TempDir
    Path dir;

    private static final String STACK = """
            services:
              web:
                build: ./web
              api:
                build: ./api
                image: example/api:dev
              cache:
                image: busybox:latest
            """;

    private Project load(String yaml) throws IOException {
        Files.createDirectories(dir.resolve("web"));
        Files.createDirectories(dir.resolve("api"));
        Files.writeString(dir.resolve("compose.yaml"), yaml);
        return ProjectLoader.load(LoadOptions.builder(dir, Map.of()).projectName(Optional.of("demo"))
                .stdin(() -> "").build()).project();
    }

    private static ObservedState images(String... references) {
        Map<String, ObservedImage> images = new java.util.HashMap<>();
        for (String reference : references) {
            images.put(reference, new ObservedImage(reference, "sha256:" + reference.hashCode(), Set.of()));
        }
        return new ObservedState("demo", List.of(), List.of(), List.of(), images);
    }

    private static String text(List<BuildNeed> needs) {
        return needs.stream().map(BuildNeed::text).collect(Collectors.joining("\n"));
    }

    @Test
    void missingImagesAreTriedFromTheRegistryWhenNamedAndBuiltOtherwise() throws IOException {
        Project project = load(STACK);
        List<BuildNeed> needs = BuildNeed.of(project, project.services().keySet(), images(), BuildPolicy.MISSING);
        // compose pulls a written image name first; a build-only service has nothing to pull
        assertThat(text(needs)).isEqualTo("""
                PullImage example/api:dev (image missing), else BuildImage
                BuildImage demo-web (image missing)""");
    }

    @Test
    void pullPolicyAlwaysPullsAPresentImageAndBuildsOnlyWhenThatPullFails() throws IOException {
        Project project = load("""
                services:
                  api:
                    build: ./api
                    image: example/api:dev
                    pull_policy: always
                  web:
                    build: ./web
                    pull_policy: always
                """);
        ObservedState present = images("example/api:dev", "demo-web");
        assertThat(text(BuildNeed.of(project, project.services().keySet(), present, BuildPolicy.MISSING)))
                .isEqualTo("PullImage example/api:dev (pull policy always), else BuildImage");
        // without an image name there is nothing to pull: built when missing only
        assertThat(text(BuildNeed.of(project, Set.of("web"), images(), BuildPolicy.MISSING)))
                .isEqualTo("BuildImage demo-web (image missing)");
    }

    @Test
    void aTimeBasedPolicyPullsAStaleBuildableImageFirstAndLeavesAFreshOneAlone() throws IOException {
        Project project = load("""
                services:
                  api:
                    build: ./api
                    image: example/api:dev
                    pull_policy: every_6h
                """);
        assertThat(text(BuildNeed.of(project, Set.of("api"), taggedAgo("example/api:dev", Duration.ofHours(7)),
                BuildPolicy.MISSING))).isEqualTo("PullImage example/api:dev (pull policy every_6h), else BuildImage");
        assertThat(BuildNeed.of(project, Set.of("api"), taggedAgo("example/api:dev", Duration.ofHours(5)),
                BuildPolicy.MISSING)).isEmpty();
    }

    private static ObservedState taggedAgo(String reference, Duration ago) {
        return new ObservedState("demo", List.of(), List.of(), List.of(), Map.of(reference, new ObservedImage(
                reference, "sha256:1", Set.of(), Optional.of(Instant.now().minus(ago)))));
    }

    @Test
    void pullFlagOverridesThePolicyAndBuildFlagOverridesBoth() throws IOException {
        Project project = load(STACK);
        ObservedState present = images("example/api:dev", "demo-web");
        assertThat(text(BuildNeed.of(project, project.services().keySet(), present, BuildPolicy.MISSING,
                Optional.of("always")))).isEqualTo("PullImage example/api:dev (--pull always), else BuildImage");
        assertThat(text(BuildNeed.of(project, Set.of("api"), present, BuildPolicy.ALWAYS, Optional.of("always"))))
                .isEqualTo("BuildImage example/api:dev (--build)");
        assertThat(text(BuildNeed.of(project, Set.of("api"), images(), BuildPolicy.MISSING, Optional.of("never"))))
                .isEqualTo("BuildImage example/api:dev (image missing)");
        assertThat(BuildNeed.of(project, Set.of("api"), present, BuildPolicy.MISSING, Optional.of("never"))).isEmpty();
    }

    @Test
    void presentImagesAreNotRebuiltByDefault() throws IOException {
        Project project = load(STACK);
        assertThat(BuildNeed.of(project, project.services().keySet(),
                images("demo-web", "example/api:dev"), BuildPolicy.MISSING)).isEmpty();
    }

    @Test
    void buildFlagRebuildsEveryBuildServiceInScope() throws IOException {
        Project project = load(STACK);
        List<BuildNeed> needs = BuildNeed.of(project, Set.of("web", "cache"),
                images("demo-web", "example/api:dev"), BuildPolicy.ALWAYS);
        assertThat(text(needs)).isEqualTo("BuildImage demo-web (--build)");
    }

    @Test
    void pullPolicyBuildAlwaysBuildsAndNeverPulls() throws IOException {
        Project project = load("""
                services:
                  web:
                    build: ./web
                    pull_policy: build
                  api:
                    build: ./api
                    image: example/api:dev
                    pull_policy: build
                """);
        assertThat(text(BuildNeed.of(project, project.services().keySet(), images("demo-web", "example/api:dev"),
                BuildPolicy.MISSING))).isEqualTo("""
                BuildImage example/api:dev (pull policy build)
                BuildImage demo-web (pull policy build)""");
    }

    @Test
    void pullPolicyMissingBuildsOnlyWhatIsAbsent() throws IOException {
        Project project = load("""
                services:
                  web:
                    build: ./web
                    pull_policy: missing
                  api:
                    build: ./api
                    pull_policy: missing
                """);
        assertThat(text(BuildNeed.of(project, project.services().keySet(), images("demo-web"), BuildPolicy.MISSING)))
                .isEqualTo("BuildImage demo-api (image missing)");
    }

    @Test
    void noBuildWithAMissingImageIsAnError() throws IOException {
        Project project = load(STACK);
        assertThatThrownBy(() -> BuildNeed.of(project, Set.of("web"), images(), BuildPolicy.NEVER))
                .hasMessage("service web: image demo-web not found locally and --no-build was given: "
                        + "run 'jcompose build web' first");
        assertThat(BuildNeed.of(project, Set.of("web"), images("demo-web"), BuildPolicy.NEVER)).isEmpty();
    }

    @Test
    void aBuildServiceIsNeverPulledAndRunsItsProjectServiceImage() throws IOException {
        Project project = load(STACK);
        ProjectContext context = new ProjectContext(project, new ContainerLabels("demo", dir,
                List.of(dir.resolve("compose.yaml")), List.of(), "2.0.0"), ContainerNames.standard(),
                new ApiVersion(1, 41));
        Plan plan = Reconciler.up(context, images("demo-web", "example/api:dev", "busybox:latest"),
                new UpOptions(Set.of("web"), false, false, false, false, false, false, false, Map.of(), true,
                        Optional.empty(), Optional.empty(), false));
        assertThat(plan.text()).isEqualTo("""
                #1 CreateNetwork demo_default (not found)
                #2 CreateContainer demo-web-1 (no existing container) after #1""");
    }

    @Test
    void aRebuiltImageRecreatesOnlyItsService() throws IOException {
        Project project = load(STACK);
        ProjectContext context = new ProjectContext(project, new ContainerLabels("demo", dir,
                List.of(dir.resolve("compose.yaml")), List.of(), "2.0.0"), ContainerNames.standard(),
                new ApiVersion(1, 41));
        ObservedState before = images("demo-web", "example/api:dev", "busybox:latest");
        List<ObservedContainer> containers = project.services().values().stream().map(service -> {
            String image = service.imageName("demo");
            return new ObservedContainer("id" + service.name() + "0123456789", "demo-" + service.name() + "-1",
                    Map.of(ComposeLabels.PROJECT, "demo", ComposeLabels.SERVICE, service.name(),
                            ComposeLabels.CONTAINER_NUMBER, "1", ComposeLabels.ONEOFF, "False",
                            ComposeLabels.CONFIG_HASH, ConfigHash.of(service),
                            ComposeLabels.IMAGE, before.images().get(image).id()),
                    "created", Set.of("net-default"), List.of());
        }).toList();
        Map<String, ObservedImage> rebuilt = new java.util.HashMap<>(before.images());
        rebuilt.put("demo-web", new ObservedImage("demo-web", "sha256:new", Set.of()));
        DesiredNetwork desired = DesiredNetwork.of("demo", "default", project.networks().get("default"), "2.0.0");
        ObservedNetwork network = new ObservedNetwork("net-default", "demo_default", "bridge", desired.labels(),
                Map.of(), NetworkIpam.none(), false, false, false, List.of());
        ObservedState after = new ObservedState("demo", containers, List.of(network), List.of(), rebuilt);
        Plan plan = Reconciler.up(context, after, new UpOptions(Set.of(), false, false, false, false, false,
                false, false, Map.of(), true, Optional.empty(), Optional.empty(), false));
        assertThat(plan.text()).isEqualTo("""
                #1 CreateContainer idweb0123456_demo-web-1 (image demo-web changed)
                #2 StopContainer demo-web-1 (replaced) after #1
                #3 RemoveContainer demo-web-1 (replaced) after #2
                #4 RenameContainer idweb0123456_demo-web-1 to demo-web-1 (replaced) after #3
                = Container demo-api-1 (up to date, created)
                = Container demo-cache-1 (up to date, created)""");
    }

    @Test
    void anImageAnotherServiceBuildsIsProvidedBeforeThePlanNotPulledByIt() throws IOException {
        Project project = load("""
                services:
                  api:
                    build: ./api
                    image: example/api:dev
                  worker:
                    image: example/api:dev
                """);
        assertThat(text(BuildNeed.of(project, Set.of("worker"), images(), BuildPolicy.MISSING)))
                .isEqualTo("PullImage example/api:dev (image missing), else BuildImage");
        ProjectContext context = new ProjectContext(project, new ContainerLabels("demo", dir,
                List.of(dir.resolve("compose.yaml")), List.of(), "2.0.0"), ContainerNames.standard(),
                new ApiVersion(1, 41));
        Plan plan = Reconciler.up(context, images(), new UpOptions(Set.of("worker"), false, false, false, false,
                false, false, false, Map.of(), true, Optional.empty(), Optional.empty(), false));
        assertThat(plan.text()).doesNotContain("PullImage");
    }
}
