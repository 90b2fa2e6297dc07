package io.jcompose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.engine.api.ContainerSummary;
import io.jcompose.engine.api.TopResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LsAndTopRenderingTest {

    private static ContainerSummary container(String project, String state, String files) {
        Map<String, String> labels = files == null ? Map.of("com.docker.compose.project", project)
                : Map.of("com.docker.compose.project", project, "com.docker.compose.project.config_files", files);
        return new ContainerSummary(project + state, List.of("/" + project), "busybox", "sha256:1", "sh", 0, state,
                "", labels);
    }

    @Test
    void statusCountsEachStateSorted() {
        assertThat(LsCommand.combinedStatus(List.of("running", "exited", "running", "created")))
                .isEqualTo("created(1), exited(1), running(2)");
        assertThat(LsCommand.combinedStatus(List.of())).isEmpty();
    }

    @Test
    void projectsSortedWithStatusAndConfigFiles() {
        List<String> warnings = new ArrayList<>();
        List<LsCommand.Stack> stacks = LsCommand.stacks(List.of(
                container("web", "running", "/w/compose.yaml,/w/compose.override.yaml"),
                container("api", "exited", "/a/compose.yaml"),
                container("web", "exited", "/w/compose.yaml"),
                container("old", "running", null)), warnings::add);

        assertThat(LsCommand.render(stacks, "table")).isEqualTo("""
                NAME                STATUS                  CONFIG FILES
                api                 exited(1)               /a/compose.yaml
                old                 running(1)              N/A
                web                 exited(1), running(1)   /w/compose.yaml,/w/compose.override.yaml
                """);
        assertThat(warnings).containsExactly("WARN[0000] no label \"com.docker.compose.project.config_files\" set on "
                + "container \"oldrunning\" of compose project");
        assertThat(LsCommand.render(stacks.subList(0, 1), "json"))
                .isEqualTo("[{\"Name\":\"api\",\"Status\":\"exited(1)\",\"ConfigFiles\":\"/a/compose.yaml\"}]\n");
        assertThat(LsCommand.render(List.of(), "json")).isEqualTo("[]\n");
    }

    @Test
    void topIsOneTableWithServiceAndReplicaFirstAndCmdLast() {
        TopResult web = new TopResult(List.of("UID", "PID", "PPID", "C", "STIME", "TTY", "TIME", "CMD"),
                List.of(List.of("root", "4242", "4221", "0", "18:00", "?", "00:00:00", "sleep 3600")));
        TopResult db = new TopResult(List.of("UID", "PID", "CMD", "EXTRA"),
                List.of(List.of("999", "5151", "postgres", "x")));

        assertThat(TopCommand.render(List.of(new TopCommand.Processes("db", "1", db),
                new TopCommand.Processes("web", "2", web)))).isEqualTo("""
                SERVICE  #   UID   PID   EXTRA  PPID  C   STIME  TTY  TIME      CMD
                db       1   999   5151  x      -     -   -      -    -         postgres
                web      2   root  4242  -      4221  0   18:00  ?    00:00:00  sleep 3600
                """);
        assertThat(TopCommand.render(List.of())).isEmpty();
    }

    @Test
    void imagesTable() {
        assertThat(ImagesCommand.render(List.of(
                new ImagesCommand.ContainerImage("demo-web-1", "sha256:" + "ab12".repeat(16), "nginx", "alpine", 43_300_000),
                new ImagesCommand.ContainerImage("demo-x-1", "sha256:" + "cd34".repeat(16), "", "", 1_500)), "table"))
                .isEqualTo("""
                        CONTAINER           REPOSITORY          TAG                 IMAGE ID            SIZE
                        demo-web-1          nginx               alpine              ab12ab12ab12        43.3MB
                        demo-x-1            <none>              <none>              cd34cd34cd34        1.5kB
                        """);
    }
}
