package io.jcompose.cli;

import io.jcompose.engine.EngineClient;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jcompose ps}: the project's containers, as docker compose lists them. */
@Command(name = "ps", description = "List containers", usageHelpAutoWidth = true)
public final class PsCommand implements Callable<Integer> {

    @ParentCommand
    private JcomposeCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help")
    private boolean help;

    @Option(names = {"-a", "--all"}, description = "Show all stopped containers (including those created by the run command)")
    private boolean all;

    @Option(names = {"-q", "--quiet"}, description = "Only display IDs")
    private boolean quiet;

    @Option(names = "--services", description = "Display services")
    private boolean services;

    @Option(names = "--status", paramLabel = "STATUS",
            description = "Filter services by status. Values: [paused | restarting | removing | running | dead | created | exited]")
    private List<String> status = new ArrayList<>();

    @Option(names = "--filter", paramLabel = "KEY=VAL", description = "Filter services by a property (supported filters: status)")
    private String filter;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Format output using a custom template: 'table', 'table TEMPLATE', 'json', 'TEMPLATE'")
    private String format = "";

    @Option(names = "--no-trunc", description = "Don't truncate output")
    private boolean noTrunc;

    @Option(names = "--orphans", arity = "0..1", fallbackValue = "true", paramLabel = "BOOL", description = "Include orphaned services (not declared by project)")
    private boolean orphans = true;

    @Parameters(paramLabel = "SERVICE", arity = "0..*", description = "Services to list")
    private List<String> serviceNames = new ArrayList<>();

    @Override
    public Integer call() {
        List<String> statuses = new ArrayList<>(status);
        if (filter != null && !filter.isEmpty()) {
            int equals = filter.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("arguments to --filter should be in form KEY=VAL");
            }
            String key = filter.substring(0, equals);
            if (!key.equals("status")) {
                throw new IllegalArgumentException("unknown filter " + key);
            }
            statuses.add(filter.substring(equals + 1));
        }
        PrintWriter out = spec.commandLine().getOut();
        PendingConnection connecting = PendingConnection.begin(root.global());
        ProjectScope scope;
        try {
            scope = ProjectScope.resolve(root.global(), spec.commandLine().getErr());
            scope.requireServices(serviceNames);
        } catch (RuntimeException e) {
            connecting.abandon();
            throw e;
        }
        List<String> selected = serviceNames;
        if (selected.isEmpty() && !orphans && scope.project().isPresent()) {
            selected = scope.project().get().serviceNames();
        }
        boolean listAll = all || !statuses.isEmpty();
        List<ContainerView> views;
        try (EngineClient engine = connecting.join()) {
            views = scope.containers(engine, listAll, listAll, selected).stream().map(ContainerView::of).toList();
        }
        if (!statuses.isEmpty()) {
            views = views.stream().filter(v -> statuses.contains(v.state())).toList();
        }
        if (quiet) {
            views.forEach(v -> out.println(v.id()));
        } else if (services) {
            Set<String> names = new LinkedHashSet<>();
            views.forEach(v -> names.add(v.service()));
            out.println(String.join("\n", names));
        } else {
            out.print(render(views, format, !noTrunc, Instant.now()));
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The listing in {@code format}: the default table, {@code json} (one object per line), or a template. */
    static String render(List<ContainerView> views, String format, boolean trunc, Instant now) {
        if (format.isEmpty() || format.equals("table")) {
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("NAME", "IMAGE", "COMMAND", "SERVICE", "CREATED", "STATUS", "PORTS"));
            views.forEach(v -> rows.add(v.row(trunc, now)));
            return TabColumns.containers(rows);
        }
        List<Map<String, Object>> objects = views.stream().map(v -> v.fields(trunc, now)).toList();
        if (format.equals("json")) {
            StringBuilder out = new StringBuilder();
            objects.forEach(o -> out.append(FormatTemplate.json(o)).append('\n'));
            return out.toString();
        }
        return FormatTemplate.parse(format, Set.copyOf(ContainerView.FIELDS)).render(objects, ContainerView::header);
    }
}
