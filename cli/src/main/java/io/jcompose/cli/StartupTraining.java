package io.jcompose.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The training run behind the launcher's start-up cache (JDK 25 AOT cache, JDK 17-24 AppCDS): runs
 * several representative jcompose invocations in one JVM, so the classes of each end up in the cache.
 * Arguments are the invocations' words, invocations separated by {@value #SEPARATOR}, e.g.
 * {@code --help ;; version ;; config -f compose.yaml}. Failures are part of training (an unreachable
 * engine still loads the client's classes), so exit codes are ignored.
 */
public final class StartupTraining {

    static final String SEPARATOR = ";;";

    private StartupTraining() {
    }

    public static void main(String[] args) {
        for (List<String> invocation : invocations(args)) {
            Main.run(invocation.toArray(String[]::new));
        }
        // Commands may leave non-daemon threads behind; the cache is written at exit.
        System.exit(ExitCodes.OK);
    }

    static List<List<String>> invocations(String... args) {
        List<List<String>> invocations = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals(SEPARATOR)) {
                invocations.add(List.copyOf(current));
                current.clear();
            } else {
                current.add(arg);
            }
        }
        invocations.add(List.copyOf(current));
        invocations.removeIf(List::isEmpty);
        return List.copyOf(invocations);
    }
}
