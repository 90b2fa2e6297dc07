package io.jcompose.spec.canonical;

import java.nio.file.Path;

/** Relative paths made absolute against the project directory, {@code ~} against the user's home. */
final class Paths {

    private final CanonicalOptions options;

    Paths(CanonicalOptions options) {
        this.options = options;
    }

    boolean enabled() {
        return options.resolvePaths();
    }

    /** A local path resolved and cleaned; unchanged when path resolution is off. */
    String resolve(String path) {
        if (!options.resolvePaths() || path.isEmpty()) {
            return path;
        }
        if (path.equals("~") || path.startsWith("~/")) {
            return Path.of(System.getProperty("user.home") + path.substring(1)).normalize().toString();
        }
        // compose joins (and so cleans) relative paths but keeps absolute ones as written
        if (path.startsWith("/")) {
            return path;
        }
        return options.projectDirectory().resolve(path).normalize().toString();
    }

    /** A build context or additional context: remote ones (URLs, git, {@code docker-image://}) stay as written. */
    String resolveContext(String context) {
        if (isRemote(context)) {
            return context;
        }
        return resolve(context);
    }

    static boolean isRemote(String context) {
        return context.contains("://") || context.startsWith("git@") || context.startsWith("github.com/")
                || context.startsWith("service:");
    }
}
