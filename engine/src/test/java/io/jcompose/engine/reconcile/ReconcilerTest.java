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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Golden plans: a compose file loaded by the real loader against hand-built observed state. */
class ReconcilerTest {

    private static final String IMAGE_ID = "sha256:1111";
    private static final String NETWORK_ID = "net-default";

    @TempDir
    Path dir;

    private static final String TWO_SERVICES = """
            services:
              db:
                image: busybox:latest
                healthcheck:
                  test: ["CMD", "true"]
              web:
                image: busybox:latest
                depends_on:
                  db:
                    condition: service_healthy
            """;

    private Project load(String yaml) throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), yaml);
        return ProjectLoader.load(LoadOptions.builder(dir, Map.of()).projectName(Optional.of("demo"))
                .stdin(() -> "").build()).project();
    }

    private ProjectContext context(Project project) {
        return new ProjectContext(project, new ContainerLabels("demo", dir, List.of(dir.resolve("compose.yaml")),
                List.of(), "2.0.0"), ContainerNames.standard(), new ApiVersion(1, 41));
    }

    private static ObservedState nothing() {
        return new ObservedState("demo", List.of(),
                List.of(), List.of(), Map.of("busybox:latest", new ObservedImage("busybox:latest", IMAGE_ID, Set.of())));
    }

    /** Everything of {@code project} as a previous up left it, all running. */
    private ObservedState upToDate(Project project, Map<String, Integer> replicas) {
        List<ObservedContainer> containers = new ArrayList<>();
        project.services().values().forEach(service -> {
            for (int n = 1; n <= replicas.getOrDefault(service.name(), 1); n++) {
                containers.add(container(service.name(), n, ConfigHash.of(service), "running"));
            }
        });
        DesiredNetwork desired = DesiredNetwork.of("demo", "default", project.networks().get("default"), "2.0.0");
        ObservedNetwork network = new ObservedNetwork(NETWORK_ID, "demo_default", "bridge", desired.labels(),
                Map.of(), NetworkIpam.none(), false, false, false, List.of());
        return new ObservedState("demo", containers, List.of(network), List.of(),
                Map.of("busybox:latest", new ObservedImage("busybox:latest", IMAGE_ID, Set.of())));
    }

    private static ObservedContainer container(String service, int number, String hash, String state) {
        Map<String, String> labels = new HashMap<>();
        labels.put(ComposeLabels.PROJECT, "demo");
        labels.put(ComposeLabels.SERVICE, service);
        labels.put(ComposeLabels.CONTAINER_NUMBER, Integer.toString(number));
        labels.put(ComposeLabels.ONEOFF, "False");
        labels.put(ComposeLabels.CONFIG_HASH, hash);
        labels.put(ComposeLabels.IMAGE, IMAGE_ID);
        return new ObservedContainer("id" + service + number + "0123456789", "demo-" + service + "-" + number,
                labels, state, Set.of(NETWORK_ID), List.of());
    }

    private static UpOptions options() {
        return UpOptions.defaults();
    }

    @Test
    void firstUpCreatesTheNetworkThenContainersAndStartsWebOnceDbIsHealthy() throws IOException {
        Project project = load(TWO_SERVICES);
        Plan plan = Reconciler.up(context(project), nothing(), options());
        assertThat(plan.text()).isEqualTo("""
                #1 CreateNetwork demo_default (not found)
                #2 CreateContainer demo-db-1 (no existing container) after #1
                #3 StartContainer demo-db-1 (created) after #2
                #4 CreateContainer demo-web-1 (no existing container) after #1
                #5 StartContainer demo-web-1 (created) after #3,#4 when db service_healthy""");
    }

    @Test
    void runStartsTheDependenciesButNotTheServiceItself() throws IOException {
        Project project = load(TWO_SERVICES);
        Plan plan = Reconciler.run(context(project), nothing(), options(), "web");
        assertThat(plan.text()).isEqualTo("""
                #1 CreateNetwork demo_default (not found)
                #2 CreateContainer demo-db-1 (no existing container) after #1
                #3 StartContainer demo-db-1 (created) after #2""");
    }

    @Test
    void runWithNoDepsOnlyPreparesTheNetwork() throws IOException {
        Project project = load(TWO_SERVICES);
        UpOptions noDeps = new UpOptions(Set.of(), true, false, false, false, false, false, false, Map.of(), false,
                Optional.empty(), Optional.empty(), false);
        Plan plan = Reconciler.run(context(project), nothing(), noDeps, "web");
        assertThat(plan.text()).isEqualTo("#1 CreateNetwork demo_default (not found)");
    }

    @Test
    void aOneOffWaitsAtItsServicesDependsOnConditions() throws IOException {
        Project project = load(TWO_SERVICES);
        ObservedState observed = upToDate(project, Map.of());
        assertThat(Reconciler.oneOffGates(DependsOn.of(project), "web", observed))
                .containsExactly(new Gate("db", Gate.HEALTHY, true, List.of("demo-db-1")));
        assertThat(Reconciler.oneOffGates(DependsOn.of(project), "db", observed)).isEmpty();
    }

    @Test
    void aMissingImageIsPulledBeforeTheCreate() throws IOException {
        Project project = load("""
                services:
                  web:
                    image: example/app:1
                """);
        Plan plan = Reconciler.up(context(project), nothing(), options());
        assertThat(plan.text()).isEqualTo("""
                #1 PullImage example/app:1 (not found locally)
                #2 CreateNetwork demo_default (not found) after #1
                #3 CreateContainer demo-web-1 (no existing container) after #1,#2
                #4 StartContainer demo-web-1 (created) after #3""");
    }

    @Test
    void pullNeverWithAMissingImageIsAnError() throws IOException {
        Project project = load("""
                services:
                  web:
                    image: example/app:1
                    pull_policy: never
                """);
        assertThatThrownBy(() -> Reconciler.up(context(project), nothing(), options()))
                .hasMessage("service web: image example/app:1 not found locally and pull_policy is never");
    }

    @Test
    void aTimeBasedPullPolicyPullsAPresentImageOnlyOnceItsLastTagIsOlderThanThePeriod() throws IOException {
        Project project = load("""
                services:
                  web:
                    image: example/app:1
                    pull_policy: daily
                """);
        assertThat(Reconciler.up(context(project), tagged("example/app:1", Duration.ofHours(25)), options()).text())
                .startsWith("#1 PullImage example/app:1 (pull policy daily, last pulled before its period)");
        assertThat(Reconciler.up(context(project), tagged("example/app:1", Duration.ofHours(23)), options()).text())
                .isEqualTo("""
                        #1 CreateNetwork demo_default (not found)
                        #2 CreateContainer demo-web-1 (no existing container) after #1
                        #3 StartContainer demo-web-1 (created) after #2""");
    }

    private static ObservedState tagged(String reference, Duration ago) {
        return new ObservedState("demo", List.of(), List.of(), List.of(), Map.of(reference, new ObservedImage(
                reference, IMAGE_ID, Set.of(), Optional.of(Instant.now().minus(ago)))));
    }

    @Test
    void aSecondUpChangesNothing() throws IOException {
        Project project = load(TWO_SERVICES);
        Plan plan = Reconciler.up(context(project), upToDate(project, Map.of()), options());
        assertThat(plan.isEmpty()).isTrue();
        assertThat(plan.text()).isEqualTo("""
                = Container demo-db-1 (up to date, running)
                = Container demo-web-1 (up to date, running)""");
    }

    @Test
    void aChangedServiceIsRecreatedUnderATemporaryNameAndTheOtherKept() throws IOException {
        Project before = load(TWO_SERVICES);
        ObservedState observed = upToDate(before, Map.of());
        Project after = load(TWO_SERVICES + "    environment:\n      MODE: new\n");
        Plan plan = Reconciler.up(context(after), observed, options());
        assertThat(plan.text()).isEqualTo("""
                #1 CreateContainer idweb1012345_demo-web-1 (config hash changed)
                #2 StopContainer demo-web-1 (replaced) after #1
                #3 RemoveContainer demo-web-1 (replaced) after #2
                #4 RenameContainer idweb1012345_demo-web-1 to demo-web-1 (replaced) after #3
                #5 StartContainer demo-web-1 (recreated) after #4 when db service_healthy
                = Container demo-db-1 (up to date, running)""");
    }

    @Test
    void anExitedUpToDateContainerIsOnlyStarted() throws IOException {
        Project project = load("""
                services:
                  web:
                    image: busybox:latest
                """);
        ObservedState running = upToDate(project, Map.of());
        ObservedContainer exited = container("web", 1, ConfigHash.of(project.services().get("web")), "exited");
        ObservedState observed = new ObservedState("demo", List.of(exited), running.networks(), List.of(),
                running.images());
        assertThat(Reconciler.up(context(project), observed, options()).text())
                .isEqualTo("#1 StartContainer demo-web-1 (up to date, exited)");
    }

    @Test
    void aNewImageIdRecreates() throws IOException {
        Project project = load("""
                services:
                  web:
                    image: busybox:latest
                """);
        ObservedState old = upToDate(project, Map.of());
        ObservedState observed = new ObservedState("demo", old.containers(), old.networks(), List.of(),
                Map.of("busybox:latest", new ObservedImage("busybox:latest", "sha256:2222", Set.of())));
        assertThat(Reconciler.up(context(project), observed, options()).text())
                .startsWith("#1 CreateContainer idweb1012345_demo-web-1 (image busybox:latest changed)");
    }

    @Test
    void aContainerNotOnItsNetworkIsRecreated() throws IOException {
        Project project = load("""
                services:
                  web:
                    image: busybox:latest
                """);
        ObservedState old = upToDate(project, Map.of());
        ObservedContainer web = old.containers().get(0);
        ObservedContainer detached = new ObservedContainer(web.id(), web.name(), web.labels(), "running", Set.of(),
                List.of());
        ObservedState observed = new ObservedState("demo", List.of(detached), old.networks(), List.of(),
                old.images());
        assertThat(Reconciler.up(context(project), observed, options()).text())
                .startsWith("#1 CreateContainer idweb1012345_demo-web-1 (not connected to network demo_default)");
    }

    @Test
    void forceRecreateRecreatesTargetsAndNoRecreateKeepsChangedOnes() throws IOException {
        Project project = load(TWO_SERVICES);
        ObservedState observed = upToDate(project, Map.of());
        UpOptions force = new UpOptions(Set.of("web"), false, true, false, false, false, false, false, Map.of(),
                false, Optional.of(Duration.ofSeconds(1)), Optional.empty(), false);
        assertThat(Reconciler.up(context(project), observed, force).text()).isEqualTo("""
                #1 CreateContainer idweb1012345_demo-web-1 (--force-recreate)
                #2 StopContainer demo-web-1 (replaced) after #1
                #3 RemoveContainer demo-web-1 (replaced) after #2
                #4 RenameContainer idweb1012345_demo-web-1 to demo-web-1 (replaced) after #3
                #5 StartContainer demo-web-1 (recreated) after #4 when db service_healthy
                = Container demo-db-1 (up to date, running)""");
        UpOptions alwaysDeps = new UpOptions(Set.of("web"), false, false, false, true, false, false, false,
                Map.of(), false, Optional.empty(), Optional.empty(), false);
        assertThat(Reconciler.up(context(project), observed, alwaysDeps).text())
                .startsWith("#1 CreateContainer iddb10123456_demo-db-1 (dependency (--always-recreate-deps))");
        Project changed = load(TWO_SERVICES + "    environment:\n      MODE: new\n");
        UpOptions noRecreate = new UpOptions(Set.of(), false, false, true, false, false, false, false, Map.of(),
                false, Optional.empty(), Optional.empty(), false);
        assertThat(Reconciler.up(context(changed), observed, noRecreate).isEmpty()).isTrue();
    }

    @Test
    void noDepsLeavesDependenciesOut() throws IOException {
        Project project = load(TWO_SERVICES);
        UpOptions noDeps = new UpOptions(Set.of("web"), true, false, false, false, false, false, false, Map.of(),
                false, Optional.empty(), Optional.empty(), false);
        assertThat(Reconciler.up(context(project), nothing(), noDeps).text()).isEqualTo("""
                #1 CreateNetwork demo_default (not found)
                #2 CreateContainer demo-web-1 (no existing container) after #1
                #3 StartContainer demo-web-1 (created) after #2""");
    }

    @Test
    void scaleUpAddsTheNextNumbersAndScaleDownRemovesTheHighestWithoutRecreating() throws IOException {
        Project project = load("""
                services:
                  web:
                    image: busybox:latest
                    deploy:
                      replicas: 3
                """);
        ObservedState two = upToDate(project, Map.of("web", 2));
        assertThat(Reconciler.up(context(project), two, options()).text()).isEqualTo("""
                #1 CreateContainer demo-web-3 (scale up to 3)
                #2 StartContainer demo-web-3 (created) after #1
                = Container demo-web-1 (up to date, running)
                = Container demo-web-2 (up to date, running)""");
        UpOptions one = new UpOptions(Set.of(), false, false, false, false, false, false, false, Map.of("web", 1),
                false, Optional.empty(), Optional.empty(), false);
        assertThat(Reconciler.up(context(project), upToDate(project, Map.of("web", 3)), one).text()).isEqualTo("""
                #1 StopContainer demo-web-3 (scale down to 1)
                #2 RemoveContainer demo-web-3 (scale down to 1) after #1
                #3 StopContainer demo-web-2 (scale down to 1)
                #4 RemoveContainer demo-web-2 (scale down to 1) after #3
                = Container demo-web-1 (up to date, running)""");
    }

    @Test
    void scaleDownRemovesObsoleteContainersFirst() throws IOException {
        Project project = load("""
                services:
                  web:
                    image: busybox:latest
                """);
        ObservedState old = upToDate(project, Map.of("web", 2));
        ObservedContainer stale = container("web", 1, "old-hash", "running");
        ObservedState observed = new ObservedState("demo", List.of(stale, old.containers().get(1)), old.networks(),
                List.of(), old.images());
        assertThat(Reconciler.up(context(project), observed, options()).text()).isEqualTo("""
                #1 StopContainer demo-web-1 (scale down to 1)
                #2 RemoveContainer demo-web-1 (scale down to 1) after #1
                = Container demo-web-2 (up to date, running)""");
    }

    @Test
    void orphansAreWarnedAboutOrRemoved() throws IOException {
        Project project = load("""
                services:
                  web:
                    image: busybox:latest
                """);
        ObservedState old = upToDate(project, Map.of());
        List<ObservedContainer> containers = new ArrayList<>(old.containers());
        containers.add(container("gone", 1, "x", "running"));
        ObservedState observed = new ObservedState("demo", containers, old.networks(), List.of(), old.images());
        Plan warned = Reconciler.up(context(project), observed, options());
        assertThat(warned.isEmpty()).isTrue();
        assertThat(warned.warnings()).containsExactly("Found orphan containers (demo-gone-1) for this project. "
                + "If you removed or renamed this service in your compose file, you can run this command with the "
                + "--remove-orphans flag to clean it up.");
        UpOptions remove = new UpOptions(Set.of(), false, false, false, false, true, false, false, Map.of(), false,
                Optional.empty(), Optional.empty(), false);
        Plan removed = Reconciler.up(context(project), observed, remove);
        assertThat(removed.text()).isEqualTo("""
                #1 StopContainer demo-gone-1 (orphan)
                #2 RemoveContainer demo-gone-1 (orphan) after #1
                = Container demo-web-1 (up to date, running)""");
        assertThat(removed.warnings()).isEmpty();
        UpOptions ignore = new UpOptions(Set.of(), false, false, false, false, false, true, false, Map.of(), false,
                Optional.empty(), Optional.empty(), false);
        assertThat(Reconciler.up(context(project), observed, ignore).warnings()).isEmpty();
    }

    @Test
    void restartTrueDependantsRestartAfterTheirDependencyIsRecreated() throws IOException {
        String yaml = """
                services:
                  db:
                    image: busybox:latest
                  web:
                    image: busybox:latest
                    depends_on:
                      db:
                        condition: service_started
                        restart: true
                """;
        Project before = load(yaml);
        ObservedState observed = upToDate(before, Map.of());
        Project after = load(yaml.replace("  db:\n    image: busybox:latest\n",
                "  db:\n    image: busybox:latest\n    environment:\n      V: 2\n"));
        assertThat(Reconciler.up(context(after), observed, options()).text()).isEqualTo("""
                #1 CreateContainer iddb10123456_demo-db-1 (config hash changed)
                #2 StopContainer demo-db-1 (replaced) after #1
                #3 RemoveContainer demo-db-1 (replaced) after #2
                #4 RenameContainer iddb10123456_demo-db-1 to demo-db-1 (replaced) after #3
                #5 StartContainer demo-db-1 (recreated) after #4
                #6 RestartContainer demo-web-1 (dependency db recreated) after #5
                = Container demo-web-1 (up to date, running)""");
    }

    @Test
    void completedSuccessfullyGatesTheDependant() throws IOException {
        Project project = load("""
                services:
                  init:
                    image: busybox:latest
                    command: ["true"]
                  app:
                    image: busybox:latest
                    depends_on:
                      init:
                        condition: service_completed_successfully
                        required: false
                """);
        assertThat(Reconciler.up(context(project), nothing(), options()).text()).isEqualTo("""
                #1 CreateNetwork demo_default (not found)
                #2 CreateContainer demo-init-1 (no existing container) after #1
                #3 StartContainer demo-init-1 (created) after #2
                #4 CreateContainer demo-app-1 (no existing container) after #1
                #5 StartContainer demo-app-1 (created) after #3,#4 when init service_completed_successfully \
                (optional)""");
    }

    @Test
    void downStopsALevelOnceTheLevelAboveStoppedAndRemovesEachResourceWhenItsUsersAreGone() throws IOException {
        Project project = load(TWO_SERVICES + """
                    volumes:
                      - data:/data
                volumes:
                  data: {}
                """);
        ObservedState running = upToDate(project, Map.of());
        // only web mounts the volume (as the engine's list says); both are on the default network
        List<ObservedContainer> mounting = running.containers().stream().map(c -> new ObservedContainer(c.id(),
                c.name(), c.labels(), c.state(), c.networkIds(), c.service().equals("web")
                ? List.of(new io.jcompose.volumes.ObservedMount("volume", Optional.of("demo_data"),
                        "/var/lib/docker/volumes/demo_data/_data", "/data", true))
                : List.of())).toList();
        ObservedState observed = new ObservedState("demo", mounting, running.networks(),
                List.of(new io.jcompose.volumes.ObservedVolume("demo_data", "local",
                        Map.of(ComposeLabels.PROJECT, "demo", ComposeLabels.VOLUME, "data"), Map.of())),
                running.images());
        Plan plan = Reconciler.down(Optional.of(project), observed, true, false, Optional.of(Duration.ZERO),
                "2.0.0");
        assertThat(plan.text()).isEqualTo("""
                #1 StopContainer demo-web-1
                #2 RemoveContainer demo-web-1 after #1
                #3 StopContainer demo-db-1 after #1
                #4 RemoveContainer demo-db-1 after #3
                #5 RemoveNetwork demo_default (network default of project demo) after #2,#4
                #6 RemoveVolume demo_data (volume data of project demo) after #2""");
    }

    @Test
    void downRemovesEachNetworkOnceItsLastContainerIsGone() throws IOException {
        Project project = load("""
                services:
                  a: {image: busybox:latest, networks: [front]}
                  b: {image: busybox:latest, networks: [front]}
                  c: {image: busybox:latest, networks: [back]}
                networks:
                  front: {}
                  back: {}
                """);
        List<ObservedNetwork> networks = new ArrayList<>();
        for (String key : List.of("back", "front")) {
            DesiredNetwork desired = DesiredNetwork.of("demo", key, project.networks().get(key), "2.0.0");
            networks.add(new ObservedNetwork("net" + key, "demo_" + key, "bridge", desired.labels(), Map.of(),
                    NetworkIpam.none(), false, false, false, List.of()));
        }
        List<ObservedContainer> containers = List.of(
                onNetworks(container("a", 1, "h", "running"), Set.of("netfront")),
                onNetworks(container("b", 1, "h", "running"), Set.of("netfront")),
                onNetworks(container("c", 1, "h", "running"), Set.of("netback")));
        ObservedState observed = new ObservedState("demo", containers, networks, List.of(), Map.of());
        assertThat(Reconciler.down(Optional.of(project), observed, false, false, Optional.empty(), "2.0.0").text())
                .isEqualTo("""
                        #1 StopContainer demo-c-1
                        #2 RemoveContainer demo-c-1 after #1
                        #3 StopContainer demo-b-1
                        #4 RemoveContainer demo-b-1 after #3
                        #5 StopContainer demo-a-1
                        #6 RemoveContainer demo-a-1 after #5
                        #7 RemoveNetwork demo_back (network back of project demo) after #2
                        #8 RemoveNetwork demo_front (network front of project demo) after #4,#6""");
        // a container the engine gives no network id for (created, never started) holds every network
        List<ObservedContainer> created = List.of(containers.get(0), containers.get(1),
                onNetworks(container("c", 1, "h", "created"), Set.of("")));
        assertThat(Reconciler.down(Optional.of(project), new ObservedState("demo", created, networks, List.of(),
                Map.of()), false, false, Optional.empty(), "2.0.0").text()).isEqualTo("""
                #1 RemoveContainer demo-c-1
                #2 StopContainer demo-b-1
                #3 RemoveContainer demo-b-1 after #2
                #4 StopContainer demo-a-1
                #5 RemoveContainer demo-a-1 after #4
                #6 RemoveNetwork demo_back (network back of project demo) after #1
                #7 RemoveNetwork demo_front (network front of project demo) after #1,#3,#5""");
    }

    private static ObservedContainer onNetworks(ObservedContainer c, Set<String> networkIds) {
        return new ObservedContainer(c.id(), c.name(), c.labels(), c.state(), networkIds, c.mounts());
    }

    @Test
    void downWithoutAComposeFileReadsTheOrderFromLabels() throws IOException {
        Project project = load(TWO_SERVICES);
        ObservedState running = upToDate(project, Map.of());
        List<ObservedContainer> labelled = running.containers().stream().map(c -> {
            Map<String, String> labels = new HashMap<>(c.labels());
            labels.put(ComposeLabels.DEPENDS_ON, c.service().equals("web") ? "db:service_healthy:false" : "");
            return new ObservedContainer(c.id(), c.name(), labels, c.state(), c.networkIds(), c.mounts());
        }).toList();
        ObservedState observed = new ObservedState("demo", labelled, List.of(), List.of(), Map.of());
        assertThat(Reconciler.down(Optional.empty(), observed, false, false, Optional.empty(), "2.0.0").text())
                .isEqualTo("""
                        #1 StopContainer demo-web-1
                        #2 RemoveContainer demo-web-1 after #1
                        #3 StopContainer demo-db-1 after #1
                        #4 RemoveContainer demo-db-1 after #3""");
        assertThat(Reconciler.start(DependsOn.fromLabels(labelled), stopped(observed), Set.of()).text())
                .isEqualTo("""
                        #1 StartContainer demo-db-1 (exited)
                        #2 StartContainer demo-web-1 (exited) after #1 when db service_healthy""");
    }

    @Test
    void aChangedVolumeIsKeptWithAWarningUnlessYesThenItsContainersGoFirst() throws IOException {
        String yaml = """
                services:
                  db:
                    image: busybox:latest
                    volumes:
                      - data:/data
                volumes:
                  data:
                    labels:
                      v: "1"
                """;
        Project before = load(yaml);
        ObservedState running = upToDate(before, Map.of());
        io.jcompose.volumes.DesiredVolume old = io.jcompose.volumes.DesiredVolume.of("demo", "data",
                before.volumes().get("data"), "2.0.0");
        ObservedState observed = new ObservedState("demo", running.containers(), running.networks(),
                List.of(new io.jcompose.volumes.ObservedVolume("demo_data", "local", old.labels(), Map.of())),
                running.images());
        Project after = load(yaml.replace("v: \"1\"", "v: \"2\""));
        Plan declined = Reconciler.up(context(after), observed, options());
        assertThat(declined.isEmpty()).isTrue();
        assertThat(declined.warnings()).singleElement().asString()
                .startsWith("Volume \"demo_data\" exists but doesn't match configuration in compose file.");
        UpOptions yes = new UpOptions(Set.of(), false, false, false, false, false, false, false, Map.of(), false,
                Optional.empty(), Optional.empty(), true);
        assertThat(Reconciler.up(context(after), observed, yes).text()).isEqualTo("""
                #1 StopContainer demo-db-1 (volume demo_data recreated)
                #2 RemoveContainer demo-db-1 (volume demo_data recreated) after #1
                #3 RemoveVolume demo_data (config changed: labels {v=1} -> {v=2}) after #2
                #4 CreateVolume demo_data (config changed: labels {v=1} -> {v=2}) after #3
                #5 CreateContainer demo-db-1 (no existing container) after #4
                #6 StartContainer demo-db-1 (created) after #5""");

        List<String> asked = new ArrayList<>();
        Plan answeredYes = Reconciler.up(context(after), observed, options(), question -> asked.add(question));
        assertThat(asked).singleElement().asString()
                .startsWith("Volume \"demo_data\" exists but doesn't match configuration in compose file.");
        assertThat(answeredYes.text()).isEqualTo(Reconciler.up(context(after), observed, yes).text());
        Plan answeredNo = Reconciler.up(context(after), observed, options(), question -> false);
        assertThat(answeredNo.isEmpty()).isTrue();
        assertThat(answeredNo.warnings()).singleElement().asString().endsWith("run with -y to recreate it.");
    }

    @Test
    void downOfNothingWarns() {
        Plan plan = Reconciler.down(Optional.empty(), ObservedState.empty("demo"), true, false, Optional.empty(),
                "2.0.0");
        assertThat(plan.isEmpty()).isTrue();
        assertThat(plan.warnings()).containsExactly("No resource found to remove for project \"demo\".");
    }

    @Test
    void stopAndRestartFollowTheGraph() throws IOException {
        Project project = load("""
                services:
                  db:
                    image: busybox:latest
                  web:
                    image: busybox:latest
                    depends_on:
                      db:
                        condition: service_started
                        restart: true
                """);
        ObservedState observed = upToDate(project, Map.of());
        Map<String, List<DependsOn>> graph = DependsOn.of(project);
        assertThat(Reconciler.stop(graph, observed, Set.of(), Optional.of(Duration.ofSeconds(1))).text())
                .isEqualTo("""
                        #1 StopContainer demo-web-1
                        #2 StopContainer demo-db-1 after #1""");
        assertThat(Reconciler.restart(graph, observed, Set.of("db"), false, Optional.empty()).text())
                .isEqualTo("""
                        #1 RestartContainer demo-db-1
                        #2 RestartContainer demo-web-1 after #1""");
        assertThat(Reconciler.restart(graph, observed, Set.of("db"), true, Optional.empty()).text())
                .isEqualTo("#1 RestartContainer demo-db-1");
    }

    @Test
    void containerNameWithScaleIsRefused() throws IOException {
        Project project = load("""
                services:
                  web:
                    image: busybox:latest
                    container_name: one
                """);
        UpOptions two = new UpOptions(Set.of(), false, false, false, false, false, false, false, Map.of("web", 2),
                false, Optional.empty(), Optional.empty(), false);
        assertThatThrownBy(() -> Reconciler.up(context(project), nothing(), two))
                .hasMessageContaining("can't set container_name and web as container name must be unique");
    }

    private static ObservedState stopped(ObservedState observed) {
        return new ObservedState(observed.project(), observed.containers().stream()
                .map(c -> new ObservedContainer(c.id(), c.name(), c.labels(), "exited", c.networkIds(), c.mounts()))
                .toList(), observed.networks(), observed.volumes(), observed.images());
    }
}
