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
        String expanded = path;
        if (path.equals("~") || path.startsWith("~/")) {
            expanded = System.getProperty("user.home") + path.substring(1);
        }
        Path p = Path.of(expanded);
        if (!p.isAbsolute()) {
            p = options.projectDirectory().resolve(p);
        }
        return p.normalize().toString();
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
                || context.startsWith("service:") || context.startsWith("target:");
    }
}
