package io.jcompose.cli;

import java.lang.reflect.Method;
import java.util.Map;

/**
 * Whether to colour output, as docker compose decides: {@code --ansi never|always|auto} (or
 * {@code COMPOSE_ANSI}), {@code --no-ansi}, {@code NO_COLOR}, and for auto whether standard output is a
 * terminal.
 */
public final class AnsiMode {

    private AnsiMode() {
    }

    /** Colours for a command printing to standard output; {@code noColor} is the command's {@code --no-color}. */
    public static boolean colour(GlobalOptions global, boolean noColor, Map<String, String> env) {
        return colour(global, noColor, env, stdoutIsTerminal());
    }

    static boolean colour(GlobalOptions global, boolean noColor, Map<String, String> env, boolean terminal) {
        if (noColor || global.noAnsi) {
            return false;
        }
        String mode = global.ansi != null ? global.ansi : env.getOrDefault("COMPOSE_ANSI", "auto");
        if (!env.getOrDefault("NO_COLOR", "").isEmpty() && !mode.equals("always")) {
            return false;
        }
        return switch (mode) {
            case "always" -> true;
            case "never" -> false;
            case "auto", "" -> terminal;
            default -> throw new IllegalArgumentException(
                    "invalid --ansi value \"" + mode + "\": expected one of never, always, auto");
        };
    }

    /**
     * {@code System.console()} is non-null only when stdin and stdout are terminals on JDK 17; from JDK 22
     * it always exists and {@code isTerminal()} tells.
     */
    static boolean stdoutIsTerminal() {
        Object console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = console.getClass().getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException absentBeforeJdk22) {
            return true;
        }
    }
}
