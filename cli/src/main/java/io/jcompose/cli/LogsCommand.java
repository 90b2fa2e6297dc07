package io.jcompose.cli;

import static io.jcompose.cli.CommandModel.flag;
import static io.jcompose.cli.CommandModel.option;
import static io.jcompose.cli.CommandModel.positionals;

import io.jcompose.engine.EngineClient;
import io.jcompose.engine.api.ContainerSummary;
import io.jcompose.engine.api.LogOptions;
import io.jcompose.spec.labels.ComposeLabels;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code jcompose logs}: the output of the project's containers, stdout and stderr lines alike on
 * standard output, behind compose's coloured {@code name | } prefixes. Ctrl-C while following ends the
 * JVM with 130, as compose's cancelled commands do.
 */
public final class LogsCommand implements Callable<Integer> {

    private final JcomposeCommand root;
    private final CommandSpec spec;
    private boolean follow;
    private String tail = "all";
    private String since = "";
    private String until = "";
    private boolean timestamps;
    private boolean noColor;
    private boolean noLogPrefix;
    private int index;
    private List<String> serviceNames = new ArrayList<>();

    LogsCommand(JcomposeCommand root) {
        this.root = root;
        spec = CommandModel.of(this, "logs", "View output from containers")
                .add(flag(v -> follow = v, "-f", "--follow").description("Follow log output"))
                .add(option(String.class, v -> tail = v, "-n", "--tail").paramLabel("N")
                        .description("Number of lines to show from the end of the logs for each container (default "
                                + "all)"))
                .add(option(String.class, v -> since = v, "--since").paramLabel("TIME")
                        .description("Show logs since timestamp (e.g. 2013-01-02T13:23:37Z) or relative (e.g. 42m "
                                + "for 42 minutes)"))
                .add(option(String.class, v -> until = v, "--until").paramLabel("TIME")
                        .description("Show logs before a timestamp (e.g. 2013-01-02T13:23:37Z) or relative (e.g. 42m "
                                + "for 42 minutes)"))
                .add(flag(v -> timestamps = v, "-t", "--timestamps").description("Show timestamps"))
                .add(flag(v -> noColor = v, "--no-color").description("Produce monochrome output"))
                .add(flag(v -> noLogPrefix = v, "--no-log-prefix").description("Don't print prefix in logs"))
                .add(option(int.class, v -> index = v, "--index").paramLabel("N")
                        .description("index of the container if service has multiple replicas"))
                .add(positionals(v -> serviceNames = v, "*").paramLabel("SERVICE").description("Services to show"))
                .spec();
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        if (index > 0 && serviceNames.size() != 1) {
            throw new IllegalArgumentException("--index requires exactly one service");
        }
        Instant now = Instant.now();
        String from = since.isEmpty() ? "" : EngineTime.timestamp("--since", since, now, ZoneId.systemDefault());
        String to = until.isEmpty() ? "" : EngineTime.timestamp("--until", until, now, ZoneId.systemDefault());
        LogOptions options = new LogOptions(follow, true, true, timestamps, tail, from, to);
        ProjectScope scope = ProjectScope.resolve(root.global(), spec.commandLine().getErr());
        scope.requireServices(serviceNames);
        // with a Compose file and no service named, only the file's services count (as compose does)
        List<String> selected = serviceNames.isEmpty() && scope.project().isPresent()
                ? scope.project().get().serviceNames() : serviceNames;
        Predicate<Map<String, String>> selects = labels ->
                (selected.isEmpty() || selected.contains(labels.getOrDefault(ComposeLabels.SERVICE, "")))
                        && (index == 0 || Integer.toString(index).equals(labels.get(ComposeLabels.CONTAINER_NUMBER)));
        boolean colour = AnsiMode.colour(root.global(), noColor, System.getenv());
        PrintStream out = System.out;
        try (EngineClient engine = EngineConnection.open(root.global());
             LogPrinter printer = new LogPrinter(out, out, new LogPrinter.Format(colour, !noLogPrefix, false))) {
            ProjectLogs logs = new ProjectLogs(engine, printer, scope.name(), selects, options);
            if (follow) {
                logs.follow(() -> containers(engine, scope, selected, selects));
            } else {
                logs.print(containers(engine, scope, selected, selects));
            }
        }
        return ExitCodes.OK;
    }

    private List<ContainerSummary> containers(EngineClient engine, ProjectScope scope, List<String> selected,
            Predicate<Map<String, String>> selects) {
        List<ContainerSummary> found = scope.containers(engine, true, false, selected).stream()
                .filter(c -> selects.test(c.labels())).toList();
        if (index > 0 && found.isEmpty()) {
            throw new IllegalArgumentException(
                    "service \"" + serviceNames.get(0) + "\" is not running container #" + index);
        }
        return found;
    }
}
