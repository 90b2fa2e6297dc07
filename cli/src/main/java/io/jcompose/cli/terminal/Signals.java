package io.jcompose.cli.terminal;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * Handlers for POSIX signals (WINCH, INT, TERM) through the JDK's sun.misc.Signal, reached by reflection:
 * javac warns about that API at every direct use, and warnings fail this build.
 */
public final class Signals {

    private Signals() {
    }

    /** Runs {@code action} on each {@code name} signal ("WINCH", "INT"); false when this JVM cannot. */
    public static boolean on(String name, Runnable action) {
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
            handle.invoke(null, signalOf.newInstance(name), handler);
            return true;
        } catch (ReflectiveOperationException | IllegalArgumentException | LinkageError unavailable) {
            return false;
        }
    }
}
