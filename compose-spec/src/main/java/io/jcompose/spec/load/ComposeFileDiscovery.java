package io.jcompose.spec.load;

import io.jcompose.spec.ComposeException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Finds the Compose files (reference 2.5): {@code -f} values, else {@code COMPOSE_FILE} split on
 * {@code COMPOSE_PATH_SEPARATOR}, else the first default name found in the search directory or
 * its parents, plus the override file beside it.
 */
public final class ComposeFileDiscovery {

    static final List<String> DEFAULT_NAMES = List.of("compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml");
    static final List<String> OVERRIDE_NAMES = List.of("compose.override.yml", "compose.override.yaml",
            "docker-compose.override.yml", "docker-compose.override.yaml");

    /** The marker for standard input. */
    public static final String STDIN = "-";

    private ComposeFileDiscovery() {
    }

    /**
     * The files to load, absolute (or {@code -}), in order.
     *
     * @param searchFrom the project directory when given, else the working directory
     */
    public static List<String> discover(List<String> files, Map<String, String> environment, Path workingDirectory,
            Path searchFrom, Consumer<String> warnings) {
        if (!files.isEmpty()) {
            List<String> out = new ArrayList<>();
            for (String file : files) {
                out.add(file.equals(STDIN) ? STDIN : workingDirectory.resolve(file).normalize().toString());
            }
            return out;
        }
        String composeFile = environment.get("COMPOSE_FILE");
        if (composeFile != null) {
            String separator = Optional.ofNullable(environment.get("COMPOSE_PATH_SEPARATOR"))
                    .filter(s -> !s.isEmpty()).orElse(File.pathSeparator);
            List<String> out = new ArrayList<>();
            for (String file : composeFile.split(java.util.regex.Pattern.quote(separator), -1)) {
                if (file.equals(STDIN)) {
                    out.add(STDIN);
                    continue;
                }
                Path path = workingDirectory.resolve(file).normalize();
                if (!Files.exists(path)) {
                    throw new ComposeException("stat " + path + ": no such file or directory");
                }
                out.add(path.toString());
            }
            return out;
        }
        for (Path dir = searchFrom.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            List<Path> candidates = existing(dir, DEFAULT_NAMES);
            if (candidates.isEmpty()) {
                continue;
            }
            List<String> out = new ArrayList<>();
            out.add(pick(candidates, "config", warnings).toString());
            List<Path> overrides = existing(dir, OVERRIDE_NAMES);
            if (!overrides.isEmpty()) {
                out.add(pick(overrides, "override", warnings).toString());
            }
            return out;
        }
        return List.of();
    }

    private static List<Path> existing(Path dir, List<String> names) {
        List<Path> found = new ArrayList<>();
        for (String name : names) {
            Path candidate = dir.resolve(name);
            if (Files.exists(candidate)) {
                found.add(candidate);
            }
        }
        return found;
    }

    private static Path pick(List<Path> candidates, String kind, Consumer<String> warnings) {
        Path winner = candidates.get(0);
        if (candidates.size() > 1) {
            List<String> names = candidates.stream().map(Path::toString).toList();
            warnings.accept("Found multiple " + kind + " files with supported names: " + String.join(", ", names));
            warnings.accept("Using " + winner);
        }
        return winner;
    }
}
