package io.jcompose.engine.api;

import static io.jcompose.engine.api.AnswerReaderTest.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class ContainerInspectTest {

    @Test
    void readsTheFieldsTheReconcilerComparesAndNeverHoldsNull() throws IOException {
        ContainerInspect inspect = read("""
                {"Id":"c0ffee","Name":"/demo-web-1","Image":"sha256:1","RestartCount":0,
                 "State":{"Status":"running","Running":true,"ExitCode":0,"Health":{"Status":"healthy","FailingStreak":0}},
                 "Config":{"Image":"busybox","Labels":{"com.docker.compose.service":"web"},"Tty":false,
                           "Cmd":["sleep","60"],"Entrypoint":null,"Env":null,"ExposedPorts":{"80/tcp":{}}},
                 "HostConfig":{"NetworkMode":"demo_default","RestartPolicy":{"Name":"no"}},
                 "NetworkSettings":{"Ports":{"80/tcp":[{"HostIp":"127.0.0.1","HostPort":"8080"}],"81/tcp":null},
                   "Networks":{"demo_default":{"NetworkID":"n1","Aliases":["web"],"IPAddress":"172.18.0.2"}}},
                 "Mounts":[{"Type":"volume","Name":"demo_data","Destination":"/data","RW":true}],
                 "Unknown":"ignored"}""", ContainerInspect::read);

        assertThat(inspect.name()).isEqualTo("demo-web-1");
        assertThat(inspect.state().healthStatus()).contains("healthy");
        assertThat(inspect.config().labels()).containsEntry("com.docker.compose.service", "web");
        assertThat(inspect.config().entrypoint()).isEmpty();
        assertThat(inspect.config().env()).isEmpty();
        assertThat(inspect.hostConfig()).containsEntry("NetworkMode", "demo_default");
        assertThat(inspect.networkSettings().networks().get("demo_default").aliases()).containsExactly("web");
        assertThat(inspect.networkSettings().ports().get("80/tcp").get(0).hostPort()).isEqualTo("8080");
        assertThat(inspect.networkSettings().ports().get("81/tcp")).isEmpty();
        assertThat(inspect.mounts().get(0).name()).isEqualTo("demo_data");
    }

    @Test
    void aContainerWithoutHealthCheckHasNoHealthStatus() throws IOException {
        ContainerInspect inspect = read("""
                {"Id":"c","Name":"/x","State":{"Status":"exited","ExitCode":3}}""", ContainerInspect::read);

        assertThat(inspect.state().healthStatus()).isEmpty();
        assertThat(inspect.state().exitCode()).isEqualTo(3);
        assertThat(inspect.mounts()).isEmpty();
        assertThat(inspect.config().labels()).isEmpty();
    }
}
