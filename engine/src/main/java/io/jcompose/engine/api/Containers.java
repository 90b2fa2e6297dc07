package io.jcompose.engine.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.jcompose.engine.EngineException;
import io.jcompose.engine.transport.AnswerDecoder;
import io.jcompose.engine.transport.EngineRequest;
import io.jcompose.engine.transport.EngineTransport;
import io.jcompose.engine.transport.HijackedStream;
import io.jcompose.engine.transport.OutputFrame;
import io.jcompose.engine.transport.ResponseStream;
import io.jcompose.engine.transport.StdcopyDemuxer;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The container endpoints of the Engine API. Each error names the container and what was done to it. */
public final class Containers {

    static final AnswerDecoder<List<ContainerSummary>> SUMMARIES =
            parser -> AnswerReader.list(parser, ContainerSummary::read);

    private final EngineTransport transport;

    public Containers(EngineTransport transport) {
        this.transport = transport;
    }

    /** Reads a {@code GET /containers/json} answer given as text (a recorded one, for the start-up training). */
    public static List<ContainerSummary> listAnswer(String json) throws IOException {
        return SUMMARIES.read(json);
    }

    /** {@code GET /containers/json}; filters such as {@code {"label": ["com.docker.compose.project=demo"]}}. */
    public Future<List<ContainerSummary>> list(boolean all, Map<String, List<String>> filters) {
        return transport.call(EngineRequest.get("/containers/json", "listing containers")
                .query("all", all)
                .query("filters", transport.filters(filters)), SUMMARIES);
    }

    /** Containers carrying every one of {@code labels} ("key=value" or "key"). */
    public Future<List<ContainerSummary>> listByLabels(boolean all, List<String> labels) {
        return list(all, labels.isEmpty() ? Map.of() : Map.of("label", labels));
    }

    public Future<ContainerInspect> inspect(String container) {
        return transport.call(EngineRequest.get("/containers/" + container + "/json",
                "inspecting container " + container), ContainerInspect::read);
    }

    /** {@code POST /containers/create?name=}; returns the new container's id. */
    public Future<String> create(String name, ContainerCreateBody body) {
        return create(name, Optional.empty(), body);
    }

    /** {@code POST /containers/create?name=&platform=}: the image variant for {@code platform} ({@code os/arch}). */
    public Future<String> create(String name, Optional<String> platform, ContainerCreateBody body) {
        EngineRequest request = EngineRequest.post("/containers/create", "creating container " + name)
                .query("name", name);
        if (platform.isPresent()) {
            request = request.query("platform", platform.get());
        }
        return transport.call(transport.withJson(request, body.toJson()), AnswerReader::id);
    }

    /** The whole inspect answer, for fields {@link ContainerInspect} does not type. */
    public Future<JsonNode> inspectJson(String container) {
        return transport.call(EngineRequest.get("/containers/" + container + "/json",
                "inspecting container " + container), JsonNode.class);
    }

    /** Starting a running container is a no-op (the engine answers 304). */
    public Future<Void> start(String container) {
        return transport.send(EngineRequest.post("/containers/" + container + "/start",
                "starting container " + container));
    }

    /** Stops with the container's own timeout unless {@code timeout} is given; stopped ones are a no-op. */
    public Future<Void> stop(String container, Optional<Duration> timeout) {
        return transport.send(EngineRequest.post("/containers/" + container + "/stop", "stopping container " + container)
                .query("t", timeout.map(t -> Long.toString(t.toSeconds())).orElse("")));
    }

    public Future<Void> restart(String container, Optional<Duration> timeout) {
        return transport.send(EngineRequest.post("/containers/" + container + "/restart",
                        "restarting container " + container)
                .query("t", timeout.map(t -> Long.toString(t.toSeconds())).orElse("")));
    }

    /** Sends {@code signal} ("SIGKILL", "HUP", "9"); empty means the engine's default, SIGKILL. */
    public Future<Void> kill(String container, String signal) {
        return transport.send(EngineRequest.post("/containers/" + container + "/kill", "killing container " + container)
                .query("signal", signal));
    }

    /** {@code force} kills a running container first; {@code volumes} removes its anonymous volumes. */
    public Future<Void> remove(String container, boolean force, boolean volumes) {
        return transport.send(EngineRequest.delete("/containers/" + container, "removing container " + container)
                .query("force", force)
                .query("v", volumes));
    }

    public Future<Void> rename(String container, String newName) {
        return transport.send(EngineRequest.post("/containers/" + container + "/rename",
                        "renaming container " + container + " to " + newName)
                .query("name", newName));
    }

    public Future<Void> pause(String container) {
        return transport.send(EngineRequest.post("/containers/" + container + "/pause",
                "pausing container " + container));
    }

    public Future<Void> unpause(String container) {
        return transport.send(EngineRequest.post("/containers/" + container + "/unpause",
                "unpausing container " + container));
    }

