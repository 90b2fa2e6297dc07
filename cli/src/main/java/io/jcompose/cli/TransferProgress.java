package io.jcompose.cli;

import io.jcompose.engine.api.ProgressMessage;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * Pull and push progress as compose's plain progress prints it on stderr, one event a line:
 * {@code  web Pulling}, {@code  a3ed95caeb02 Downloading [==>   ]  1.1MB/2.2MB}, {@code  web Pulled}.
 * Lines come from several transfers at once (on the engine client's threads), so writing is serialized.
 * Quiet prints nothing; dry-run prefixes every line as compose does.
 */
final class TransferProgress {

    private final PrintWriter err;
    private final boolean quiet;
    private final String prefix;

    TransferProgress(PrintWriter err, boolean quiet, boolean dryRun) {
        this.err = err;
        this.quiet = quiet;
        this.prefix = dryRun ? "DRY-RUN MODE - " : "";
    }

    /** A service- or image-level event: {@code web Pulling}, {@code web Skipped - Image can be built}. */
    synchronized void event(String id, String text) {
        if (!quiet) {
            err.println(prefix + " " + id + " " + text);
            err.flush();
        }
    }

    /** A line that is not an event (warnings after the transfers); shown even when quiet. */
    synchronized void message(String text) {
        err.println(text);
        err.flush();
    }

    void pullLayer(ProgressMessage message) {
        pullLine(message).ifPresent(this::layer);
    }

    void pushLayer(String image, ProgressMessage message) {
        pushLine(image, message).ifPresent(this::layer);
    }

    private synchronized void layer(String line) {
        if (!quiet) {
            err.println(prefix + line);
            err.flush();
        }
    }

    /**
     * A pull stream line as a layer event, or empty for lines that are not about a layer
     * ({@code Pulling from library/busybox}, {@code Digest: ...}, {@code Status: ...}).
     */
    static Optional<String> pullLine(ProgressMessage message) {
        if (message.id().isEmpty() || message.status().isEmpty() || message.status().startsWith("Pulling from ")) {
            return Optional.empty();
        }
        return Optional.of(" " + message.id() + " " + message.status()
                + (message.progress().isEmpty() ? "" : " " + message.progress()));
    }

    /** A push stream line as compose names it: {@code Pushing <image>: <layer> <status> [progress]}. */
    static Optional<String> pushLine(String image, ProgressMessage message) {
        if (message.id().isEmpty() || message.status().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(" Pushing " + image + ": " + message.id() + " " + message.status()
                + (message.progress().isEmpty() ? "" : " " + message.progress()));
    }
}
