package io.jcompose.cli;

import static io.jcompose.cli.CommandModel.flag;
import static io.jcompose.cli.CommandModel.list;
import static io.jcompose.cli.CommandModel.option;

import io.jcompose.engine.EngineClient;
import io.jcompose.engine.api.ContainerSummary;
import io.jcompose.spec.labels.ComposeLabels;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import picocli.CommandLine.Model.CommandSpec;

/** {@code jcompose ls}: every Compose project on the engine, from its containers' labels. */
public final class LsCommand implements Callable<Integer> {

    private final JcomposeCommand root;
    private final CommandSpec spec;
    private boolean all;
    private boolean quiet;
    private String format = "table";
    private List<String> filters = new ArrayList<>();

    LsCommand(JcomposeCommand root) {
        this.root = root;
        spec = CommandModel.of(this, "ls", "List running compose projects")
                .add(flag(v -> all = v, "-a", "--all").description("Show all stopped Compose projects"))
                .add(flag(v -> quiet = v, "-q", "--quiet").description("Only display project names"))
                .add(option(String.class, v -> format = v, "--format").paramLabel("FORMAT")
                        .description("Format the output. Values: [table | json]"))
                .add(list(v -> filters = v, "--filter").paramLabel("FILTER")
                        .description("Filter output based on conditions provided (name=...)"))
                .spec();
    }

    CommandSpec spec() {
        return spec;
    }

    /** One project as {@code ls} prints it. */
    public record Stack(String name, String status, String configFiles) {

        Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("Name", name);
            json.put("Status", status);
            json.put("ConfigFiles", configFiles);
            return json;
        }
    }

    @Override
    public Integer call() {
        List<String> names = new ArrayList<>();
        for (String filter : filters) {
            int equals = filter.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("bad format of filter (expected name=value)");
            }
            if (!filter.substring(0, equals).equals("name")) {
                throw new IllegalArgumentException("invalid filter '" + filter.substring(0, equals) + "'");
            }
            names.add(filter.substring(equals + 1));
        }
        if (!format.equalsIgnoreCase("table") && !format.equalsIgnoreCase("json") && !format.isEmpty()) {
            throw new IllegalArgumentException("format value \"" + format + "\" could not be parsed: parsing failed");
        }
        List<ContainerSummary> containers;
        try (EngineClient engine = EngineConnection.open(root.global())) {
            containers = engine.await(engine.containers().listByLabels(all,
                    List.of(ComposeLabels.PROJECT, ComposeLabels.CONFIG_HASH)));
        }
        PrintWriter err = spec.commandLine().getErr();
        List<Stack> stacks = stacks(containers, err::println).stream()
                .filter(s -> names.isEmpty() || names.stream().anyMatch(n -> matches(n, s.name()))).toList();
        PrintWriter out = spec.commandLine().getOut();
        if (quiet) {
            stacks.forEach(s -> out.println(s.name()));
        } else {
            out.print(render(stacks, format));
        }
        out.flush();
        err.flush();
        return ExitCodes.OK;
    }

    /** docker's filter match: the value itself, or a regular expression found in the name. */
    private static boolean matches(String value, String name) {
        if (value.equals(name)) {
            return true;
        }
        try {
            return Pattern.compile(value).matcher(name).find();
        } catch (PatternSyntaxException notARegex) {
            return false;
        }
    }

    /** Projects sorted by name, with their combined status and config files. */
    static List<Stack> stacks(List<ContainerSummary> containers, Consumer<String> warnings) {
        Map<String, List<ContainerSummary>> byProject = new TreeMap<>();
        containers.forEach(c -> byProject.computeIfAbsent(c.labels().getOrDefault(ComposeLabels.PROJECT, ""),
                k -> new ArrayList<>()).add(c));
        List<Stack> stacks = new ArrayList<>();
        byProject.forEach((project, members) -> stacks.add(new Stack(project,
                combinedStatus(members.stream().map(ContainerSummary::state).toList()),
                configFiles(members, warnings))));
        return stacks;
    }

    /** {@code running(2), exited(1)}: each state with its count, states sorted. */
    static String combinedStatus(List<String> states) {
        Map<String, Integer> counts = new TreeMap<>();
        states.forEach(s -> counts.merge(s, 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((state, count) -> parts.add(state + "(" + count + ")"));
        return String.join(", ", parts);
    }

    /** The union of the containers' config files in order of appearance; "N/A" (with a warning) when a label is missing. */
    static String configFiles(List<ContainerSummary> containers, Consumer<String> warnings) {
        Set<String> files = new LinkedHashSet<>();
        for (ContainerSummary container : containers) {
            String label = container.labels().get(ComposeLabels.CONFIG_FILES);
            if (label == null) {
                warnings.accept("WARN[0000] no label \"" + ComposeLabels.CONFIG_FILES + "\" set on container \""
                        + container.id() + "\" of compose project");
                return "N/A";
            }
            files.addAll(List.of(label.split(",")));
        }
        return String.join(",", files);
    }

    static String render(List<Stack> stacks, String format) {
        if (format.equalsIgnoreCase("json")) {
            return FormatTemplate.json(stacks.stream().map(Stack::json).toList()) + "\n";
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("NAME", "STATUS", "CONFIG FILES"));
        stacks.forEach(s -> rows.add(List.of(s.name(), s.status(), s.configFiles())));
        return TabColumns.section(rows);
    }
}
