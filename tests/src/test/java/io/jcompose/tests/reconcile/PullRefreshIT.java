package io.jcompose.tests.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.jcompose.engine.EngineException;
import io.jcompose.tests.support.Jcompose;
import io.jcompose.tests.support.Jcompose.Result;
import io.jcompose.tests.support.ProjectCleanup;
import io.jcompose.tests.support.RequiresEngine;
import io.jcompose.tests.support.TestEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The time-based pull policies against the real engine: an image tagged within the period is used as it is; once
 * the period has passed, {@code up} pulls it again. The image names a registry nobody listens on, so an attempted
 * pull shows as a failure naming it.
 */
@RequiresEngine
class PullRefreshIT {

    @TempDir
    Path dir;

    private TestEngine engine;
    private String project;
    private String image;

    @BeforeEach
    void setUp(TestEngine shared) {
        engine = shared;
        engine.ensureBusybox();
        project = engine.uniqueName("refresh").toLowerCase(Locale.ROOT);
        // port 1 on loopback: nothing listens, a pull fails at once
        image = "127.0.0.1:1/" + project + ":1";
        engine.await(engine.client().images().tag("busybox:latest", image));
    }

    @AfterEach
    void tearDown() {
        try {
            ProjectCleanup.remove(engine, project);
        } finally {
            try {
                engine.await(engine.client().images().remove(image, false, true));
            } catch (EngineException e) {
                if (!e.isNotFound()) {
                    throw e;
                }
            }
        }
    }

    @Test
    void anImageTaggedWithinThePeriodIsUsedAndPulledAgainOnceThePeriodHasPassed() throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), """
                services:
                  app:
                    image: %s
                    pull_policy: every_10s
                    command: ["sleep", "300"]
                """.formatted(image));
        Instant tagged = OffsetDateTime.parse(engine.await(engine.client().images().inspect(image)).metadata()
                .lastTagTime()).toInstant();

        Result fresh = jcompose("up", "-d");
        assertThat(fresh.exitCode()).as(fresh.toString()).isZero();

        // the policy's own subject is elapsed time: wait until the tag is older than the period
        await().atMost(Duration.ofSeconds(30)).until(() -> Instant.now().isAfter(tagged.plusSeconds(11)));
        Result stale = jcompose("up", "-d");
        assertThat(stale.exitCode()).as(stale.toString()).isEqualTo(1);
        assertThat(stale.err()).contains(image);
    }

    private Result jcompose(String... args) {
        return Jcompose.inProject(dir.resolve("compose.yaml"), project, args);
    }
}
