package io.jcompose.engine.build;

import io.jcompose.engine.api.ProgressMessage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The classic builder's output for one build, cut into lines: each complete line goes to the
 * listener, and the current step ({@code Step 2/3 : RUN make}) with its last lines is kept so that a
 * failure can say where it happened and what the step printed.
 */
final class BuildLog {

    static final int KEPT_LINES = 20;

    /** The builder's own line after a step (with {@code forcerm} also after a failed one): not the step's output. */
    private static final String BUILDER_CLEANUP = "Removing intermediate container ";

    /** The classic builder colours a step's stderr red ({@code ESC[91m ... ESC[0m}), across line ends. */
    private static final java.util.regex.Pattern COLOUR = java.util.regex.Pattern.compile("\u001b\\[[0-9;]*m");

    private final Consumer<String> lines;
    private final StringBuilder partial = new StringBuilder();
    private final ArrayDeque<String> last = new ArrayDeque<>();
    private String step = "";

    BuildLog(Consumer<String> lines) {
        this.lines = lines;
    }

    void accept(ProgressMessage message) {
        if (!message.stream().isEmpty()) {
            partial.append(message.stream());
            int newline;
            while ((newline = partial.indexOf("\n")) >= 0) {
                line(partial.substring(0, newline));
                partial.delete(0, newline + 1);
            }
        } else if (!message.status().isEmpty() && message.progress().isEmpty()) {
            // pull progress of a base image (FROM with pull): one line per layer status
            line((message.id().isEmpty() ? "" : message.id() + ": ") + message.status());
        }
    }

    /** Flushes a last line that had no newline. */
    void finish() {
        if (partial.length() > 0) {
            line(partial.toString());
            partial.setLength(0);
        }
    }

    String step() {
        return step;
    }

    List<String> lastLines() {
        return new ArrayList<>(last);
    }

    private void line(String raw) {
        String uncoloured = COLOUR.matcher(raw).replaceAll("");
        String text = uncoloured.endsWith("\r") ? uncoloured.substring(0, uncoloured.length() - 1) : uncoloured;
        if (text.isEmpty() && !raw.isEmpty()) {
            return;
        }
        if (text.startsWith("Step ")) {
            step = text;
            last.clear();
        } else if (!text.isBlank() && !text.startsWith(" ---> ") && !text.startsWith(BUILDER_CLEANUP)) {
            last.add(text);
            if (last.size() > KEPT_LINES) {
                last.removeFirst();
            }
        }
        lines.accept(text);
    }
}
