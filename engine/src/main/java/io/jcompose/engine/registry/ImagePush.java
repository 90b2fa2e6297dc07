package io.jcompose.engine.registry;

import io.jcompose.engine.EngineClient;
import io.jcompose.engine.api.ImageReference;
import io.jcompose.engine.api.ProgressMessage;
import io.jcompose.engine.auth.RegistryCredentials;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One image of one service on its way to its registry, with the {@code X-Registry-Auth} value the docker CLI would
 * send (never printed: {@link #toString()} leaves it out). {@code push} and {@code build --push} both push this way.
 */
public record ImagePush(String service, String image, String auth) {

    /**
     * The pushes of the services {@link PushSelection} keeps. Every reference is checked and every credential read
     * here, so that a bad reference or an unreadable credentials store fails before any transfer starts.
     */
    public static List<ImagePush> of(List<ServicePush> selection, RegistryCredentials credentials) {
        List<ImagePush> pushes = new ArrayList<>();
        for (ServicePush push : selection) {
            for (String image : push.images()) {
                ImageReference.parseChecked(image);
                pushes.add(new ImagePush(push.service(), image, credentials.header(image)));
            }
        }
        return List.copyOf(pushes);
    }

    /**
     * Starts {@code pushes} with {@code start}: side by side across repositories, in turn within one, each once the
     * one before it has ended (however it ended). The tags of one repository share their layers: pushed at once, the
     * registry receives the same blob twice at the same time, which Distribution's registry has answered with a 500
     * ("invalid checksum digest format"); pushed in turn, the later tags find every layer there already.
     * Returns each push's end, in the order of {@code pushes}.
     */
    public static List<Future<Void>> startAll(List<ImagePush> pushes, Function<ImagePush, Future<Void>> start) {
        Map<String, Future<Void>> lastInRepository = new HashMap<>();
        List<Future<Void>> ends = new ArrayList<>();
        for (ImagePush push : pushes) {
            Future<Void> before = lastInRepository.getOrDefault(push.repository(), Future.succeededFuture());
            Future<Void> end = before.transform(previous -> start.apply(push));
            lastInRepository.put(push.repository(), end);
            ends.add(end);
        }
        return List.copyOf(ends);
    }

    /** The repository the image goes to, as docker reads it: {@code busybox} is {@code docker.io/library/busybox}. */
    public String repository() {
        ImageReference reference = ImageReference.parse(image);
        return reference.registry() + "/" + reference.path();
    }

    /** Starts the transfer; {@code progress} hears the engine's per-layer messages. Fails naming the image. */
    public Future<Void> start(EngineClient engine, Handler<ProgressMessage> progress) {
        return engine.images().push(image, auth, progress);
    }

    @Override
    public String toString() {
        return "ImagePush[service=" + service + ", image=" + image + "]";
    }
}
