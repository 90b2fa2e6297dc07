package io.jcompose.cli;

import static io.jcompose.cli.CommandModel.flag;
import static io.jcompose.cli.CommandModel.list;
import static io.jcompose.cli.CommandModel.option;
import static io.jcompose.cli.CommandModel.positionals;

import io.jcompose.engine.EngineClient;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code jcompose ps}: the project's containers, as docker compose lists them. */
public final class PsCommand implements Callable<Integer> {

    private final JcomposeCommand root;
    private final CommandSpec spec;
    private boolean all;
    private boolean quiet;
    private boolean services;
    private List<String> status = new ArrayList<>();
    private String filter;
    private String format = "";
    private boolean noTrunc;
    private boolean orphans = true;
    private List<String> serviceNames = new ArrayList<>();

    PsCommand(JcomposeCommand root) {
        this.root = root;
        spec = CommandModel.of(this, "ps", "List containers")
                .add(flag(v -> all = v, "-a", "--all")
                        .description("Show all stopped containers (including those created by the run command)"))
                .add(flag(v -> quiet = v, "-q", "--quiet").description("Only display IDs"))
                .add(flag(v -> services = v, "--services").description("Display services"))
                .add(list(v -> status = v, "--status").paramLabel("STATUS").description("Filter services by status. "
                        + "Values: [paused | restarting | removing | running | dead | created | exited]"))
                .add(option(String.class, v -> filter = v, "--filter").paramLabel("KEY=VAL")
                        .description("Filter services by a property (supported filters: status)"))
                .add(option(String.class, v -> format = v, "--format").paramLabel("FORMAT").description(
                        "Format output using a custom template: 'table', 'table TEMPLATE', 'json', 'TEMPLATE'"))
                .add(flag(v -> noTrunc = v, "--no-trunc").description("Don't truncate output"))
                .add(flag(v -> orphans = v, "--orphans").arity("0..1").fallbackValue("true").paramLabel("BOOL")
                        .description("Include orphaned services (not declared by project)"))
                .add(positionals(v -> serviceNames = v, "*").paramLabel("SERVICE").description("Services to list"))
                .spec();
    }

    CommandSpec spec() {
        return spec;
    }

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
