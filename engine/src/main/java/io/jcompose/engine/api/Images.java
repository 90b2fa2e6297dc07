package io.jcompose.engine.api;

import io.jcompose.engine.EngineException;
import io.jcompose.engine.transport.AnswerDecoder;
import io.jcompose.engine.transport.EngineRequest;
import io.jcompose.engine.transport.EngineTransport;
import io.jcompose.engine.transport.ResponseStream;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The image endpoints of the Engine API, with pull, push and build progress streamed as NDJSON. */
public final class Images {

    static final AnswerDecoder<List<ImageSummary>> SUMMARIES =
            parser -> AnswerReader.list(parser, ImageSummary::read);
    /** The engine demands an auth header on push; an empty JSON object means anonymous. */
    private static final String ANONYMOUS = Base64.getUrlEncoder().encodeToString("{}".getBytes(StandardCharsets.UTF_8));
    private static final Pattern BUILT = Pattern.compile("Successfully built ([0-9a-f]+)");

    private final EngineTransport transport;

    public Images(EngineTransport transport) {
        this.transport = transport;
    }

    public Future<List<ImageSummary>> list(Map<String, List<String>> filters) {
        return transport.call(EngineRequest.get("/images/json", "listing images")
                .query("filters", transport.filters(filters)), SUMMARIES);
    }

    public Future<ImageInspect> inspect(String image) {
        return transport.call(EngineRequest.get("/images/" + image + "/json", "inspecting image " + image),
                ImageInspect::read);
    }

    /**
     * Pulls {@code image}, passing each progress line to {@code progress}; an error line fails the pull
     * with the engine's message. {@code registryAuth} is the base64 X-Registry-Auth value, or empty.
     */
    public Future<Void> pull(String image, String registryAuth, Handler<ProgressMessage> progress) {
        ImageReference reference = ImageReference.parse(image);
        EngineRequest request = EngineRequest.post("/images/create", "pulling image " + image)
                .query("fromImage", reference.fromImage())
                .query("tag", reference.tagParameter())
                .kind(EngineRequest.Kind.TRANSFER);
        if (!registryAuth.isEmpty()) {
            request = request.header("X-Registry-Auth", registryAuth);
        }
        return progressOf(request, progress).mapEmpty();
    }

    public Future<Void> push(String image, String registryAuth, Handler<ProgressMessage> progress) {
        ImageReference reference = ImageReference.parse(image);
        EngineRequest request = EngineRequest.post("/images/" + reference.repository() + "/push", "pushing image " + image)
                .query("tag", reference.tagParameter())
                .header("X-Registry-Auth", registryAuth.isEmpty() ? ANONYMOUS : registryAuth)
                .kind(EngineRequest.Kind.TRANSFER);
        return progressOf(request, progress).mapEmpty();
    }

    /**
     * Builds from a tar build context streamed as the request body; returns the image ID. Extra tags
     * beyond the first are applied with {@link #tag} once the build succeeded.
     */
    public Future<String> build(ReadStream<Buffer> context, BuildOptions options, Handler<ProgressMessage> progress) {
        return build(request(options).body("application/x-tar", context), options, progress);
    }

    /** Builds from a tar build context held in memory; returns the image ID. */
    public Future<String> build(Buffer context, BuildOptions options, Handler<ProgressMessage> progress) {
        return build(request(options).body("application/x-tar", context), options, progress);
    }

    public Future<Void> tag(String image, String newReference) {
        ImageReference target = ImageReference.parse(newReference);
        return transport.send(EngineRequest.post("/images/" + image + "/tag", "tagging image " + image + " as " + newReference)
                .query("repo", target.repository())
                .query("tag", target.tag()));
    }

    public Future<Void> remove(String image, boolean force, boolean noPrune) {
        return transport.send(EngineRequest.delete("/images/" + image, "removing image " + image)
                .query("force", force)
                .query("noprune", noPrune));
    }

    private EngineRequest request(BuildOptions options) {
        String target = options.tags().isEmpty() ? "image" : "image " + options.tags().get(0);
        EngineRequest request = EngineRequest.post("/build", "building " + target)
                .query("t", options.tags().isEmpty() ? "" : options.tags().get(0))
                .query("dockerfile", options.dockerfile())
                .query("target", options.target())
                .query("labels", options.labels().isEmpty() ? "" : transport.jsonText(options.labels()))
                .query("buildargs", options.buildArgs().isEmpty() ? "" : transport.jsonText(options.buildArgs()))
                // the container of a failed step goes too, not only those of the steps that succeeded
                .query("forcerm", true)
                .kind(EngineRequest.Kind.TRANSFER);
        request = request.query("networkmode", options.networkMode())
                .query("extrahosts", options.extraHosts())
                .query("cachefrom", options.cacheFrom().isEmpty() ? "" : transport.jsonText(options.cacheFrom()));
        if (options.shmSize() > 0) {
            request = request.query("shmsize", Long.toString(options.shmSize()));
        }
        if (options.pull()) {
            request = request.query("pull", true);
        }
        if (options.noCache()) {
            request = request.query("nocache", true);
        }
        return request;
    }

    private Future<String> build(EngineRequest request, BuildOptions options, Handler<ProgressMessage> progress) {
        AtomicReference<String> imageId = new AtomicReference<>("");
        Future<String> built = progressOf(request, message -> {
            Object id = message.aux().get("ID");
            if (id != null) {
                imageId.set(id.toString());
            }
            Matcher matcher = BUILT.matcher(message.stream());
            if (imageId.get().isEmpty() && matcher.find()) {
                imageId.set(matcher.group(1));
            }
            progress.handle(message);
        }).compose(done -> imageId.get().isEmpty()
                ? Future.failedFuture(new EngineException(request.description(),
                        "the engine finished without naming the built image", null))
                : Future.succeededFuture(imageId.get()));
        List<String> extraTags = options.tags().size() > 1 ? options.tags().subList(1, options.tags().size()) : List.of();
        return built.compose(id -> Future.all(extraTags.stream().map(tag -> tag(id, tag)).toList()).map(id));
    }

    /** Streams NDJSON progress; the first error line fails the result once the stream ends. */
    private Future<Void> progressOf(EngineRequest request, Handler<ProgressMessage> progress) {
        AtomicReference<String> failure = new AtomicReference<>("");
        ResponseStream stream = transport.lines(request, line -> {
            ProgressMessage message = ProgressMessage.parse(transport.json(), line);
            message.failure().ifPresent(error -> failure.compareAndSet("", error));
            progress.handle(message);
        });
        return stream.ended().compose(done -> failure.get().isEmpty() ? Future.<Void>succeededFuture()
                : Future.failedFuture(new EngineException(request.description(), failure.get(), null)));
    }
}
