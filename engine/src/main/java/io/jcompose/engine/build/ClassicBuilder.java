package io.jcompose.engine.build;

import io.jcompose.engine.EngineClient;
import io.jcompose.engine.EngineException;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs {@link ImageBuild}s through the Engine API's classic builder ({@code POST /build}), each
 * context streamed from disk. Builds run side by side; the engine client's parallel limit caps how
 * many are in flight ({@code --parallel}).
 */
public final class ClassicBuilder {

    private final EngineClient engine;

    public ClassicBuilder(EngineClient engine) {
        this.engine = engine;
    }

    /**
     * Builds one image; {@code output} hears it start, receives each line of the builder's output (on the event
     * loop) and hears it end.
     * Returns the image ID. A failure is a {@link BuildException} naming the service, the failed step
     * and the step's last lines.
     */
    public Future<String> build(ImageBuild build, BuildOutput output) {
        BuildLog log = new BuildLog(line -> output.line(build, line));
        output.started(build);
        ContextStream context = new ContextStream(engine.vertx(), build.context());
        Promise<String> result = Promise.promise();
        engine.images().build(context, build.options(), log::accept).onComplete(done -> {
            // read why the walk failed before close() stops it: a cancelled walk is not the cause
            Optional<Throwable> walkFailure = context.failure();
            context.close();
            log.finish();
            if (done.succeeded()) {
                output.finished(build, Optional.empty());
                result.complete(done.result());
            } else {
                BuildException failure = failure(build, log, walkFailure, done.cause());
                output.finished(build, Optional.of(failure));
                result.fail(failure);
            }
        });
        return result.future();
    }

    /**
     * Builds every image, side by side; the result maps each service to its image ID. When some fail,
     * the others still finish, and the failure names every build that failed.
     */
    public Future<Map<String, String>> buildAll(List<ImageBuild> builds, BuildOutput output) {
        List<Future<String>> running = new ArrayList<>();
        for (ImageBuild build : builds) {
            running.add(build(build, output));
        }
        return Future.join(running).transform(done -> {
            List<String> failures = new ArrayList<>();
            Map<String, String> images = new LinkedHashMap<>();
            for (int i = 0; i < builds.size(); i++) {
                Future<String> one = running.get(i);
                if (one.failed()) {
                    failures.add(one.cause().getMessage());
                } else {
                    for (String service : builds.get(i).services()) {
                        images.put(service, one.result());
                    }
                }
            }
            if (!failures.isEmpty()) {
                return Future.failedFuture(new BuildException(String.join("\n", failures)));
            }
            return Future.succeededFuture(images);
        });
    }

    private static BuildException failure(ImageBuild build, BuildLog log, Optional<Throwable> walkFailure, Throwable cause) {
        String subject = "service " + build.name() + ": ";
        if (walkFailure.isPresent()) {
            return new BuildException(subject + "sending the build context " + build.context().directory()
                    + ": " + walkFailure.get().getMessage(), cause);
        }
        String reason = cause instanceof EngineException engineFailure
                ? engineFailure.getMessage() : "building image " + build.image() + ": " + cause.getMessage();
        StringBuilder message = new StringBuilder(subject).append(reason);
        if (!log.step().isEmpty()) {
            message.append("\n  failed at ").append(log.step());
            log.lastLines().forEach(line -> message.append("\n  | ").append(line));
        }
        return new BuildException(message.toString(), cause);
    }
}
