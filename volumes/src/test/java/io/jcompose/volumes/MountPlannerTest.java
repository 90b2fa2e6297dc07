package io.jcompose.volumes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.spec.model.Project;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MountPlannerTest {

    private static final String ANONYMOUS = "0123456789abcdef".repeat(4);

    private static MountPlan plan(String yaml) {
        Project project = ComposeFixture.project(yaml);
        return MountPlanner.plan(project, project.services().values().iterator().next());
    }

    @Test
    void plainBindsUseTheLegacyBindsSoTheDaemonCreatesMissingPaths() {
        MountPlan plan = plan("""
                services:
                  web:
                    image: busybox
                    volumes:
                      - ./html:/usr/share/html
                      - ./conf:/etc/conf:ro,z
                      - /var/log:/logs:Z
                """);
        assertThat(plan.text()).isEqualTo("""
                Bind /work/project/html:/usr/share/html:rw
                Bind /work/project/conf:/etc/conf:ro,z
                Bind /var/log:/logs:rw,Z""");
        assertThat(plan.mounts()).isEmpty();
        assertThat(plan.hostPathsToCreate()).isEmpty();
    }

    @Test
    void longSyntaxBindWithoutOptionsIsALegacyBind() {
        assertThat(plan("""
                services:
                  web:
                    image: busybox
                    volumes:
                      - type: bind
                        source: ./src
                        target: /src
                        read_only: true
                """).binds()).containsExactly("/work/project/src:/src:ro");
    }

    @Test
    void bindThatMustNotCreateItsHostPathGoesThroughMounts() {
        MountPlan plan = plan("""
                services:
                  web:
                    image: busybox
                    volumes:
                      - type: bind
                        source: ./must-exist
                        target: /data
                        bind:
                          create_host_path: false
                """);
        assertThat(plan.text()).isEqualTo("Mount bind /work/project/must-exist -> /data no_create_host_path");
        assertThat(plan.hostPathsToCreate()).isEmpty();
        assertThat(plan.mounts().get(0).bindOptions().orElseThrow().createMountpoint()).isFalse();
    }

    @Test
    void propagationAndRecursionNeedMountsAndTheHostPathCreatedByTheCaller() {
        MountPlan plan = plan("""
                services:
                  web:
                    image: busybox
                    volumes:
                      - ./shared:/shared:rshared
                      - type: bind
                        source: /mnt
                        target: /mnt
                        read_only: true
                        bind:
                          recursive: readonly
                """);
        assertThat(plan.text()).isEqualTo("""
                Mount bind /work/project/shared -> /shared propagation=rshared create_host_path
                Mount bind /mnt -> /mnt ro create_host_path read_only_force_recursive
                CreateHostPath /work/project/shared
                CreateHostPath /mnt""");
    }

    @Test
    void namedVolumesMountTheProjectsVolumeName() {
        MountPlan plan = plan("""
                services:
                  db:
                    image: busybox
                    volumes:
                      - data:/var/lib/data
                      - cache:/cache:ro,nocopy
                      - type: volume
                        source: data
                        target: /sub
                        volume:
                          subpath: app
                volumes:
                  data: {}
                  cache:
                    external: true
                    name: shared-cache
                """);
        assertThat(plan.text()).isEqualTo("""
                Mount volume demo_data -> /var/lib/data
                Mount volume shared-cache -> /cache ro nocopy
                Mount volume demo_data -> /sub subpath=app""");
        assertThat(plan.binds()).isEmpty();
    }

    @Test
    void anonymousVolumeOfANewContainer() {
        MountPlan plan = plan("""
                services:
                  db:
                    image: busybox
                    volumes: [/var/lib/data]
                """);
        assertThat(plan.text()).isEqualTo("Mount volume -> /var/lib/data");
        assertThat(plan.mounts().get(0).source()).isEmpty();
    }

    @Test
    void anonymousVolumesAreInheritedAcrossRecreate() {
        Project project = ComposeFixture.project("""
                services:
                  db:
                    image: postgres
                    volumes: [/var/lib/data, data:/data]
                volumes:
                  data: {}
                """);
        String fromImage = "f".repeat(64);
        List<ObservedMount> previous = List.of(
                new ObservedMount("volume", Optional.of(ANONYMOUS), "/volumes/x/_data", "/var/lib/data", true),
                new ObservedMount("volume", Optional.of(fromImage), "/volumes/y/_data", "/var/lib/postgresql/data",
                        true),
                new ObservedMount("volume", Optional.of("demo_data"), "/volumes/demo_data/_data", "/data", true),
                new ObservedMount("tmpfs", Optional.empty(), "", "/run", true));
        MountPlan plan = MountPlanner.plan(project, project.service("db").orElseThrow(), previous,
                Set.of("/var/lib/postgresql/data"), false);
        assertThat(plan.text()).isEqualTo("""
                Mount volume %s -> /var/lib/data (inherited)
                Mount volume %s -> /var/lib/postgresql/data (inherited)
                Mount volume demo_data -> /data""".formatted(ANONYMOUS, fromImage));
        assertThat(plan.inheritedVolumes()).containsExactly(ANONYMOUS, fromImage);
    }

    @Test
    void renewAnonymousVolumesStartsFresh() {
        Project project = ComposeFixture.project("""
                services:
                  db:
                    image: busybox
                    volumes: [/var/lib/data]
                """);
        List<ObservedMount> previous = List.of(
                new ObservedMount("volume", Optional.of(ANONYMOUS), "/x", "/var/lib/data", true));
        MountPlan plan = MountPlanner.plan(project, project.service("db").orElseThrow(), previous, Set.of(), true);
        assertThat(plan.text()).isEqualTo("Mount volume -> /var/lib/data");
        assertThat(plan.inheritedVolumes()).isEmpty();
    }

    @Test
    void aBindNowDeclaredWhereAnAnonymousVolumeWasReplacesIt() {
        Project project = ComposeFixture.project("""
                services:
                  db:
                    image: busybox
                    volumes: [./data:/var/lib/data]
                """);
        List<ObservedMount> previous = List.of(
                new ObservedMount("volume", Optional.of(ANONYMOUS), "/x", "/var/lib/data", true));
        MountPlan plan = MountPlanner.plan(project, project.service("db").orElseThrow(), previous,
                Set.of("/var/lib/data"), false);
        assertThat(plan.text()).isEqualTo("Bind /work/project/data:/var/lib/data:rw");
    }

    @Test
    void tmpfsAttributeAndTmpfsMounts() {
        MountPlan plan = plan("""
                services:
                  web:
                    image: busybox
                    tmpfs:
                      - /run
                      - /tmp:size=64m,mode=1777
                    volumes:
                      - type: tmpfs
                        target: /cache
                        tmpfs:
                          size: 1m
                          mode: "1777"
                """);
        assertThat(plan.text()).isEqualTo("""
                Mount tmpfs -> /cache size=1048576 mode=01777
                Tmpfs /run
                Tmpfs /tmp size=64m,mode=1777""");
        assertThat(plan.tmpfs()).containsEntry("/run", "").containsEntry("/tmp", "size=64m,mode=1777");
        assertThat(plan.mounts().get(0).tmpfsOptions().orElseThrow())
                .isEqualTo(new MountEntry.TmpfsOptions(Optional.of(1048576L), Optional.of(01777L)));
    }

    @Test
    void volumesFromServicesAndContainers() {
        MountPlan plan = plan("""
                services:
                  app:
                    image: busybox
                    volumes_from:
                      - db
                      - logs:ro
                      - container:legacy-data
                      - container:legacy-conf:rw
                  db:
                    image: busybox
                  logs:
                    image: busybox
                """);
        assertThat(plan.text()).isEqualTo("""
                VolumesFrom service db
                VolumesFrom service logs:ro
                VolumesFrom container legacy-data
                VolumesFrom container legacy-conf:rw""");
        assertThat(plan.volumesFrom().get(1).kind()).isEqualTo(VolumesFrom.Kind.SERVICE);
        assertThat(plan.volumesFrom().get(1).hostConfigValue("4f2a")).isEqualTo("4f2a:ro");
        assertThat(plan.volumesFrom().get(2).hostConfigValue("legacy-data")).isEqualTo("legacy-data");
    }

    @Test
    void imageMounts() {
        assertThat(plan("""
                services:
                  web:
                    image: busybox
                    volumes:
                      - type: image
                        source: alpine:3.20
                        target: /alpine
                        image:
                          subpath: etc
                """).text()).isEqualTo("Mount image alpine:3.20 -> /alpine subpath=etc");
    }

    @Test
    void fileSecretsAndConfigsAreReadOnlyBinds() {
        MountPlan plan = plan("""
                services:
                  web:
                    image: busybox
                    secrets:
                      - token
                      - source: key
                        target: api-key
                      - from_env
                    configs:
                      - settings
                      - source: nginx
                        target: /etc/nginx/nginx.conf
                secrets:
                  token:
                    file: ./token.txt
                  key:
                    file: /etc/keys/api
                  from_env:
                    environment: API_TOKEN
                configs:
                  settings:
                    file: ./settings.json
                  nginx:
                    file: ./nginx.conf
                """);
        assertThat(plan.text()).isEqualTo("""
                Mount bind /work/project/token.txt -> /run/secrets/token ro no_create_host_path
                Mount bind /etc/keys/api -> /run/secrets/api-key ro no_create_host_path
                Mount bind /work/project/settings.json -> /settings ro
                Mount bind /work/project/nginx.conf -> /etc/nginx/nginx.conf ro""");
    }

    @Test
    void declaredMountWinsOverASecretAtTheSameTarget() {
        assertThat(plan("""
                services:
                  web:
                    image: busybox
                    volumes: [./override:/run/secrets/token]
                    secrets: [token]
                secrets:
                  token:
                    file: ./token.txt
                """).text()).isEqualTo("Bind /work/project/override:/run/secrets/token:rw");
    }

    @Test
    void externalSecretCannotBeMounted() {
        assertThatThrownBy(() -> plan("""
                services:
                  web:
                    image: busybox
                    secrets: [vault]
                secrets:
                  vault:
                    external: true
                """)).isInstanceOf(UnsupportedMountException.class)
                .hasMessage("unsupported external secret vault");
    }
}
