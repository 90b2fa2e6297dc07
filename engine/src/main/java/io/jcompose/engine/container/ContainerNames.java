package io.jcompose.engine.container;

import io.jcompose.spec.model.ServiceConfig;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.HexFormat;

/**
 * Container names as docker compose gives them (reference 3.3): {@code <project>-<service>-<N>}, or
 * {@code container_name}; one-off {@code run} containers {@code <project>-<service>-run-<slug[:12]>}.
 * {@code --compatibility} switches the separator to {@code _}, the docker-compose v1 form.
 */
public final class ContainerNames {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String separator;

    private ContainerNames(String separator) {
        this.separator = separator;
    }

    /** Names with {@code -}, as docker compose v2 writes them. */
    public static ContainerNames standard() {
        return new ContainerNames("-");
    }

    /** Names with {@code _} when {@code compatibility} (the {@code --compatibility} flag), else {@link #standard()}. */
    public static ContainerNames compatibility(boolean compatibility) {
        return new ContainerNames(compatibility ? "_" : "-");
    }

    public String separator() {
        return separator;
    }

    /** The name of replica {@code number} of {@code service}: {@code container_name} when set. */
    public String service(String project, ServiceConfig service, int number) {
        return service.containerName().orElseGet(() -> numbered(project, service.name(), number));
    }

    /** {@code <project>-<service>-<N>}, whatever {@code container_name} says. */
    public String numbered(String project, String service, int number) {
        return project + separator + service + separator + number;
    }

    /**
     * The value of {@code com.docker.compose.replace} on a container that replaces replica {@code number}:
     * {@code container_name}, else {@code <service>-<N>} (without the project, as docker compose writes it).
     */
    public String replaced(ServiceConfig service, int number) {
        return service.containerName().orElseGet(() -> service.name() + separator + number);
    }

    /** A {@code run} container: {@code <project>-<service>-run-<first 12 hex of the slug>}. */
    public String oneOff(String project, String service, String slug) {
        return project + separator + service + separator + "run" + separator + shortId(slug);
    }

    /**
     * The name a replacement is created under while the old container still holds the final name:
     * {@code <old id[:12]>_<final name>}; renamed to the final name once the old one is removed.
     */
    public static String temporary(String oldContainerId, String finalName) {
        return shortId(oldContainerId) + "_" + finalName;
    }

    /** The number for a new replica: one more than the highest in use, 1 when none. */
    public static int nextNumber(Collection<Integer> numbersInUse) {
        return numbersInUse.stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
    }

    /** A fresh one-off slug: 64 random hex digits, as docker's {@code stringid.GenerateRandomID}. */
    public static String newSlug() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String shortId(String id) {
        return id.length() > 12 ? id.substring(0, 12) : id;
    }
}
