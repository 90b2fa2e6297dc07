package io.jcompose.tests.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.engine.Engine;
import io.jcompose.engine.EngineClient;
import io.jcompose.engine.EngineOptions;
import io.jcompose.engine.api.ContainerInspect;
import io.jcompose.engine.api.EventSubscription;
import io.jcompose.engine.api.LogOptions;
import io.jcompose.engine.transport.ResponseStream;
import io.jcompose.tests.support.Cleanup;
import io.jcompose.tests.support.RequiresEngine;
import io.jcompose.tests.support.TestEngine;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Long-lived streams must never starve short calls, whatever the parallel limit. */
@RequiresEngine
class ConnectionPoolIT {

    @Test
    void callsGoThroughWhileManyStreamsAreOpen(TestEngine engine) throws Exception {
        try (Cleanup cleanup = new Cleanup(engine);
             EngineClient client = Engine.connect(EngineOptions.fromEnvironment().withParallelLimit(2))) {
            String id = cleanup.container(engine.await(client.containers().create(engine.uniqueName("pool"),
                    engine.busybox(List.of("sleep", "60")).stopSignal("SIGKILL"))));
            engine.await(client.containers().start(id));

            List<ResponseStream> follows = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                follows.add(client.containers().logs(id, LogOptions.all().follow(true), false, frame -> { }));
            }
            EventSubscription events = client.events().subscribe(Map.of("type", List.of("container")), event -> { });
            try {
                engine.await(Future.all(follows.stream().map(ResponseStream::opened).toList()));
                engine.await(events.opened());

                List<Future<ContainerInspect>> inspections = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    inspections.add(client.containers().inspect(id));
                }
                List<ContainerInspect> results = Future.all(inspections).map(all -> all.<ContainerInspect>list())
                        .toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);

                assertThat(results).hasSize(20).allSatisfy(inspect -> assertThat(inspect.state().running()).isTrue());
            } finally {
                follows.forEach(ResponseStream::cancel);
                events.close();
            }
        }
    }
}
