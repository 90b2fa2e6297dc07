package io.jcompose.engine.api;

import static io.jcompose.engine.api.AnswerReaderTest.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hand readers against answers shaped as Docker 20.10 (API 1.41) sends them. */
class TypedAnswersTest {

    static final String CONTAINER_LIST = """
            [{"Id":"3b3c9c","Names":["/demo-web-1"],"Image":"busybox","ImageID":"sha256:1706be",
              "Command":"sleep 300","Created":1795480188,
              "Ports":[{"IP":"127.0.0.1","PrivatePort":80,"PublicPort":32768,"Type":"tcp"},{"PrivatePort":81,"Type":"tcp"}],
              "Labels":{"com.docker.compose.project":"demo","empty":null},"State":"running","Status":"Up 2 seconds",
              "HostConfig":{"NetworkMode":"demo_default"},
              "NetworkSettings":{"Networks":{"demo_default":{"IPAMConfig":null,"Links":null,"Aliases":null,
                "NetworkID":"640673","EndpointID":"e19fde","Gateway":"172.19.0.1","IPAddress":"172.19.0.2",
                "IPPrefixLen":16,"IPv6Gateway":"","MacAddress":"02:42:ac:13:00:02","DriverOpts":null}}},
              "Mounts":[{"Type":"volume","Name":"demo_data","Source":"/var/lib/docker/volumes/demo_data/_data",
                "Destination":"/data","Driver":"local","Mode":"z","RW":true,"Propagation":""}]},
             {"Id":"77aa","Names":null,"Created":null,"Ports":null,"Labels":null,"NetworkSettings":null,"Mounts":null}]""";

    static final String CONTAINER_INSPECT = """
            {"Id":"3b3c9c","Created":"2026-11-24T00:29:48.855011138Z","Path":"sleep","Args":["300"],
             "State":{"Status":"running","Running":true,"Paused":false,"Restarting":false,"OOMKilled":false,"Dead":false,
               "Pid":24556,"ExitCode":0,"Error":"","StartedAt":"2026-11-24T00:29:49.1610725Z",
               "FinishedAt":"0001-01-01T00:00:00Z","Health":{"Status":"healthy","FailingStreak":0,
               "Log":[{"Start":"2026-11-24T00:29:49Z","ExitCode":1,"Output":"not yet\\n"},
                 {"Start":"2026-11-24T00:29:50Z","ExitCode":0,"Output":""}]}},
             "Image":"sha256:1706be","Name":"/demo-web-1","RestartCount":2,"Driver":"overlay2","ExecIDs":null,
             "HostConfig":{"Binds":["demo_data:/data"],"LogConfig":{"Type":"json-file","Config":{}},
               "NetworkMode":"demo_default","PortBindings":{"80/tcp":[{"HostIp":"127.0.0.1","HostPort":""}]},
               "RestartPolicy":{"Name":"no","MaximumRetryCount":0},"CapAdd":null,"ShmSize":67108864,
               "ConsoleSize":[0,0],"NanoCpus":0,"MemorySwappiness":null},
             "GraphDriver":{"Data":{"LowerDir":"/l"},"Name":"overlay2"},
             "Mounts":[{"Type":"volume","Name":"demo_data","Source":"/s","Destination":"/data","Driver":"local",
               "Mode":"z","RW":true,"Propagation":""}],
             "Config":{"Hostname":"3b3c9c6bb30a","Domainname":"","User":"","AttachStdin":false,"Tty":false,
               "OpenStdin":false,"ExposedPorts":{"80/tcp":{},"81/tcp":{}},"Env":["PATH=/bin"],"Cmd":["sleep","300"],
               "Image":"busybox","Volumes":null,"WorkingDir":"","Entrypoint":null,"OnBuild":null,
               "Labels":{"com.docker.compose.service":"web"},"StopSignal":"SIGTERM",
               "Healthcheck":{"Test":["CMD","true"],"Interval":1000000000}},
             "NetworkSettings":{"Bridge":"","Ports":{"80/tcp":[{"HostIp":"127.0.0.1","HostPort":"32768"}],"81/tcp":null},
               "Networks":{"demo_default":{"IPAMConfig":null,"Aliases":["web","3b3c9c6bb30a"],"NetworkID":"640673",
                 "EndpointID":"e19fde","Gateway":"172.19.0.1","IPAddress":"172.19.0.2","MacAddress":"02:42:ac:13:00:02"}}}}""";

