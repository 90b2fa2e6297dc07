package io.jcompose.engine.api;

import com.fasterxml.jackson.core.JsonParser;
import io.jcompose.engine.transport.AnswerDecoder;
import io.jcompose.engine.transport.EngineRequest;
import io.jcompose.engine.transport.EngineTransport;
import io.vertx.core.Future;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** The volume endpoints of the Engine API. */
public final class Volumes {

    static final AnswerDecoder<List<Volume>> VOLUMES = Volumes::readList;

    private final EngineTransport transport;

    public Volumes(EngineTransport transport) {
        this.transport = transport;
    }

    /** Reads a {@code GET /volumes} answer given as text (a recorded one, for the start-up training). */
    public static List<Volume> listAnswer(String json) throws IOException {
        return VOLUMES.read(json);
    }

    /** {@code GET /volumes}; filters such as {@code {"label": ["com.docker.compose.project=demo"]}}. */
    public Future<List<Volume>> list(Map<String, List<String>> filters) {
        return transport.call(EngineRequest.get("/volumes", "listing volumes")
                .query("filters", transport.filters(filters)), VOLUMES);
    }

    public Future<Volume> inspect(String volume) {
        return transport.call(EngineRequest.get("/volumes/" + volume, "inspecting volume " + volume), Volume::read);
    }

    public Future<Volume> create(VolumeCreateBody body) {
        EngineRequest request = EngineRequest.post("/volumes/create", "creating volume " + body.name());
        return transport.call(transport.withJson(request, body.toJson()), Volume::read);
    }

    public Future<Void> remove(String volume, boolean force) {
        return transport.send(EngineRequest.delete("/volumes/" + volume, "removing volume " + volume)
                .query("force", force));
    }

    /** The list answer wraps volumes in an object: {@code {"Volumes": [...], "Warnings": [...]}}. */
    static List<Volume> readList(JsonParser parser) throws IOException {
        List<Volume> volumes = null;
        for (String field = AnswerReader.firstField(parser); field != null; field = AnswerReader.nextField(parser)) {
            if (field.equals("Volumes")) {
                volumes = AnswerReader.list(parser, Volume::read);
            } else {
                parser.skipChildren();
            }
        }
        return Absent.list(volumes);
    }
}
