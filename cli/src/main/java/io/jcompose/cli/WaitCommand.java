package io.jcompose.cli;

import static io.jcompose.cli.CommandModel.flag;
import static io.jcompose.cli.CommandModel.positionals;

import io.jcompose.engine.EngineClient;
import io.jcompose.engine.api.ContainerSummary;
import io.jcompose.engine.api.NetworkInspect;
import io.jcompose.engine.api.WaitResult;
import io.jcompose.spec.labels.ComposeLabels;
import io.vertx.core.Future;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code jcompose wait}: blocks until the named services' running containers have stopped, printing
 * each one's exit status, and exits with the last one seen (compose's {@code wait.go}); 42 when waiting
 * itself failed. {@code --down-project} then removes the project's containers and networks.
 */
public final class WaitCommand implements Callable<Integer> {

    static final int WAIT_FAILED = 42;

    private final JcomposeCommand root;
    private final CommandSpec spec;
    private boolean downProject;
    private List<String> serviceNames = new ArrayList<>();

    WaitCommand(JcomposeCommand root) {
        this.root = root;
        spec = CommandModel.of(this, "wait", "Block until containers of all (or specified) services stop.")
                .add(flag(v -> downProject = v, "--down-project")
                        .description("Drops project when the first container stops"))
                .add(positionals(v -> serviceNames = v, "*").paramLabel("SERVICE").arity("1..*")
                        .description("Services to wait for"))
                .spec();
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ProjectScope scope = ProjectScope.resolve(root.global(), err);
        try (EngineClient engine = EngineConnection.open(root.global())) {
            List<ContainerSummary> containers = scope.containers(engine, false, true, serviceNames);
            if (containers.isEmpty()) {
                throw new IllegalArgumentException("no containers for project \"" + scope.name() + "\"");
            }
            int[] last = {0};
            List<Future<WaitResult>> waits = containers.stream().map(c -> engine.containers().waitFor(c.id(), "")
                    .andThen(result -> {
                        if (result.succeeded()) {
                            synchronized (last) {
                                out.println("container \"" + c.id() + "\" exited with status code "
                                        + result.result().statusCode());
                                out.flush();
                                last[0] = result.result().statusCode();
                            }
                        }
                    })).toList();
            try {
                engine.await(Future.all(waits));
            } catch (RuntimeException failure) {
                err.println(failure.getMessage());
                err.flush();
                return WAIT_FAILED;
            }
            if (downProject) {
                down(engine, scope.name());
            }
            synchronized (last) {
                return last[0];
            }
        }
    }

    /** compose's down with --remove-orphans, as far as wait needs it: every container, then the networks. */
    private static void down(EngineClient engine, String project) {
        String label = ComposeLabels.PROJECT + "=" + project;
        List<ContainerSummary> containers = engine.await(engine.containers().listByLabels(true, List.of(label)));
        engine.await(Future.all(containers.stream()
                .map(c -> engine.containers().stop(c.id(), Optional.empty())
                        .compose(stopped -> engine.containers().remove(c.id(), true, false)))
                .toList()));
        List<NetworkInspect> networks = engine.await(engine.networks().list(Map.of("label", List.of(label))));
        engine.await(Future.all(networks.stream().map(n -> engine.networks().remove(n.id())).toList()));
    }
}
