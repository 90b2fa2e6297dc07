package io.jcompose.cli.terminal;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Optional;

/**
 * Handlers for POSIX signals (WINCH, INT, TERM) through the JDK's sun.misc.Signal, reached by reflection:
 * javac warns about that API at every direct use, and warnings fail this build.
 */
public final class Signals {

    private Signals() {
    }

    /** Runs {@code action} on each {@code name} signal ("WINCH", "INT"); false when this JVM cannot. */
    public static boolean on(String name, Runnable action) {
        return handle(name, action).isPresent();
    }

    /**
     * Runs {@code action} on each {@code name} signal until the returned registration is closed, which puts
     * the previous handler back (a command run inside a longer-lived JVM, as the tests do, leaves none behind);
     * empty when this JVM cannot.
     */
    public static Optional<Registration> handle(String name, Runnable action) {
        try {
            Class<?> signalType = Class.forName("sun.misc.Signal");
            Class<?> handlerType = Class.forName("sun.misc.SignalHandler");
            Constructor<?> signalOf = signalType.getConstructor(String.class);
            Object handler = Proxy.newProxyInstance(Signals.class.getClassLoader(), new Class<?>[] {handlerType},
                    (proxy, method, args) -> {
                        if (method.getName().equals("handle")) {
                            action.run();
                            return null;
                        }
                        return switch (method.getName()) {
                            case "hashCode" -> System.identityHashCode(proxy);
                            case "equals" -> proxy == args[0];
                            default -> "signal handler for " + name;
                        };
                    });
            Method handle = signalType.getMethod("handle", signalType, handlerType);
            Object signal = signalOf.newInstance(name);
            Object previous = handle.invoke(null, signal, handler);
            return Optional.of(() -> {
                try {
                    handle.invoke(null, signal, previous);
                } catch (ReflectiveOperationException | IllegalArgumentException stillOurs) {
                    // the JVM refused the old handler back: ours stays, and only runs its action
                }
            });
        } catch (ReflectiveOperationException | IllegalArgumentException | LinkageError unavailable) {
            return Optional.empty();
        }
    }

    /** A handler in place until closed. */
    @FunctionalInterface
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
