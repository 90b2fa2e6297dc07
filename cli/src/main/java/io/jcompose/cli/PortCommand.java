package io.jcompose.cli;

import static io.jcompose.cli.CommandModel.option;
import static io.jcompose.cli.CommandModel.positional;

import io.jcompose.engine.EngineClient;
import io.jcompose.engine.api.ContainerSummary;
import io.jcompose.spec.labels.ComposeLabels;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code jcompose port SERVICE PRIVATE_PORT}: the host address a container port is published on. */
public final class PortCommand implements Callable<Integer> {

    private final JcomposeCommand root;
    private final CommandSpec spec;
    private String protocol = "tcp";
    private int index = 1;
    private String service;
    private int privatePort;

    PortCommand(JcomposeCommand root) {
        this.root = root;
        spec = CommandModel.of(this, "port", "Print the public port for a port binding")
                .add(option(String.class, v -> protocol = v, "--protocol").paramLabel("PROTOCOL")
                        .description("tcp or udp"))
                .add(option(int.class, v -> index = v, "--index").paramLabel("INDEX")
                        .description("Index of the container if service has multiple replicas"))
                .add(positional(String.class, v -> service = v, "0").paramLabel("SERVICE"))
                .add(positional(int.class, v -> privatePort = v, "1").paramLabel("PRIVATE_PORT"))
                .spec();
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        String wanted = protocol.toLowerCase(Locale.ROOT);
        ProjectScope scope = ProjectScope.nameOnly(root.global(), spec.commandLine().getErr());
        String separator = root.global().compatibility ? "_" : "-";
        ContainerSummary container;
        List<PortPublisher> ports;
        try (EngineClient engine = EngineConnection.open(root.global())) {
            container = scope.containers(engine, false, false, List.of(service)).stream()
                    .filter(c -> c.labels().getOrDefault(ComposeLabels.CONTAINER_NUMBER, "").equals(Integer.toString(index)))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no container found for " + service + separator + index));
            ports = ContainerView.publishers(engine.await(engine.containers().inspectJson(container.id()))
                    .path("NetworkSettings").path("Ports"));
        }
        PortPublisher found = ports.stream()
                .filter(p -> p.targetPort() == privatePort && p.protocol().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no port " + privatePort + "/" + wanted
                        + " for container " + container.name() + ": " + String.join(", ",
                                ports.stream().map(p -> p.publishedPort() + "/" + p.protocol()).toList())));
        PrintWriter out = spec.commandLine().getOut();
        out.println(found.url() + ":" + found.publishedPort());
        out.flush();
        return ExitCodes.OK;
    }
}
