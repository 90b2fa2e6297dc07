package io.jcompose.engine.api;

import io.jcompose.engine.transport.AnswerDecoder;
import io.jcompose.engine.transport.EngineRequest;
import io.jcompose.engine.transport.EngineTransport;
import io.vertx.core.Future;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The network endpoints of the Engine API. */
public final class Networks {

    static final AnswerDecoder<List<NetworkInspect>> NETWORKS =
            parser -> AnswerReader.list(parser, NetworkInspect::read);

    private final EngineTransport transport;

    public Networks(EngineTransport transport) {
        this.transport = transport;
    }

    /** Reads a {@code GET /networks} answer given as text (a recorded one, for the start-up training). */
    public static List<NetworkInspect> listAnswer(String json) throws IOException {
        return NETWORKS.read(json);
    }

    /** {@code GET /networks}; filters such as {@code {"label": ["com.docker.compose.project=demo"]}}. */
    public Future<List<NetworkInspect>> list(Map<String, List<String>> filters) {
        return transport.call(EngineRequest.get("/networks", "listing networks")
                .query("filters", transport.filters(filters)), NETWORKS);
    }

    public Future<NetworkInspect> inspect(String network) {
        return transport.call(EngineRequest.get("/networks/" + network, "inspecting network " + network),
                NetworkInspect::read);
    }

    /** Creates the network; returns its id. */
    public Future<String> create(NetworkCreateBody body) {
        EngineRequest request = EngineRequest.post("/networks/create", "creating network " + body.name());
        return transport.call(transport.withJson(request, body.toJson()), AnswerReader::id);
    }

    /**
     * Joins a container to the network; {@code endpointConfig} is the engine's EndpointSettings
     * ({@code Aliases}, {@code IPAMConfig}, ...), empty for defaults.
     */
    public Future<Void> connect(String network, String container, Map<String, Object> endpointConfig) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("Container", container);
        body.put("EndpointConfig", endpointConfig);
        EngineRequest request = EngineRequest.post("/networks/" + network + "/connect",
                "connecting container " + container + " to network " + network);
        return transport.send(transport.withJson(request, body));
    }

    public Future<Void> disconnect(String network, String container, boolean force) {
        EngineRequest request = EngineRequest.post("/networks/" + network + "/disconnect",
                "disconnecting container " + container + " from network " + network);
        return transport.send(transport.withJson(request, Map.of("Container", container, "Force", force)));
    }

    public Future<Void> remove(String network) {
        return transport.send(EngineRequest.delete("/networks/" + network, "removing network " + network));
    }
}
