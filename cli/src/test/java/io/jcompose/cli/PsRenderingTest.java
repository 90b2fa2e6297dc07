package io.jcompose.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jcompose.engine.api.ContainerInspect;
import io.jcompose.engine.api.ContainerSummary;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PsRenderingTest {

    private static final Instant NOW = Instant.ofEpochSecond(1_800_000_000L);
    private static final String WEB_ID = "4f5e2a1b3c4d" + "0".repeat(52);

    private static ContainerView web() {
        return new ContainerView(WEB_ID, "demo-web-1", List.of("/demo-web-1"), "nginx:alpine", "demo", "web",
                "/docker-entrypoint.sh nginx -g 'daemon off;'", "running", "Up 5 seconds (healthy)",
                NOW.getEpochSecond() - 125, Map.of("com.docker.compose.project", "demo", "com.docker.compose.project.config_files", "/c.yaml", "b", "2"),
                List.of("demo_data", "/host/path/that/is/long"), 1, List.of("demo_default"), "healthy", 0,
                List.of(new PortPublisher("127.0.0.1", 80, 8080, "tcp")));
    }

    private static ContainerView job() {
        return new ContainerView("9a8b7c6d5e4f" + "1".repeat(52), "demo-job-1", List.of("/demo-job-1"), "busybox",
                "demo", "job", "sh -c 'exit 3'", "exited", "Exited (3) 2 minutes ago", NOW.getEpochSecond() - 7200,
                Map.of(), List.of(), 0, List.of(), "", 3, List.of());
    }

    @Test
    void defaultTableAlignsComposesColumns() {
        assertThat(PsCommand.render(List.of(job(), web()), "", true, NOW)).isEqualTo("""
                NAME         IMAGE          COMMAND                  SERVICE   CREATED         STATUS                     PORTS
                demo-job-1   busybox        "sh -c 'exit 3'"         job       2 hours ago     Exited (3) 2 minutes ago  \s
                demo-web-1   nginx:alpine   "/docker-entrypoint.…"   web       2 minutes ago   Up 5 seconds (healthy)     127.0.0.1:8080->80/tcp
                """);
    }

    @Test
    void noTruncKeepsTheWholeCommand() {
        assertThat(PsCommand.render(List.of(web()), "table", false, NOW))
                .contains("\"/docker-entrypoint.sh nginx -g 'daemon off;'\"");
    }

    @Test
    void emptyListingIsTheHeaderOnly() {
        assertThat(PsCommand.render(List.of(), "", true, NOW))
                .isEqualTo("NAME      IMAGE     COMMAND   SERVICE   CREATED   STATUS    PORTS\n");
    }

    @Test
    void jsonIsOneObjectPerLineWithComposesFields() throws IOException {
        String json = PsCommand.render(List.of(web()), "json", true, NOW);

        assertThat(json).endsWith("}\n").doesNotContain("}\n{");
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = new ObjectMapper().readValue(json, Map.class);
        assertThat(fields.keySet()).containsExactly("Command", "CreatedAt", "ExitCode", "Health", "ID", "Image",
                "Labels", "LocalVolumes", "Mounts", "Name", "Names", "Networks", "Ports", "Project", "Publishers",
                "RunningFor", "Service", "Size", "State", "Status");
        assertThat(fields).containsEntry("Command", "\"/docker-entrypoint.…\"")
                .containsEntry("ExitCode", 0)
                .containsEntry("Health", "healthy")
                .containsEntry("ID", "4f5e2a1b3c4d")
                .containsEntry("Labels", "b=2,com.docker.compose.project.config_files=/c.yaml,com.docker.compose.project=demo")
                .containsEntry("LocalVolumes", "1")
                .containsEntry("Mounts", "demo_data,/host/path/tha…")
                .containsEntry("Names", "demo-web-1")
                .containsEntry("Networks", "demo_default")
                .containsEntry("Ports", "127.0.0.1:8080->80/tcp")
                .containsEntry("RunningFor", "2 minutes ago")
                .containsEntry("Size", "0B")
                .containsEntry("State", "running")
                .containsEntry("Status", "Up 5 seconds (healthy)")
                .containsEntry("Publishers",
                        List.of(Map.of("URL", "127.0.0.1", "TargetPort", 80, "PublishedPort", 8080, "Protocol", "tcp")));
        assertThat((String) fields.get("CreatedAt")).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d [+-]\\d{4} \\S+");
    }

    @Test
    void jsonEscapesHtmlCharactersAsGoDoes() {
        assertThat(FormatTemplate.json(Map.of("Command", "\"sh -c 'a && b > c'\"")))
                .isEqualTo("{\"Command\":\"\\\"sh -c 'a \\u0026\\u0026 b \\u003e c'\\\"\"}");
        assertThat(FormatTemplate.json(Map.of("Text", "line\u2028break")))
                .isEqualTo("{\"Text\":\"line\\u2028break\"}");
    }

    @Test
    void templatesPrintFieldsLabelsAndJson() {
        assertThat(PsCommand.render(List.of(job(), web()), "{{.Name}} {{.ExitCode}} {{.Publishers}}", true, NOW))
                .isEqualTo("""
                        demo-job-1 3 []
                        demo-web-1 0 [{127.0.0.1 80 8080 tcp}]
                        """);
        assertThat(PsCommand.render(List.of(web()), "{{.Label \"b\"}}|{{json .Service}}", true, NOW))
                .isEqualTo("2|\"web\"\n");
        assertThat(PsCommand.render(List.of(web()), "table {{.ID}}\\t{{.Service}}", true, NOW)).isEqualTo("""
                CONTAINER ID   SERVICE
                4f5e2a1b3c4d   web
                """);
    }

    @Test
    void unknownTemplateFieldIsAClearError() {
        assertThatThrownBy(() -> PsCommand.render(List.of(web()), "{{.Nope}}", true, NOW))
                .hasMessageContaining("can't evaluate field Nope");
        assertThatThrownBy(() -> PsCommand.render(List.of(web()), "{{range .Names}}{{end}}", true, NOW))
                .hasMessageContaining("unsupported action {{range .Names}}");
    }

    @Test
    void commandIsQuotedAsGoQuotesIt() {
        assertThat(ContainerView.goQuote("echo \"hi\"\tthere\\")).isEqualTo("\"echo \\\"hi\\\"\\tthere\\\\\"");
        assertThat(ContainerView.ellipsis("abcdefghijklmnopqrstuvwxyz", 20)).isEqualTo("abcdefghijklmnopqrs…");
        assertThat(ContainerView.ellipsis("exactly twenty chars", 20)).isEqualTo("exactly twenty chars");
    }

    @Test
    void portsComeFromInspectBindings() throws IOException {
        var ports = new ObjectMapper().readTree("""
                {"443/tcp": null,
                 "80/tcp": [{"HostIp": "0.0.0.0", "HostPort": "8080"}, {"HostIp": "::", "HostPort": "8080"}],
                 "53/udp": [{"HostIp": "127.0.0.1", "HostPort": "53"}]}
                """);

        assertThat(ContainerView.publishers(ports)).containsExactly(
                new PortPublisher("127.0.0.1", 53, 53, "udp"),
                new PortPublisher("0.0.0.0", 80, 8080, "tcp"),
                new PortPublisher("::", 80, 8080, "tcp"),
                new PortPublisher("", 443, 0, "tcp"));
    }

    @Test
    void theListRowGivesPortsMountsNetworksHealthAndExitCode() {
        ContainerSummary row = new ContainerSummary(WEB_ID, List.of("/demo-web-1"), "nginx", "sha256:1", "nginx", 0,
                "running", "Up 5 seconds (health: starting)", Map.of("com.docker.compose.project", "demo",
                        "com.docker.compose.service", "web"),
                List.of(new ContainerSummary.Port("::", 80, 8080, "tcp"), new ContainerSummary.Port("", 443, 0, "tcp"),
                        new ContainerSummary.Port("127.0.0.1", 53, 53, "udp")),
                new ContainerInspect.NetworkSettings(Map.of("demo_front",
                        new ContainerInspect.EndpointSettings("n1", "e1", "", "", "", List.of())), Map.of()),
                List.of(new ContainerInspect.Mount("volume", "demo_data", "/var/lib/docker/volumes/demo_data/_data",
                                "/data", "local", "", true),
                        new ContainerInspect.Mount("bind", "", "/host/site", "/site", "", "", true)));

        ContainerView view = ContainerView.of(row);

        assertThat(view.publishers()).containsExactly(new PortPublisher("127.0.0.1", 53, 53, "udp"),
                new PortPublisher("::", 80, 8080, "tcp"), new PortPublisher("", 443, 0, "tcp"));
        assertThat(view.mounts()).containsExactly("demo_data", "/host/site");
        assertThat(view.localVolumes()).isEqualTo(1);
        assertThat(view.networks()).containsExactly("demo_front");
        assertThat(view.health()).isEqualTo("starting");
        assertThat(view.service()).isEqualTo("web");
    }

    @Test
    void healthAndExitCodeComeFromTheStatusText() {
        assertThat(ContainerView.health("Up 2 minutes (healthy)")).isEqualTo("healthy");
        assertThat(ContainerView.health("Up 2 minutes (unhealthy)")).isEqualTo("unhealthy");
        assertThat(ContainerView.health("Up 2 minutes")).isEmpty();
        assertThat(ContainerView.exitCode("Exited (137) 3 seconds ago")).isEqualTo(137);
        assertThat(ContainerView.exitCode("Dead")).isZero();
    }
}
