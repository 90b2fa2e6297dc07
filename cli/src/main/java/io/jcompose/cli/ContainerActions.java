package io.jcompose.cli;

import io.jcompose.engine.EngineClient;
import io.jcompose.engine.api.ContainerSummary;
import io.vertx.core.Future;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;

/**
 * One engine call per container, all in flight at once (the client caps them at {@code --parallel}),
 * each reported as docker compose's plain progress does: {@code  Container demo-web-1  Killed}.
 * The first failure is rethrown once every call has finished.
 */
final class ContainerActions {

    private ContainerActions() {
    }

    static void run(EngineClient engine, List<ContainerSummary> containers, String done,
            Function<ContainerSummary, Future<Void>> action, PrintWriter err) {
        List<Future<Void>> calls = containers.stream().map(action).toList();
        RuntimeException first = null;
        for (int i = 0; i < calls.size(); i++) {
            try {
                engine.await(calls.get(i));
                err.println(" Container " + containers.get(i).name() + "  " + done);
            } catch (RuntimeException failure) {
                err.println(" Container " + containers.get(i).name() + "  Error");
                if (first == null) {
                    first = failure;
                }
            }
            err.flush();
        }
        if (first != null) {
            throw first;
        }
    }
}