    static final String NETWORK = """
            {"Name":"demo_default","Id":"640673","Created":"2026-11-24T00:29:48.746386614Z","Scope":"local",
             "Driver":"bridge","EnableIPv6":false,"IPAM":{"Driver":"default","Options":{},
               "Config":[{"Subnet":"172.19.0.0/16","Gateway":"172.19.0.1"}]},
             "Internal":false,"Attachable":true,"Ingress":false,"ConfigFrom":{"Network":""},"ConfigOnly":false,
             "Containers":{"3b3c9c":{"Name":"demo-web-1","EndpointID":"e19fde","MacAddress":"02:42:ac:13:00:02",
               "IPv4Address":"172.19.0.2/16","IPv6Address":""}},
             "Options":{},"Labels":{"com.docker.compose.project":"demo"}}""";

    static final String VOLUME = """
            {"CreatedAt":"2026-11-24T00:29:48Z","Driver":"local","Labels":{"com.docker.compose.project":"demo"},
             "Mountpoint":"/var/lib/docker/volumes/demo_data/_data","Name":"demo_data","Options":null,"Scope":"local",
             "UsageData":{"Size":-1,"RefCount":-1}}""";

    static final String IMAGE = """
            {"Id":"sha256:1706be","RepoTags":["busybox:latest"],"RepoDigests":[],"Parent":"sha256:00ac2e",
             "Created":"2026-11-23T17:15:28.078893645Z","ContainerConfig":{"Hostname":"a0ed1ab2fb71","Cmd":["/bin/sh"]},
             "Config":{"Hostname":"","User":"","Env":["PATH=/bin"],"Cmd":["sh"],"Volumes":{"/data":{}},"WorkingDir":"",
               "Entrypoint":null,"OnBuild":null,"Labels":{"io.jcompose.seeded":"true"},"ExposedPorts":null},
             "Architecture":"amd64","Os":"linux","Size":1985597,"VirtualSize":1985597,
             "RootFS":{"Type":"layers","Layers":["sha256:7442"]},"Metadata":{"LastTagTime":"2026-11-24T00:18:35.91034752Z"}}""";

    static final String IMAGE_LIST = """
            [{"Containers":-1,"Created":1795454128,"Id":"sha256:1706be","Labels":{"io.jcompose.seeded":"true"},
              "ParentId":"sha256:00ac2e","RepoDigests":null,"RepoTags":["busybox:latest"],"SharedSize":-1,
              "Size":1985597,"VirtualSize":1985597}]""";

    static final String VERSION = """
            {"Platform":{"Name":""},"Components":[{"Name":"Engine","Version":"20.10.24+dfsg1",
               "Details":{"ApiVersion":"1.41"}}],
             "Version":"20.10.24+dfsg1","ApiVersion":"1.41","MinAPIVersion":"1.12","GitCommit":"5d6db84",
             "GoVersion":"go1.19.8","Os":"linux","Arch":"amd64","KernelVersion":"6.18.44","BuildTime":"2026-05-07"}""";

    static final String WAIT = """
            {"Error":{"Message":"container stopped","Code":7},"StatusCode":137}""";

