package io.jcompose.tests.support;

import io.jcompose.engine.EngineClient;
import io.jcompose.engine.EngineException;
import io.vertx.core.Future;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Function;

/**
 * Removes what a test created, newest first, also when the test failed: call {@link #close()} from
 * {@code @AfterEach}. A resource already gone is fine; any other failure is reported after trying all.
 */
public final class Cleanup implements AutoCloseable {

    private final EngineClient client;
    private final Deque<Function<EngineClient, Future<Void>>> removals = new ArrayDeque<>();

    public Cleanup(TestEngine engine) {
        this.client = engine.client();
    }

    public String container(String id) {
        removals.push(c -> c.containers().remove(id, true, true));
        return id;
    }

    public String network(String name) {
        removals.push(c -> c.networks().remove(name));
        return name;
    }

    public String volume(String name) {
        removals.push(c -> c.volumes().remove(name, true));
        return name;
    }

    public String image(String reference) {
        removals.push(c -> c.images().remove(reference, true, false));
        return reference;
    }

    @Override
    public void close() {
        EngineException first = null;
        while (!removals.isEmpty()) {
            try {
                client.await(removals.pop().apply(client));
            } catch (EngineException e) {
                if (!e.isNotFound() && first == null) {
                    first = e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
