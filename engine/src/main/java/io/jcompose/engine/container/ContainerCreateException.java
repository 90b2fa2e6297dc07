package io.jcompose.engine.container;

/**
 * A service that cannot become a container on this engine: an attribute the engine's API version lacks, or a
 * value the Engine API cannot take. {@link #getMessage()} is the full sentence, naming the service and attribute.
 */
public final class ContainerCreateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ContainerCreateException(String service, String problem) {
        super("service " + service + ": " + problem);
    }

    public ContainerCreateException(String service, String problem, Throwable cause) {
        super("service " + service + ": " + problem, cause);
    }
}
