package io.jcompose.cli;

import static io.jcompose.cli.CommandModel.positionals;

import io.jcompose.engine.EngineClient;
import io.jcompose.engine.api.ContainerSummary;
import io.jcompose.engine.api.TopResult;
import io.jcompose.spec.labels.ComposeLabels;
import io.vertx.core.Future;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code jcompose top}: the processes of the project's running containers, in one table. */
public final class TopCommand implements Callable<Integer> {

    private final JcomposeCommand root;
    private final CommandSpec spec;
    private List<String> serviceNames = new ArrayList<>();

    TopCommand(JcomposeCommand root) {
        this.root = root;
        spec = CommandModel.of(this, "top", "Display the running processes")
                .add(positionals(v -> serviceNames = v, "*").paramLabel("SERVICE").description("Services to show"))
                .spec();
    }

    CommandSpec spec() {
        return spec;
    }

    /** One container's {@code ps} answer with the service and replica number it belongs to. */
    record Processes(String service, String replica, TopResult top) { }

    @Override
    public Integer call() {
        ProjectScope scope = ProjectScope.nameOnly(root.global(), spec.commandLine().getErr());
        List<Processes> all = new ArrayList<>();
        try (EngineClient engine = EngineConnection.open(root.global())) {
            List<ContainerSummary> containers = scope.containers(engine, false, true, serviceNames);
            List<Future<TopResult>> tops = containers.stream().map(c -> engine.containers().top(c.id(), "")).toList();
            for (int i = 0; i < containers.size(); i++) {
                ContainerSummary c = containers.get(i);
                all.add(new Processes(ProjectScope.service(c),
                        c.labels().getOrDefault(ComposeLabels.CONTAINER_NUMBER, ""), engine.await(tops.get(i))));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(render(all));
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * SERVICE and # first, then the ps titles in the order met, CMD last; a title one container lacks
     * prints "-". Go's tabwriter with minimum width 4 and padding 2. Nothing at all when no process runs.
     */
    static String render(List<Processes> containers) {
        List<String> titles = new ArrayList<>(List.of("SERVICE", "#"));
        List<Map<String, String>> rows = new ArrayList<>();
        for (Processes container : containers) {
            for (List<String> process : container.top().processes()) {
                Map<String, String> row = new HashMap<>();
                row.put("SERVICE", container.service());
                row.put("#", container.replica());
                List<String> columns = container.top().titles();
                for (int i = 0; i < columns.size(); i++) {
                    if (!titles.contains(columns.get(i))) {
                        titles.add(columns.get(i));
                    }
                    row.put(columns.get(i), i < process.size() ? process.get(i) : "");
                }
                rows.add(row);
            }
        }
        if (rows.isEmpty()) {
            return "";
        }
        if (titles.remove("CMD")) {
            titles.add("CMD");
        }
        List<List<String>> table = new ArrayList<>();
        table.add(titles);
        rows.forEach(row -> table.add(titles.stream().map(t -> row.getOrDefault(t, "-")).toList()));
        return TabColumns.align(table, 4, 2);
    }
}
