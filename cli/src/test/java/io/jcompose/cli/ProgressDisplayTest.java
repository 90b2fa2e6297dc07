package io.jcompose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.engine.reconcile.Progress;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressDisplayTest {

    private final StringWriter text = new StringWriter();

    private ProgressDisplay display(ProgressDisplay.Mode mode, boolean color) {
        return new ProgressDisplay(mode, new PrintWriter(text), color);
    }

    @Test
    void plainPrintsOneLinePerChangeAsDockerComposeDoes() {
        try (ProgressDisplay progress = display(ProgressDisplay.Mode.PLAIN, false)) {
            progress.update("Container demo-web-1", "Creating", Progress.State.WORKING);
            progress.update("Container demo-web-1", "Created", Progress.State.DONE);
            progress.warning("Found orphan containers (demo-old-1) for this project.");
        }
        assertThat(text.toString()).isEqualTo("""
                Container demo-web-1  Creating
                Container demo-web-1  Created
                WARN[0000] Found orphan containers (demo-old-1) for this project.
                """);
    }

    @Test
    void jsonPrintsOneObjectPerChange() {
        try (ProgressDisplay progress = display(ProgressDisplay.Mode.JSON, false)) {
            progress.update("Network demo_default", "Created", Progress.State.DONE);
            progress.update("Container \"odd\"", "Error", Progress.State.ERROR);
        }
        assertThat(text.toString()).isEqualTo("""
                {"id":"Network demo_default","status":"Created","state":"done"}
                {"id":"Container \\"odd\\"","status":"Error","state":"error"}
                """);
    }

    @Test
    void quietPrintsOnlyWarnings() {
        try (ProgressDisplay progress = display(ProgressDisplay.Mode.QUIET, false)) {
            progress.update("Container demo-web-1", "Started", Progress.State.DONE);
            progress.note("Nothing to do");
            progress.warning("careful");
        }
        assertThat(text.toString()).isEqualTo("WARN[0000] careful\n");
    }

    @Test
    void ttyRedrawsTheListInPlaceWithElapsedTimes() {
        try (ProgressDisplay progress = display(ProgressDisplay.Mode.TTY, true)) {
            progress.update("Container demo-db-1", "Creating", Progress.State.WORKING);
            progress.update("Container demo-web-1", "Creating", Progress.State.WORKING);
            progress.update("Container demo-db-1", "Healthy", Progress.State.DONE);
        }
        String out = text.toString();
        assertThat(out).contains("\033[2A").contains("\033[32mHealthy\033[0m");
        assertThat(out).containsPattern("Container demo-web-1  Creating  \\d+\\.\\ds");
    }
}
