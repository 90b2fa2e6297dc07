package io.jcompose.engine.registry;

import io.jcompose.engine.EngineClient;
import io.jcompose.engine.api.ImageReference;
import io.jcompose.engine.api.ProgressMessage;
import io.jcompose.engine.auth.RegistryCredentials;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import java.util.ArrayList;
import java.util.List;

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

    /** Starts the transfer; {@code progress} hears the engine's per-layer messages. Fails naming the image. */
    public Future<Void> start(EngineClient engine, Handler<ProgressMessage> progress) {
        return engine.images().push(image, auth, progress);
    }

    @Override
    public String toString() {
        return "ImagePush[service=" + service + ", image=" + image + "]";
    }
}
