package io.jcompose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.engine.api.BuildOptions;
import io.jcompose.engine.api.ProgressMessage;
import io.jcompose.engine.build.BuildContext;
import io.jcompose.engine.build.BuildException;
import io.jcompose.engine.build.ImageBuild;
import io.jcompose.engine.registry.ImagePush;
import io.vertx.core.Handler;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build view fed with build events, rendered by each progress mode: golden text, on a stopped clock. */
class BuildViewTest {

    private static final String UP = "\033[";

    @TempDir
    Path dir;

    private final StringWriter text = new StringWriter();
    private final AtomicLong clock = new AtomicLong();
    private ImageBuild web;
    private ImageBuild api;

    @BeforeEach
    void builds() throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), "FROM busybox:latest\n");
        web = new ImageBuild(List.of("web"), BuildContext.of(dir, "Dockerfile"), BuildOptions.tagged("demo-web"));
        api = new ImageBuild(List.of("api", "worker"), BuildContext.of(dir, "Dockerfile"),
                BuildOptions.tagged("example/api:dev"));
    }

    private ProgressDisplay display(ProgressDisplay.Mode mode, int columns) {
        return new ProgressDisplay(mode, new PrintWriter(text), false, clock::get, columns, false);
    }

    private void at(long millis) {
        clock.set(TimeUnit.MILLISECONDS.toNanos(millis));
    }

    @Test
    void ttyKeepsOneLineForEachBuildWithItsCurrentStepRedrawnInPlaceThenBuilt() {
        try (ProgressDisplay progress = display(ProgressDisplay.Mode.TTY, 60)) {
            BuildView view = new BuildView(progress);
            at(0);
            view.started(web);
            view.started(api);
            at(500);
            view.line(web, "Step 1/3 : FROM busybox:latest");
            view.line(web, " ---> 1706be40150f");
            at(1200);
            view.line(api, "Step 2/2 : RUN ./configure --prefix=/usr/local --enable-everything && make -j4 install");
            view.line(api, "checking for gcc... gcc");
            at(2000);
            view.finished(web, Optional.empty());
            at(3500);
            view.finished(api, Optional.empty());
        }
        assertThat(text.toString()).isEqualTo(""
                + UP + "2K ⠋ Service web  Building  0.0s\n"
                + UP + "1A" + UP + "2K ⠋ Service web         Building  0.0s\n"
                + UP + "2K ⠋ Service api,worker  Building  0.0s\n"
                + UP + "2A" + UP + "2K ⠹ Service web         Step 1/3 : FROM busybox:latest  0.5s\n"
                + UP + "2K ⠹ Service api,worker  Building  0.5s\n"
                + UP + "2A" + UP + "2K ⠦ Service web         Step 1/3 : FROM busybox:latest  1.2s\n"
                + UP + "2K ⠦ Service api,worker  Step 2/2 : RUN ./configure --p…  1.2s\n"
                + UP + "2A" + UP + "2K ✔ Service web         Built  2.0s\n"
                + UP + "2K ⠋ Service api,worker  Step 2/2 : RUN ./configure --p…  2.0s\n"
                + UP + "2A" + UP + "2K ✔ Service web         Built  2.0s\n"
                + UP + "2K ✔ Service api,worker  Built  3.5s\n"
                // the final frame, drawn once more on close
                + UP + "2A" + UP + "2K ✔ Service web         Built  2.0s\n"
                + UP + "2K ✔ Service api,worker  Built  3.5s\n");
    }

    @Test
    void ttyMarksAFailedBuildAndLeavesItsStepToTheFailureMessage() {
        try (ProgressDisplay progress = display(ProgressDisplay.Mode.TTY, 0)) {
            BuildView view = new BuildView(progress);
            view.started(web);
            at(300);
            view.line(web, "Step 2/2 : RUN exit 3");
            view.line(web, "boom");
            at(900);
            view.finished(web, Optional.of(new BuildException("service web: ...")));
        }
        assertThat(text.toString()).doesNotContain("boom").endsWith(UP + "1A" + UP + "2K ✘ Service web  Error  0.9s\n");
    }

    @Test
    void plainPrintsEveryOutputLinePrefixedWithItsServicesBetweenTheBuildsChanges() {
        try (ProgressDisplay progress = display(ProgressDisplay.Mode.PLAIN, 0)) {
            BuildView view = new BuildView(progress);
            view.started(api);
            view.line(api, "Step 1/2 : FROM busybox:latest");
            view.line(api, " ---> 1706be40150f");
            view.finished(api, Optional.empty());
        }
        assertThat(text.toString()).isEqualTo("""
                Service api,worker  Building
                [api,worker] Step 1/2 : FROM busybox:latest
                [api,worker]  ---> 1706be40150f
                Service api,worker  Built
                """);
    }

    @Test
    void jsonPrintsTheStepsAndQuietNothing() {
        try (ProgressDisplay progress = display(ProgressDisplay.Mode.JSON, 0)) {
            BuildView view = new BuildView(progress);
            view.started(web);
            view.line(web, "Step 1/1 : FROM busybox:latest");
            view.line(web, "Successfully built 1706be40150f");
            view.finished(web, Optional.empty());
        }
        assertThat(text.toString()).isEqualTo("""
                {"id":"Service web","status":"Building","state":"working"}
                {"id":"Service web","status":"Step 1/1 : FROM busybox:latest","state":"working"}
                {"id":"Service web","status":"Built","state":"done"}
                """);
        text.getBuffer().setLength(0);
        try (ProgressDisplay progress = display(ProgressDisplay.Mode.QUIET, 0)) {
            BuildView view = new BuildView(progress);
            view.started(web);
            view.line(web, "Step 1/1 : FROM busybox:latest");
            view.finished(web, Optional.of(new BuildException("service web: ...")));
        }
        assertThat(text.toString()).isEmpty();
    }

    @Test
    void aPushCountsTheLayersTheRegistryHolds() {
        ImagePush push = new ImagePush("api", "127.0.0.1:5000/team/api:1", "secret-auth");
        try (ProgressDisplay progress = display(ProgressDisplay.Mode.PLAIN, 0)) {
            BuildView view = new BuildView(progress);
            Handler<ProgressMessage> messages = view.pushing(push);
            messages.handle(message("", "The push refers to repository [127.0.0.1:5000/team/api]"));
            messages.handle(message("aaa", "Preparing"));
            messages.handle(message("bbb", "Preparing"));
            messages.handle(message("aaa", "Pushing"));
            messages.handle(message("aaa", "Pushing"));
            messages.handle(message("bbb", "Layer already exists"));
            messages.handle(message("aaa", "Pushed"));
            messages.handle(message("", "1: digest: sha256:0123 size: 527"));
            view.pushed(push, Optional.empty());
        }
        assertThat(text.toString()).isEqualTo("""
                Image 127.0.0.1:5000/team/api:1  Pushing
                Image 127.0.0.1:5000/team/api:1  Pushing 0/1 layers
                Image 127.0.0.1:5000/team/api:1  Pushing 0/2 layers
                Image 127.0.0.1:5000/team/api:1  Pushing 1/2 layers
                Image 127.0.0.1:5000/team/api:1  Pushing 2/2 layers
                Image 127.0.0.1:5000/team/api:1  Pushed
                """);
        assertThat(push.toString()).doesNotContain("secret-auth");
    }

    private static ProgressMessage message(String id, String status) {
        return new ProgressMessage(id, status, "", 0, 0, "", "", Map.of());
    }
}
