package io.jcompose.engine.api;

import io.jcompose.engine.transport.EngineRequest;
import io.jcompose.engine.transport.EngineTransport;
import io.jcompose.engine.transport.HijackedStream;
import io.jcompose.engine.transport.OutputFrame;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import java.util.Map;

/** The exec endpoints: run a process in a running container, optionally talking to its stdin. */
public final class Execs {

    private final EngineTransport transport;

    public Execs(EngineTransport transport) {
        this.transport = transport;
    }

    /** Creates the exec instance; returns its id. */
    public Future<String> create(String container, ExecCreateBody body) {
        EngineRequest request = EngineRequest.post("/containers/" + container + "/exec",
                "creating exec " + String.join(" ", body.cmd()) + " in container " + container);
        return transport.call(transport.withJson(request, body.toJson()), AnswerReader::id);
    }

    /**
     * Starts the exec on a hijacked connection; output goes to {@code output} (stdout and stderr apart
     * unless {@code tty}); write the process's stdin on the returned stream when it was created with
     * AttachStdin. The stream ends when the process does; {@link #inspect} then has its exit code.
     */
    public Future<HijackedStream> start(String exec, boolean tty, Handler<OutputFrame> output) {
        EngineRequest request = EngineRequest.post("/exec/" + exec + "/start", "starting exec " + exec)
                .kind(EngineRequest.Kind.STREAM);
        return transport.hijack(transport.withJson(request, Map.of("Detach", false, "Tty", tty)), tty, output);
    }

    /** Starts the exec in the background; its output is discarded. */
    public Future<Void> startDetached(String exec) {
        EngineRequest request = EngineRequest.post("/exec/" + exec + "/start", "starting exec " + exec);
        return transport.send(transport.withJson(request, Map.of("Detach", true, "Tty", false)));
    }

    public Future<ExecInspect> inspect(String exec) {
        return transport.call(EngineRequest.get("/exec/" + exec + "/json", "inspecting exec " + exec), ExecInspect.class);
    }

    /** Resizes the exec's TTY to the user's terminal. */
    public Future<Void> resize(String exec, int height, int width) {
        return transport.send(EngineRequest.post("/exec/" + exec + "/resize", "resizing exec " + exec)
                .query("h", Integer.toString(height))
                .query("w", Integer.toString(width)));
    }
}