    /**
     * Waits until the container meets {@code condition} ("not-running", "next-exit", "removed"; empty
     * means not-running). A long-lived stream: it holds no slot of the parallel limit.
     */
    public Future<WaitResult> waitFor(String container, String condition) {
        return transport.call(EngineRequest.post("/containers/" + container + "/wait",
                        "waiting for container " + container)
                .query("condition", condition)
                .kind(EngineRequest.Kind.STREAM), WaitResult::read);
    }

    /** {@code GET /containers/{id}/top}; {@code psArgs} empty means the engine's default "-ef". */
    public Future<TopResult> top(String container, String psArgs) {
        return transport.call(EngineRequest.get("/containers/" + container + "/top",
                "listing processes of container " + container).query("ps_args", psArgs), TopResult.class);
    }

    /**
     * Streams the container's logs to {@code output}. Without a TTY the engine multiplexes stdout and
     * stderr (stdcopy frames, split here); with a TTY everything arrives as stdout. {@code tty} is the
     * container's {@code Config.Tty}.
     */
    public ResponseStream logs(String container, LogOptions options, boolean tty, Handler<OutputFrame> output) {
        EngineRequest request = EngineRequest.get("/containers/" + container + "/logs",
                        "reading logs of container " + container)
                .query("follow", options.follow())
                .query("stdout", options.stdout())
                .query("stderr", options.stderr())
                .query("timestamps", options.timestamps())
                .query("tail", options.tail())
                .query("since", options.since())
                .query("until", options.until())
                .kind(options.follow() ? EngineRequest.Kind.STREAM : EngineRequest.Kind.TRANSFER);
        Handler<Buffer> chunks = tty ? data -> output.handle(new OutputFrame(OutputFrame.Stream.STDOUT, data))
                : new StdcopyDemuxer(output);
        return transport.stream(request, chunks);
    }

    /**
     * Attaches to the container's stdio on a hijacked connection; with {@code stdin} the returned stream
     * writes to the container's input (it must have been created with OpenStdin).
     */
    public Future<HijackedStream> attach(String container, boolean stdin, boolean tty, Handler<OutputFrame> output) {
        EngineRequest request = EngineRequest.post("/containers/" + container + "/attach",
                        "attaching to container " + container)
                .query("stream", true)
                .query("stdin", stdin)
                .query("stdout", true)
                .query("stderr", true)
                .kind(EngineRequest.Kind.STREAM);
        return transport.hijack(request, tty, output);
    }

    /** Extracts a tar archive into the directory {@code path} of the container. */
    public Future<Void> putArchive(String container, String path, Buffer tar) {
        return transport.send(EngineRequest.put("/containers/" + container + "/archive",
                        "copying files into container " + container + " at " + path)
                .query("path", path)
                .body("application/x-tar", tar)
                .kind(EngineRequest.Kind.TRANSFER));
    }

    /** A tar archive of {@code path} in the container (a file, or a directory with its content). */
    public Future<Buffer> getArchive(String container, String path) {
        return transport.call(EngineRequest.get("/containers/" + container + "/archive",
                        "copying " + path + " out of container " + container)
                .query("path", path)
                .kind(EngineRequest.Kind.TRANSFER));
    }

    /**
     * Extracts a tar archive into the directory {@code path} as {@code docker cp} does: never replacing a
     * directory with a file or the reverse, and with {@code copyUidGid} owning the files by the container's user.
     */
    public Future<Void> putArchive(String container, String path, Buffer tar, boolean copyUidGid) {
        return transport.send(EngineRequest.put("/containers/" + container + "/archive",
                        "copying files into container " + container + " at " + path)
                .query("path", path)
                .query("noOverwriteDirNonDir", true)
                .query("copyUIDGID", copyUidGid)
                .body("application/x-tar", tar)
                .kind(EngineRequest.Kind.TRANSFER));
    }

    /** {@code HEAD /containers/{id}/archive}: what is at {@code path}; fails with not-found when nothing is. */
    public Future<PathStat> statPath(String container, String path) {
        EngineRequest request = EngineRequest.of(EngineRequest.Method.HEAD, "/containers/" + container + "/archive",
                        "looking at " + path + " in container " + container)
                .query("path", path)
                .kind(EngineRequest.Kind.STREAM);
        ResponseStream stream = transport.stream(request, chunk -> { });
        return stream.opened().compose(head -> {
            String encoded = head.value("X-Docker-Container-Path-Stat");
            if (encoded.isEmpty()) {
                return Future.failedFuture(new EngineException(request.description(),
                        "the engine sent no X-Docker-Container-Path-Stat header", null));
            }
            try {
                return Future.succeededFuture(transport.json().readValue(Base64.getDecoder().decode(encoded.trim()),
                        PathStat.class));
            } catch (IOException | IllegalArgumentException e) {
                return Future.failedFuture(new EngineException(request.description(),
                        "unreadable X-Docker-Container-Path-Stat header: " + e.getMessage(), e));
            }
        });
    }

    /** Resizes the container's TTY to the user's terminal (for {@code attach}). */
    public Future<Void> resize(String container, int height, int width) {
        return transport.send(EngineRequest.post("/containers/" + container + "/resize",
                        "resizing container " + container)
                .query("h", Integer.toString(height))
                .query("w", Integer.toString(width)));
    }
}
