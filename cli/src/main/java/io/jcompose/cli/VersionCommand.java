package io.jcompose.cli;

import static io.jcompose.cli.CommandModel.flag;
import static io.jcompose.cli.CommandModel.option;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jcompose.engine.ClientVersion;
import io.jcompose.engine.Engine;
import io.jcompose.engine.EngineClient;
import io.jcompose.engine.EngineOptions;
import io.jcompose.engine.api.VersionInfo;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code jcompose version}: jcompose's version, then the engine's version and API versions. Unlike
 * docker compose it asks the engine too, so an unreachable engine (a bad DOCKER_HOST) is reported, after
 * the client line, with exit code 1. {@code --short} prints only the client version and never connects.
 */
public final class VersionCommand implements Callable<Integer> {

    private final JcomposeCommand root;
    private final CommandSpec spec;
    private boolean shortForm;
    private String format = "pretty";

    VersionCommand(JcomposeCommand root) {
        this.root = root;
        spec = CommandModel.of(this, "version",
                "Show the jcompose version information, and the engine's when reachable")
                .add(flag(v -> shortForm = v, "--short").description("Show only jcompose's version number"))
                .add(option(String.class, v -> format = v, "-f", "--format").paramLabel("FORMAT")
                        .description("Format the output: pretty or json (default pretty)"))
                .spec();
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        String client = clientVersion();
        PrintWriter out = spec.commandLine().getOut();
        if (shortForm) {
            out.println(client);
            out.flush();
            return ExitCodes.OK;
        }
        if (!format.equals("pretty") && !format.equals("json")) {
            throw new ParameterException(spec.commandLine(), "--format " + format + ": expected pretty or json");
        }
        EngineOptions options = EngineConnection.options(root.global());
        if (format.equals("pretty")) {
            out.println("jcompose version v" + client);
            out.flush();
            EngineSide engine = EngineSide.ask(options);
            out.println("Engine version " + engine.version().version() + " (API " + engine.engineApi()
                    + ", used " + engine.api() + ") at " + engine.host());
        } else {
            EngineSide engine = EngineSide.ask(options);
            Map<String, Object> engineJson = new LinkedHashMap<>();
            engineJson.put("version", engine.version().version());
            engineJson.put("apiVersion", engine.engineApi());
            engineJson.put("minApiVersion", engine.version().minApiVersion());
            engineJson.put("negotiatedApiVersion", engine.api());
            engineJson.put("host", engine.host());
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("version", "v" + client);
            json.put("engine", engineJson);
            try {
                out.println(new ObjectMapper().writeValueAsString(json));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write the version as JSON", e);
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The jar manifest's Implementation-Version, else the version the engine module was built with. */
    static String clientVersion() {
        String fromManifest = VersionCommand.class.getPackage().getImplementationVersion();
        return fromManifest != null ? fromManifest : ClientVersion.current();
    }

    /** What the engine reports; a separate class so Vert.x loads only when the engine is asked. */
    private record EngineSide(VersionInfo version, String engineApi, String api, String host) {

        static EngineSide ask(EngineOptions options) {
            try (EngineClient client = Engine.connect(options)) {
                VersionInfo version = client.await(client.system().version());
                return new EngineSide(version, client.engineApiVersion().toString(), client.apiVersion().toString(),
                        client.endpoint().host());
            }
        }
    }
}
