package io.jcompose.cli;

import io.jcompose.engine.EngineClient;
import io.jcompose.engine.api.ContainerSummary;
import io.jcompose.spec.labels.ComposeLabels;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jcompose port SERVICE PRIVATE_PORT}: the host address a container port is published on. */
@Command(name = "port", description = "Print the public port for a port binding", usageHelpAutoWidth = true)
public final class PortCommand implements Callable<Integer> {

    @ParentCommand
    private JcomposeCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help")
    private boolean help;

    @Option(names = "--protocol", paramLabel = "PROTOCOL", description = "tcp or udp")
    private String protocol = "tcp";

    @Option(names = "--index", paramLabel = "INDEX", description = "Index of the container if service has multiple replicas")
    private int index = 1;

    @Parameters(index = "0", paramLabel = "SERVICE")
    private String service;

    @Parameters(index = "1", paramLabel = "PRIVATE_PORT")
    private int privatePort;

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
