package io.jcompose.cli;

import java.util.Optional;

/**
 * One side of {@code cp}: {@code SERVICE:PATH} or a local path, split as docker compose does (an absolute
 * path, or one starting with "." before its colon, is local).
 */
record CopyEndpoint(Optional<String> service, String path) {

    static CopyEndpoint parse(String argument) {
        if (argument.startsWith("/")) {
            return new CopyEndpoint(Optional.empty(), argument);
        }
        int colon = argument.indexOf(':');
        if (colon < 0 || argument.startsWith(".")) {
            return new CopyEndpoint(Optional.empty(), argument);
        }
        return new CopyEndpoint(Optional.of(argument.substring(0, colon)), argument.substring(colon + 1));
    }
}
