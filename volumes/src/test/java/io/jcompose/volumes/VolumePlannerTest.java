package io.jcompose.volumes;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.spec.labels.ComposeLabels;
import io.jcompose.spec.model.Project;
import io.jcompose.volumes.VolumeChange.RecreateVolume;
import io.jcompose.volumes.VolumeChange.VolumeDrift;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VolumePlannerTest {

    private final VolumePlanner planner = new VolumePlanner("2.0.0");

    private static final String DATA = """
            services:
              db:
                image: busybox
                volumes: [data:/var/lib/data]
              web:
                image: busybox
                volumes: ["data:/srv:ro"]
            volumes:
              data:
                driver_opts:
                  type: tmpfs
                  device: tmpfs
                  o: "%s"
            """;

    @Test
    void missingVolumeIsCreatedWithComposeLabels() {
        Project project = ComposeFixture.project("""
                services:
                  db:
                    image: busybox
                    volumes: [data:/data]
                volumes:
                  data:
                    labels:
                      backup: daily
                """);
        VolumePlan plan = planner.up(project, List.of(), Set.of(), false, false);
        assertThat(plan.text()).isEqualTo("CreateVolume demo_data (not found)");
        DesiredVolume volume = ((VolumeChange.CreateVolume) plan.changes().get(0)).volume();
        assertThat(volume.driver()).isEqualTo("local");
        assertThat(volume.driverOpts()).isEmpty();
        assertThat(volume.labels()).containsOnly(
                Map.entry("backup", "daily"),
                Map.entry(ComposeLabels.PROJECT, "demo"),
                Map.entry(ComposeLabels.VOLUME, "data"),
                Map.entry(ComposeLabels.VERSION, "2.0.0"),
                Map.entry(ComposeLabels.CONFIG_HASH, volume.configHash()));
    }

    @Test
    void namedVolumeKeepsItsNameAndDriver() {
        Project project = ComposeFixture.project("""
                services:
                  db:
                    image: busybox
                    volumes: [data:/data]
                volumes:
                  data:
                    name: shared-data
                    driver: nfs
                    driver_opts:
                      share: /exports
                """);
        DesiredVolume volume = planner.desired(project, Set.of(), false).get(0);
        assertThat(volume.name()).isEqualTo("shared-data");
        assertThat(volume.driver()).isEqualTo("nfs");
        assertThat(volume.driverOpts()).containsExactly(Map.entry("share", "/exports"));
    }

    @Test
    void matchingVolumeIsKept() {
        Project project = ComposeFixture.project(DATA.formatted("size=10m"));
        assertThat(planner.up(project, observe(planner.desired(project, Set.of(), false)), Set.of(), false, false)
                .text()).isEqualTo("KeepVolume demo_data (up to date)");
    }

    @Test
    void changedVolumeIsNeverRecreatedWithoutAYes() {
        List<ObservedVolume> observed = observe(planner.desired(ComposeFixture.project(DATA.formatted("size=10m")),
                Set.of(), false));
        Project changed = ComposeFixture.project(DATA.formatted("size=20m"));
        VolumePlan plan = planner.up(changed, observed, Set.of(), false, false);
        assertThat(plan.text()).isEqualTo("VolumeDrift demo_data (config changed: driver_opts "
                + "{device=tmpfs,o=size=10m,type=tmpfs} -> {device=tmpfs,o=size=20m,type=tmpfs})");
        VolumeDrift drift = plan.drifts().get(0);
        assertThat(drift.prompt()).isEqualTo("Volume \"demo_data\" exists but doesn't match configuration in compose "
                + "file. Recreate (data will be lost)?");
        assertThat(drift.services()).containsExactly("db", "web");

        assertThat(plan.resolve(d -> false).text()).isEqualTo("KeepVolume demo_data (config changed: driver_opts "
                + "{device=tmpfs,o=size=10m,type=tmpfs} -> {device=tmpfs,o=size=20m,type=tmpfs}, recreate declined)");
        VolumePlan accepted = plan.resolve(d -> true);
        assertThat(accepted.text()).startsWith("RecreateVolume demo_data (config changed: driver_opts ");
        assertThat(accepted.drifts()).isEmpty();
    }

    @Test
    void assumeYesRecreatesAtOnce() {
        List<ObservedVolume> observed = observe(planner.desired(ComposeFixture.project(DATA.formatted("size=10m")),
                Set.of(), false));
        VolumePlan plan = planner.up(ComposeFixture.project(DATA.formatted("size=20m")), observed, Set.of(), false,
                true);
        assertThat(plan.changes()).singleElement().isInstanceOf(RecreateVolume.class);
        assertThat(((RecreateVolume) plan.changes().get(0)).services()).containsExactly("db", "web");
    }

    @Test
    void hashChangeWithoutVisibleDifferenceSaysSo() {
        Project project = ComposeFixture.project(DATA.formatted("size=10m"));
        List<ObservedVolume> observed = observe(planner.desired(project, Set.of(), false)).stream()
                .map(o -> withLabel(o, ComposeLabels.CONFIG_HASH, "0".repeat(64))).toList();
        assertThat(planner.up(project, observed, Set.of(), false, false).text())
                .isEqualTo("VolumeDrift demo_data (config changed: config hash differs)");
    }

    @Test
    void volumeWithoutHashIsKept() {
        Project project = ComposeFixture.project(DATA.formatted("size=10m"));
        List<ObservedVolume> observed = observe(planner.desired(project, Set.of(), false)).stream()
                .map(o -> withLabel(o, ComposeLabels.CONFIG_HASH, null)).toList();
        assertThat(planner.up(project, observed, Set.of(), false, false).text())
                .isEqualTo("KeepVolume demo_data (exists without a config hash)");
    }

    @Test
    void unmanagedVolumeIsReusedWithComposesWarning() {
        Project project = ComposeFixture.project(DATA.formatted("size=10m"));
        VolumePlan plan = planner.up(project, List.of(volume("demo_data", Map.of())), Set.of(), false, false);
        assertThat(plan.text()).isEqualTo("KeepVolume demo_data (exists, not created by compose)");
        assertThat(plan.warnings()).containsExactly("volume \"demo_data\" already exists but was not created by "
                + "Docker Compose. Use `external: true` to use an existing volume");
    }

    @Test
    void anotherProjectsVolumeIsReusedWithComposesWarningEvenIfItDiffers() {
        Project project = ComposeFixture.project(DATA.formatted("size=10m"));
        VolumePlan plan = planner.up(project, List.of(volume("demo_data", Map.of(ComposeLabels.PROJECT, "other",
                ComposeLabels.CONFIG_HASH, "0".repeat(64)))), Set.of(), false, false);
        assertThat(plan.text()).isEqualTo("KeepVolume demo_data (exists, created for project \"other\")");
        assertThat(plan.warnings()).containsExactly("volume \"demo_data\" already exists but was created for project "
                + "\"other\" (expected \"demo\"). Use `external: true` to use an existing volume");
        assertThat(plan.drifts()).isEmpty();
    }

    @Test
    void externalVolumes() {
        Project project = ComposeFixture.project("""
                services:
                  db:
                    image: busybox
                    volumes: [cache:/cache, archive:/archive]
                volumes:
                  cache:
                    external: true
                  archive:
                    external: true
                    name: company-archive
                """);
        VolumePlan missing = planner.up(project, List.of(volume("cache", Map.of())), Set.of(), false, false);
        assertThat(missing.text()).isEqualTo("""
                MissingExternalVolume company-archive (external volume "company-archive" not found)
                UseExternalVolume cache (exists)""");
        assertThat(missing.failures()).singleElement().extracting(VolumeChange.MissingExternalVolume::message)
                .isEqualTo("external volume \"company-archive\" not found");
        assertThat(((VolumeChange.UseExternalVolume) missing.changes().get(1)).volume().labels()).isEmpty();
    }

    @Test
    void onlyVolumesOfSelectedServicesUnlessAllResources() {
        Project project = ComposeFixture.project("""
                services:
                  db:
                    image: busybox
                    volumes: [data:/data, /anonymous]
                  web:
                    image: busybox
                    volumes: [./html:/html, static:/static]
                volumes:
                  data: {}
                  static: {}
                  spare: {}
                """);
        assertThat(planner.up(project, List.of(), Set.of("web"), false, false).text())
                .isEqualTo("CreateVolume demo_static (not found)");
        assertThat(planner.up(project, List.of(), Set.of(), false, false).text()).isEqualTo("""
                CreateVolume demo_data (not found)
                CreateVolume demo_static (not found)""");
        assertThat(planner.up(project, List.of(), Set.of("web"), true, false).text()).isEqualTo("""
                CreateVolume demo_data (not found)
                CreateVolume demo_spare (not found)
                CreateVolume demo_static (not found)""");
    }

    @Test
    void downRemovesDeclaredVolumesAndAnonymousOnesOfRemovedContainers() {
        Project project = ComposeFixture.project("""
                services:
                  db:
                    image: busybox
                    volumes: [data:/data, /scratch]
                volumes:
                  data: {}
                  logs: {}
                  cache:
                    external: true
                """);
        String anonymous = "a".repeat(64);
        Map<String, List<ObservedMount>> removed = Map.of("demo-db-1", List.of(
                new ObservedMount("volume", Optional.of("demo_data"), "/volumes/demo_data/_data", "/data", true),
                new ObservedMount("volume", Optional.of(anonymous), "/volumes/" + anonymous + "/_data", "/scratch",
                        true),
                new ObservedMount("bind", Optional.empty(), "/work/project/html", "/html", true)));
        List<ObservedVolume> observed = List.of(
                volume("demo_data", Map.of(ComposeLabels.PROJECT, "demo")),
                volume("cache", Map.of()));
        assertThat(planner.down(project, observed, removed).text()).isEqualTo("""
                RemoveVolume demo_data (volume data of project demo)
                RemoveVolume %s (anonymous volume of demo-db-1)""".formatted(anonymous));
    }

    @Test
    void downWithoutAFileRemovesEveryLabelledVolume() {
        List<ObservedVolume> observed = List.of(
                volume("demo_data", Map.of(ComposeLabels.PROJECT, "demo", ComposeLabels.VOLUME, "data")),
                volume("other_data", Map.of(ComposeLabels.PROJECT, "other", ComposeLabels.VOLUME, "data")));
        assertThat(planner.down("demo", observed, Map.of()).text())
                .isEqualTo("RemoveVolume demo_data (volume data of project demo)");
    }

    @Test
    void hashIsStableAndFollowsTheConfig() {
        String a = planner.desired(ComposeFixture.project(DATA.formatted("size=10m")), Set.of(), false).get(0)
                .configHash();
        String again = planner.desired(ComposeFixture.project(DATA.formatted("size=10m")), Set.of(), false).get(0)
                .configHash();
        String b = planner.desired(ComposeFixture.project(DATA.formatted("size=20m")), Set.of(), false).get(0)
                .configHash();
        assertThat(a).matches("[0-9a-f]{64}").isEqualTo(again).isNotEqualTo(b);
    }

    @Test
    void explicitLocalDriverHashesLikeTheDefault() {
        String implicit = planner.desired(ComposeFixture.project("""
                services:
                  db:
                    image: busybox
                    volumes: [data:/data]
                volumes:
                  data: {}
                """), Set.of(), false).get(0).configHash();
        String explicit = planner.desired(ComposeFixture.project("""
                services:
                  db:
                    image: busybox
                    volumes: [data:/data]
                volumes:
                  data:
                    driver: local
                """), Set.of(), false).get(0).configHash();
        assertThat(explicit).isEqualTo(implicit);
    }

    @Test
    void driverAndLabelChangesAreNamedInTheDrift() {
        String file = """
                services:
                  db:
                    image: busybox
                    volumes: [data:/data]
                volumes:
                  data:
                    driver: %s
                    labels:
                      tier: %s
                """;
        List<ObservedVolume> observed = observe(planner.desired(ComposeFixture.project(file.formatted("local", "a")),
                Set.of(), false));
        assertThat(planner.up(ComposeFixture.project(file.formatted("nfs", "b")), observed, Set.of(), false, false)
                .text()).isEqualTo("VolumeDrift demo_data (config changed: driver local -> nfs, "
                + "labels {tier=a} -> {tier=b})");
    }

    @Test
    void onePlanMixesDecisions() {
        Project project = ComposeFixture.project("""
                services:
                  db:
                    image: busybox
                    volumes: [data:/data, logs:/logs, shared:/shared, fresh:/fresh]
                volumes:
                  data: {}
                  logs:
                    labels: {rotate: "true"}
                  shared:
                    external: true
                  fresh: {}
                """);
        List<ObservedVolume> observed = observe(planner.desired(project, Set.of(), false)).stream()
                .filter(v -> !v.name().equals("demo_fresh"))
                .map(v -> v.name().equals("demo_logs") ? withLabel(v, ComposeLabels.CONFIG_HASH, "1".repeat(64)) : v)
                .toList();
        assertThat(planner.up(project, observed, Set.of(), false, false).text()).isEqualTo("""
                KeepVolume demo_data (up to date)
                CreateVolume demo_fresh (not found)
                VolumeDrift demo_logs (config changed: config hash differs)
                UseExternalVolume shared (exists)""");
    }

    private static List<ObservedVolume> observe(List<DesiredVolume> volumes) {
        return volumes.stream().map(v -> new ObservedVolume(v.name(), v.driver(), v.labels(), v.driverOpts()))
                .toList();
    }

    private static ObservedVolume volume(String name, Map<String, String> labels) {
        return new ObservedVolume(name, "local", labels, Map.of());
    }

    private static ObservedVolume withLabel(ObservedVolume o, String key, String value) {
        Map<String, String> labels = new HashMap<>(o.labels());
        if (value == null) {
            labels.remove(key);
        } else {
            labels.put(key, value);
        }
        return new ObservedVolume(o.name(), o.driver(), labels, o.options());
    }
}