    @Test
    void containerListRowsKeepPortsNetworksAndMountsAndDefaultWhatIsNull() throws IOException {
        List<ContainerSummary> rows = read(CONTAINER_LIST, Containers.SUMMARIES);

        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("com.docker.compose.project", "demo");
        labels.put("empty", null);
        assertThat(rows).containsExactly(
                new ContainerSummary("3b3c9c", List.of("/demo-web-1"), "busybox", "sha256:1706be", "sleep 300",
                        1795480188L, "running", "Up 2 seconds", labels,
                        List.of(new ContainerSummary.Port("127.0.0.1", 80, 32768, "tcp"),
                                new ContainerSummary.Port(null, 81, 0, "tcp")),
                        new ContainerInspect.NetworkSettings(Map.of("demo_default", new ContainerInspect.EndpointSettings(
                                "640673", "e19fde", "172.19.0.2", "02:42:ac:13:00:02", "172.19.0.1", null)), null),
                        List.of(new ContainerInspect.Mount("volume", "demo_data",
                                "/var/lib/docker/volumes/demo_data/_data", "/data", "local", "z", true))),
                new ContainerSummary("77aa", null, null, null, null, 0, null, null, null));
        assertThat(rows.get(1).networkSettings().networks()).isEmpty();
    }

    @Test
    void containerInspectKeepsHostConfigUntypedAndUnpublishedPortsAsEmpty() throws IOException {
        ContainerInspect inspect = read(CONTAINER_INSPECT, ContainerInspect::read);

        Map<String, Object> hostConfig = new LinkedHashMap<>();
        hostConfig.put("Binds", List.of("demo_data:/data"));
        hostConfig.put("LogConfig", Map.of("Type", "json-file", "Config", Map.of()));
        hostConfig.put("NetworkMode", "demo_default");
        hostConfig.put("PortBindings", Map.of("80/tcp", List.of(Map.of("HostIp", "127.0.0.1", "HostPort", ""))));
        hostConfig.put("RestartPolicy", Map.of("Name", "no", "MaximumRetryCount", 0));
        hostConfig.put("CapAdd", null);
        hostConfig.put("ShmSize", 67108864);
        hostConfig.put("ConsoleSize", List.of(0, 0));
        hostConfig.put("NanoCpus", 0);
        hostConfig.put("MemorySwappiness", null);
        Map<String, List<ContainerInspect.PortBinding>> ports = new LinkedHashMap<>();
        ports.put("80/tcp", List.of(new ContainerInspect.PortBinding("127.0.0.1", "32768")));
        ports.put("81/tcp", null);
        assertThat(inspect).isEqualTo(new ContainerInspect("3b3c9c", "/demo-web-1", "2026-11-24T00:29:48.855011138Z",
                "sha256:1706be", 2,
                new ContainerInspect.State("running", true, false, false, false, false, 24556, 0, "",
                        "2026-11-24T00:29:49.1610725Z", "0001-01-01T00:00:00Z",
                        new ContainerInspect.Health("healthy", 0, List.of(
                                new ContainerInspect.HealthCheckResult(1, "not yet\n"),
                                new ContainerInspect.HealthCheckResult(0, "")))),
                new ContainerInspect.Config("3b3c9c6bb30a", "", List.of("PATH=/bin"), List.of("sleep", "300"), null,
                        "busybox", "", Map.of("com.docker.compose.service", "web"), false, false, "SIGTERM",
                        Map.of("80/tcp", Map.of(), "81/tcp", Map.of()), List.of("CMD", "true")),
                hostConfig,
                new ContainerInspect.NetworkSettings(Map.of("demo_default", new ContainerInspect.EndpointSettings(
                        "640673", "e19fde", "172.19.0.2", "02:42:ac:13:00:02", "172.19.0.1",
                        List.of("web", "3b3c9c6bb30a"))), ports),
                List.of(new ContainerInspect.Mount("volume", "demo_data", "/s", "/data", "local", "z", true))));
        assertThat(inspect.networkSettings().ports().get("81/tcp")).isEmpty();
        assertThat(inspect.hostConfig().get("ShmSize")).isInstanceOf(Integer.class);
    }

    @Test
    void anInspectWithNullsAndNoStateHasTheDefaults() throws IOException {
        ContainerInspect inspect = read("""
                {"Id":"c","Name":"/x","State":null,"Config":null,"HostConfig":null,"NetworkSettings":null,
                 "Mounts":null,"RestartCount":null,"Unknown":{"a":[1,{"b":null}]}}""", ContainerInspect::read);

        assertThat(inspect).isEqualTo(new ContainerInspect("c", "x", null, null, 0, null, null, null, null, null));
        assertThat(inspect.state().healthStatus()).isEmpty();
        assertThat(inspect.config().labels()).isEmpty();
    }

