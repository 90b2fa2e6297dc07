package io.jcompose.engine.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.jcompose.engine.transport.EngineRequest;
import io.jcompose.engine.transport.EngineTransport;
import io.vertx.core.Future;
import java.util.List;
import java.util.Map;

/** The volume endpoints of the Engine API. */
public final class Volumes {

    private final EngineTransport transport;

    public Volumes(EngineTransport transport) {
        this.transport = transport;
    }

    /** {@code GET /volumes}; filters such as {@code {"label": ["com.docker.compose.project=demo"]}}. */
    public Future<List<Volume>> list(Map<String, List<String>> filters) {
        return transport.call(EngineRequest.get("/volumes", "listing volumes")
                .query("filters", transport.filters(filters)), VolumeList.class).map(VolumeList::volumes);
    }

    public Future<Volume> inspect(String volume) {
        return transport.call(EngineRequest.get("/volumes/" + volume, "inspecting volume " + volume), Volume.class);
    }

    public Future<Volume> create(VolumeCreateBody body) {
        EngineRequest request = EngineRequest.post("/volumes/create", "creating volume " + body.name());
        return transport.call(transport.withJson(request, body), Volume.class);
    }

    public Future<Void> remove(String volume, boolean force) {
        return transport.send(EngineRequest.delete("/volumes/" + volume, "removing volume " + volume)
                .query("force", force));
    }

    /** The list answer wraps volumes in an object. */
    record VolumeList(@JsonProperty("Volumes") List<Volume> volumes) {
        VolumeList {
            volumes = Absent.list(volumes);
        }
    }
}
