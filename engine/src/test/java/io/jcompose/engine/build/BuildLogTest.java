package io.jcompose.engine.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.engine.api.ProgressMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuildLogTest {

    private final List<String> lines = new ArrayList<>();
    private final BuildLog log = new BuildLog(lines::add);

    @Test
    void joinsFragmentsIntoLinesAndRemembersTheStepAndItsOutput() {
        stream("Step 1/2 : FROM busybox:latest");
        stream("\n");
        stream(" ---> 1706be40150f\n");
        stream("Step 2/2 : RUN make");
        stream("\n");
        stream(" ---> Running in 181297e78801\n");
        stream("compiling\nlinking\n");
        stream("\u001b[91mld: undefined symbol\n\u001b[0m");
        log.finish();

        assertThat(lines).containsExactly("Step 1/2 : FROM busybox:latest", " ---> 1706be40150f", "Step 2/2 : RUN make",
                " ---> Running in 181297e78801", "compiling", "linking", "ld: undefined symbol");
        assertThat(log.step()).isEqualTo("Step 2/2 : RUN make");
        assertThat(log.lastLines()).containsExactly("compiling", "linking", "ld: undefined symbol");
    }

    @Test
    void keepsOnlyTheLastLinesOfAStep() {
        stream("Step 1/1 : RUN seq 20\n");
        for (int i = 1; i <= 30; i++) {
            stream(i + "\n");
        }

        assertThat(log.lastLines()).hasSize(BuildLog.KEPT_LINES).endsWith("30").startsWith("11");
    }

    @Test
    void theBuilderRemovingTheFailedStepsContainerIsNotPartOfItsOutput() {
        stream("Step 2/2 : RUN exit 3\n");
        stream(" ---> Running in 3cbf59b6d634\n");
        stream("boom\n");
        stream("Removing intermediate container 3cbf59b6d634\n");

        assertThat(log.lastLines()).containsExactly("boom");
    }

    @Test
    void pullStatusLinesAreShownWithoutTheirProgressBars() {
        log.accept(new ProgressMessage("abc", "Pulling fs layer", "", 0, 0, "", "", Map.of()));
        log.accept(new ProgressMessage("abc", "Downloading", "[==>   ]", 10, 100, "", "", Map.of()));
        log.accept(new ProgressMessage("", "Status: Downloaded newer image for busybox:latest", "", 0, 0, "", "", Map.of()));

        assertThat(lines).containsExactly("abc: Pulling fs layer", "Status: Downloaded newer image for busybox:latest");
    }

    private void stream(String text) {
        log.accept(new ProgressMessage("", "", "", 0, 0, text, "", Map.of()));
    }
}