    @Test
    void networkInspectReadsIpamAndAttachedContainers() throws IOException {
        assertThat(read(NETWORK, NetworkInspect::read)).isEqualTo(new NetworkInspect("demo_default", "640673",
                "2026-11-24T00:29:48.746386614Z", "local", "bridge", false,
                new NetworkInspect.Ipam("default", List.of(new NetworkInspect.IpamPool("172.19.0.0/16", null,
                        "172.19.0.1", null)), Map.of()),
                false, true,
                Map.of("3b3c9c", new NetworkInspect.Attached("demo-web-1", "e19fde", "172.19.0.2/16")),
                Map.of(), Map.of("com.docker.compose.project", "demo")));
        assertThat(read("[" + NETWORK + ",{\"Name\":\"n\",\"IPAM\":null,\"Containers\":null}]", Networks.NETWORKS))
                .hasSize(2).last().isEqualTo(new NetworkInspect("n", null, null, null, null, false, null, false, false,
                        null, null, null));
    }

    @Test
    void volumesAreReadAloneAndFromTheListWrapper() throws IOException {
        Volume volume = new Volume("demo_data", "local", "/var/lib/docker/volumes/demo_data/_data",
                "2026-11-24T00:29:48Z", "local", Map.of("com.docker.compose.project", "demo"), null);
        assertThat(read(VOLUME, Volume::read)).isEqualTo(volume);
        assertThat(read("{\"Volumes\":[" + VOLUME + "],\"Warnings\":null}", Volumes::readList)).containsExactly(volume);
        assertThat(read("{\"Volumes\":null,\"Warnings\":[\"w\"]}", Volumes::readList)).isEmpty();
    }

    @Test
    void imageInspectReadsConfigAndLastTagTime() throws IOException {
        assertThat(read(IMAGE, ImageInspect::read)).isEqualTo(new ImageInspect("sha256:1706be", List.of("busybox:latest"),
                List.of(), "2026-11-23T17:15:28.078893645Z", "amd64", "linux", 1985597L,
                new ImageInspect.Config(List.of("PATH=/bin"), List.of("sh"), null, "", "",
                        Map.of("io.jcompose.seeded", "true"), null, Map.of("/data", Map.of())),
                new ImageInspect.Metadata("2026-11-24T00:18:35.91034752Z")));
        assertThat(read(IMAGE_LIST, Images.SUMMARIES)).containsExactly(new ImageSummary("sha256:1706be",
                List.of("busybox:latest"), null, 1795454128L, 1985597L, Map.of("io.jcompose.seeded", "true")));
    }

    @Test
    void versionAndWaitAnswers() throws IOException {
        assertThat(read(VERSION, VersionInfo::read)).isEqualTo(new VersionInfo("20.10.24+dfsg1", "1.41", "1.12",
                "5d6db84", "go1.19.8", "linux", "amd64", "6.18.44"));
        WaitResult wait = read(WAIT, WaitResult::read);
        assertThat(wait).isEqualTo(new WaitResult(137, Map.of("Message", "container stopped", "Code", 7)));
        assertThat(wait.errorMessage()).isEqualTo("container stopped");
        assertThat(read("{\"StatusCode\":0,\"Error\":null}", WaitResult::read).errorMessage()).isEmpty();
    }

    @Test
    void anAnswerOfTheWrongShapeFails() {
        assertThatThrownBy(() -> read("{\"Id\":\"c\",\"State\":\"running\"}", ContainerInspect::read))
                .isInstanceOf(IOException.class).hasMessageContaining("expected an object");
        assertThatThrownBy(() -> read("{\"Volumes\":{}}", Volumes::readList))
                .isInstanceOf(IOException.class).hasMessageContaining("expected an array");
        assertThatThrownBy(() -> read(Arrays.toString(new int[] {1}), Containers.SUMMARIES))
                .isInstanceOf(IOException.class);
    }
}
