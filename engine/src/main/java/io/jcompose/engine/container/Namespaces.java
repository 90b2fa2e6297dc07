package io.jcompose.engine.container;

import io.jcompose.spec.model.ServiceConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code service:x} references (network_mode, ipc, pid, uts, cgroup, userns_mode) become {@code container:<id>}
 * of x's container, and {@code volumes_from} entries the container id or name, as compose resolves them.
 */
final class Namespaces {

    private static final String SERVICE = "service:";
    private static final String CONTAINER = "container:";

    private Namespaces() {
    }

    static String resolve(ServiceConfig service, String attribute, String mode, CreateContext context) {
        if (!mode.startsWith(SERVICE)) {
            return mode;
        }
        return CONTAINER + containerOf(service, attribute, mode.substring(SERVICE.length()), context);
    }

    /** {@code svc[:ro|rw]} to {@code <id>[:mode]}; {@code container:name[:mode]} to {@code name[:mode]}. */
    static List<String> volumesFrom(ServiceConfig service, CreateContext context) {
        List<String> out = new ArrayList<>();
        for (String entry : service.volumesFrom()) {
            if (entry.startsWith(CONTAINER)) {
                out.add(entry.substring(CONTAINER.length()));
                continue;
            }
            int colon = entry.indexOf(':');
            String source = colon < 0 ? entry : entry.substring(0, colon);
            String mode = colon < 0 ? "" : entry.substring(colon);
            out.add(containerOf(service, "volumes_from", source, context) + mode);
        }
        return out;
    }

    private static String containerOf(ServiceConfig service, String attribute, String target, CreateContext context) {
        String id = context.serviceContainers().get(target);
        if (id == null) {
            throw new ContainerCreateException(service.name(), attribute + " refers to service " + target
                    + ", which has no container");
        }
        return id;
    }
}
