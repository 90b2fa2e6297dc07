package io.jcompose.cli;

import java.util.Optional;

/**
 * Where {@code cp} puts a copied tree, by docker cp's rules: into an existing directory under the
 * source's name (only the directory's content when the source ends in {@code /.}); over an existing file;
 * as a new file or directory named like the destination when the destination does not exist.
 *
 * @param extractDirectory the directory the archive is unpacked in
 * @param rootName the name the source's root gets there; empty means its content lands in the directory itself
 */
record CopyPlan(String extractDirectory, Optional<String> rootName) {

    static CopyPlan of(String source, boolean sourceIsDirectory, String destination, boolean destinationExists,
            boolean destinationIsDirectory) {
        boolean contentOnly = sourceIsDirectory && (source.endsWith("/.") || source.equals("."));
        if (destinationExists && destinationIsDirectory) {
            return new CopyPlan(destination, contentOnly ? Optional.empty() : Optional.of(baseName(source)));
        }
        if (destinationExists) {
            if (sourceIsDirectory) {
                throw new IllegalArgumentException("cannot copy a directory to a file: " + destination
                        + " exists and is not a directory");
            }
            return new CopyPlan(parent(destination), Optional.of(baseName(destination)));
        }
        if (!sourceIsDirectory && (destination.endsWith("/") || destination.endsWith("/."))) {
            throw new IllegalArgumentException("destination directory " + destination + " does not exist");
        }
        return new CopyPlan(parent(destination), Optional.of(baseName(destination)));
    }

    /** The last name of a path, ignoring trailing slashes and a trailing {@code /.}. */
    static String baseName(String path) {
        String trimmed = trim(path);
        int slash = trimmed.lastIndexOf('/');
        String base = slash >= 0 ? trimmed.substring(slash + 1) : trimmed;
        return base.isEmpty() ? "/" : base;
    }

    /** The directory holding a path's last name. */
    static String parent(String path) {
        String trimmed = trim(path);
        int slash = trimmed.lastIndexOf('/');
        if (slash < 0) {
            return ".";
        }
        return slash == 0 ? "/" : trimmed.substring(0, slash);
    }

    private static String trim(String path) {
        String trimmed = path;
        while (trimmed.length() > 1 && (trimmed.endsWith("/") || trimmed.endsWith("/."))) {
            trimmed = trimmed.substring(0, trimmed.length() - (trimmed.endsWith("/") ? 1 : 2));
        }
        return trimmed;
    }
}
