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
 * The first failure is rethrown once every call has finished. With {@code --dry-run} nothing is called
 * and each line says so.
 */
final class ContainerActions {

    private final EngineClient engine;
    private final PrintWriter err;
    private final boolean dryRun;

    ContainerActions(EngineClient engine, PrintWriter err, boolean dryRun) {
        this.engine = engine;
        this.err = err;
        this.dryRun = dryRun;
    }

    void run(List<ContainerSummary> containers, String done, Function<ContainerSummary, Future<Void>> action) {
        String prefix = dryRun ? "DRY-RUN MODE - " : "";
        if (dryRun) {
            containers.forEach(c -> err.println(prefix + " Container " + c.name() + "  " + done));
            err.flush();
            return;
        }
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
