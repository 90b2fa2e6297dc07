package io.jcompose.tests.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.tests.support.Jcompose;
import io.jcompose.tests.support.Jcompose.Result;
import io.jcompose.tests.support.ProjectCleanup;
import io.jcompose.tests.support.RequiresEngine;
import io.jcompose.tests.support.TestEngine;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** samples/hello, as its README runs it: {@code up -d --wait}, open the page, {@code down}. */
@RequiresEngine
class HelloSampleIT {

    private TestEngine engine;
    private String project;

    @BeforeEach
    void setUp(TestEngine shared) {
        engine = shared;
        engine.ensureBusybox();
        project = engine.uniqueName("hello");
    }

    @AfterEach
    void removeProject() {
        ProjectCleanup.remove(engine, project);
    }

    @Test
    void theSampleComesUpHealthyAndServesItsPageOnLocalhost() throws IOException, InterruptedException {
        Path repo = Path.of(System.getProperty("jcompose.repo", "..")).toAbsolutePath().normalize();
        Path compose = repo.resolve("samples/hello/compose.yaml");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Map<String, String> environment = Map.of("HELLO_PORT", Integer.toString(port));
        Result up = Jcompose.runWithEnvironment(environment, repo, "-f", compose.toString(), "-p", project,
                "up", "-d", "--wait");
        assertThat(up.exitCode()).as(up.toString()).isZero();
        assertThat(up.err()).contains("Container " + project + "-web-1  Healthy");

        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Hello from jcompose");
        assertThat(engine.await(engine.client().containers().inspect(project + "-client-1")).state().running())
                .isTrue();

        Result down = Jcompose.runWithEnvironment(environment, repo, "-f", compose.toString(), "-p", project,
                "down", "-t", "1");
        assertThat(down.exitCode()).as(down.toString()).isZero();
    }
}
