package io.jcompose.tests.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.engine.api.EngineEvent;
import io.jcompose.engine.api.EventSubscription;
import io.jcompose.tests.support.Cleanup;
import io.jcompose.tests.support.RequiresEngine;
import io.jcompose.tests.support.TestEngine;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@RequiresEngine
class EventsIT {

    private TestEngine engine;
    private Cleanup cleanup;

    @BeforeEach
    void setUp(TestEngine shared) {
        engine = shared;
        cleanup = new Cleanup(shared);
    }

    @AfterEach
    void tearDown() {
        cleanup.close();
    }

    @Test
    void seesStartHealthStatusAndDieWithExitCode() throws Exception {
        String marker = engine.uniqueName("events");
        Map<String, List<String>> filters = Map.of(
                "type", List.of("container"),
                "label", List.of("jcit.events=" + marker),
                "event", List.of("start", "die", "health_status"));
        List<EngineEvent> seen = new CopyOnWriteArrayList<>();
        CompletableFuture<EngineEvent> died = new CompletableFuture<>();

        EventSubscription subscription = engine.client().events().subscribe(filters, event -> {
            seen.add(event);
            if (event.baseAction().equals("die")) {
                died.complete(event);
            }
        });
        try {
            engine.await(subscription.opened());
            String id = cleanup.container(engine.await(engine.client().containers().create(marker,
                    engine.busybox(List.of("sh", "-c", "sleep 5; exit 7"))
                            .labels(engine.labels(Map.of("jcit.events", marker)))
                            .healthcheck(List.of("CMD-SHELL", "true"), Duration.ofSeconds(1), Duration.ofSeconds(5), 3,
                                    Duration.ZERO))));
            engine.await(engine.client().containers().start(id));

            EngineEvent die = died.get(60, TimeUnit.SECONDS);

            assertThat(seen).extracting(EngineEvent::action).containsSubsequence("start", "health_status: healthy", "die");
            assertThat(seen).allSatisfy(event -> assertThat(event.actorId()).isEqualTo(id));
            assertThat(die.exitCode()).contains(7);
            assertThat(die.name()).isEqualTo(marker);
            assertThat(die.attributes()).containsEntry("jcit.events", marker);
            assertThat(subscription.reconnects()).isZero();
        } finally {
            subscription.close();
        }
        assertThat(subscription.closed().succeeded()).isTrue();
    }

    @Test
    void eventsBeforeSinceAreNotReplayed() throws Exception {
        String marker = engine.uniqueName("since");
        String id = cleanup.container(engine.await(engine.client().containers().create(marker,
                engine.busybox(List.of("true")).labels(engine.labels(Map.of("jcit.events", marker))))));
        engine.await(engine.client().containers().start(id));
        engine.await(engine.client().containers().waitFor(id, ""));

        List<EngineEvent> seen = new CopyOnWriteArrayList<>();
        CompletableFuture<EngineEvent> destroyed = new CompletableFuture<>();
        EventSubscription subscription = engine.client().events().subscribe(
                Map.of("label", List.of("jcit.events=" + marker)), event -> {
                    seen.add(event);
                    if (event.action().equals("destroy")) {
                        destroyed.complete(event);
                    }
                });
        try {
            engine.await(subscription.opened());
            engine.await(engine.client().containers().remove(id, true, false));
            destroyed.get(60, TimeUnit.SECONDS);
        } finally {
            subscription.close();
        }

        assertThat(seen).extracting(EngineEvent::action).doesNotContain("create", "start", "die").contains("destroy");
    }
}
