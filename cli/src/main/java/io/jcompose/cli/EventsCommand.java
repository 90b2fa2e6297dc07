package io.jcompose.cli;

import static io.jcompose.cli.CommandModel.flag;
import static io.jcompose.cli.CommandModel.option;
import static io.jcompose.cli.CommandModel.positionals;

import io.jcompose.engine.EngineClient;
import io.jcompose.engine.api.EngineEvent;
import io.jcompose.engine.api.EventSubscription;
import io.jcompose.engine.transport.ResponseStream;
import io.jcompose.spec.labels.ComposeLabels;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code jcompose events}: the project's container events as they happen (one-off containers left out),
 * in compose's text form or, with {@code --json}, one object per line. Runs until {@code --until}, or
 * until interrupted.
 */
public final class EventsCommand implements Callable<Integer> {

    private static final DateTimeFormatter TEXT_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");
    private final JcomposeCommand root;
    private final CommandSpec spec;
    private boolean json;
    private String since = "";
    private String until = "";
    private List<String> serviceNames = new ArrayList<>();

    EventsCommand(JcomposeCommand root) {
        this.root = root;
        spec = CommandModel.of(this, "events", "Receive real time events from containers")
                .add(flag(v -> json = v, "--json").description("Output events as a stream of json objects"))
                .add(option(String.class, v -> since = v, "--since").paramLabel("TIME")
                        .description("Show all events created since timestamp"))
                .add(option(String.class, v -> until = v, "--until").paramLabel("TIME")
                        .description("Stream events until this timestamp"))
                .add(positionals(v -> serviceNames = v, "*").paramLabel("SERVICE").description("Services to watch"))
                .spec();
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        Instant now = Instant.now();
        ZoneId zone = ZoneId.systemDefault();
        String from = since.isEmpty() ? now.getEpochSecond() + "." + String.format("%09d", now.getNano())
                : EngineTime.timestamp("--since", since, now, zone);
        ProjectScope scope = ProjectScope.resolve(root.global(), spec.commandLine().getErr());
        scope.requireServices(serviceNames);
        PrintWriter out = spec.commandLine().getOut();
        Map<String, List<String>> filters = Map.of("label", List.of(ComposeLabels.PROJECT + "=" + scope.name()));
        try (EngineClient engine = EngineConnection.open(root.global())) {
            if (until.isEmpty()) {
                EventSubscription events = engine.events().subscribe(filters, from, event -> print(out, event, zone));
                engine.await(events.closed());
            } else {
                String to = EngineTime.timestamp("--until", until, now, zone);
                ResponseStream events = engine.events().between(filters, from, to, event -> print(out, event, zone));
                engine.await(events.ended());
            }
        }
        return ExitCodes.OK;
    }

    private void print(PrintWriter out, EngineEvent event, ZoneId zone) {
        Map<String, String> labels = event.attributes();
        String service = labels.getOrDefault(ComposeLabels.SERVICE, "");
        if (!event.type().equals("container") || ComposeLabels.ONEOFF_TRUE.equals(labels.get(ComposeLabels.ONEOFF))
                || !serviceNames.isEmpty() && !serviceNames.contains(service)) {
            return;
        }
        synchronized (out) {
            out.println(json ? json(event, zone) : text(event, zone));
            out.flush();
        }
    }

    /** The attributes compose shows: the engine's, without compose's own labels, sorted as Go prints maps. */
    static Map<String, String> attributes(EngineEvent event) {
        return event.attributes().entrySet().stream()
                .filter(e -> !e.getKey().startsWith("com.docker.compose."))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
    }

    /** {@code 2024-01-02 15:04:05.000000 container start <id> (image=busybox, name=demo-web-1)} and a blank line. */
    static String text(EngineEvent event, ZoneId zone) {
        String attributes = attributes(event).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
        return TEXT_TIME.format(time(event, zone)) + " container " + event.action() + " " + event.actorId()
                + " (" + attributes + ")\n";
    }

    /** Go's json.Marshal of compose's map: keys sorted, the time as RFC 3339 with nanoseconds, zeros trimmed. */
    static String json(EngineEvent event, ZoneId zone) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("action", event.action());
        object.put("attributes", attributes(event));
        object.put("id", event.actorId());
        object.put("service", event.attributes().getOrDefault(ComposeLabels.SERVICE, ""));
        object.put("time", goTime(time(event, zone)));
        object.put("type", "container");
        return FormatTemplate.json(object);
    }

    private static ZonedDateTime time(EngineEvent event, ZoneId zone) {
        return Instant.ofEpochSecond(0, event.timeNano()).atZone(zone);
    }

    /** Go's RFC3339Nano: fraction without trailing zeros, {@code Z} for UTC. */
    static String goTime(ZonedDateTime time) {
        String fraction = String.format("%09d", time.getNano()).replaceFirst("0+$", "");
        String offset = time.getOffset().getTotalSeconds() == 0 ? "Z" : time.getOffset().getId();
        return DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss").format(time)
                + (fraction.isEmpty() ? "" : "." + fraction) + offset;
    }
}
