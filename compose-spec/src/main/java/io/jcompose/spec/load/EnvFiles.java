package io.jcompose.spec.load;

import io.jcompose.spec.ComposeException;
import io.jcompose.spec.dotenv.DotEnv;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The project's env files (reference 2.4): which ones apply, and the variables they define. A
 * file's {@code ${VAR}} sees the process environment first, then what earlier files defined.
 */
public final class EnvFiles {

    private EnvFiles() {
    }

    /**
     * The env files in effect: the given ones (relative to the working directory), else
     * {@code <directory>/.env} unless {@code COMPOSE_DISABLE_ENV_FILE} is true; a directory named
     * {@code .env} is ignored.
     */
    public static List<Path> select(List<String> given, Path directory, Path workingDirectory,
            Map<String, String> processEnvironment) {
        List<Path> files = new ArrayList<>();
        if (!given.isEmpty()) {
            for (String file : given) {
                files.add(workingDirectory.resolve(file).normalize());
            }
            return files;
        }
        String disabled = processEnvironment.get("COMPOSE_DISABLE_ENV_FILE");
        if (disabled != null && parseBool(disabled)) {
            return files;
        }
        Path dotEnv = directory.resolve(".env");
        if (Files.isRegularFile(dotEnv)) {
            files.add(dotEnv);
        }
        return files;
    }

    /** The variables the files define, later files winning over earlier ones. */
    public static Map<String, String> read(List<Path> files, Map<String, String> environment) {
        Map<String, String> defined = new LinkedHashMap<>();
        for (Path file : files) {
            if (!Files.exists(file)) {
                throw new ComposeException("couldn't find env file: " + file);
            }
            if (Files.isDirectory(file)) {
                throw new ComposeException(file + " is a directory");
            }
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ComposeException("couldn't read env file: " + file, e);
            }
            Map<String, String> values = DotEnv.parse(file.toString(), text, key -> {
                String value = environment.get(key);
                return value != null ? Optional.of(value) : Optional.ofNullable(defined.get(key));
            });
            defined.putAll(values);
        }
        return defined;
    }

    /** Go's {@code strconv.ParseBool}, which compose uses for its boolean variables. */
    static boolean parseBool(String value) {
        return switch (value) {
            case "1", "t", "T", "TRUE", "true", "True" -> true;
            case "0", "f", "F", "FALSE", "false", "False" -> false;
            default -> throw new ComposeException("strconv.ParseBool: parsing \"" + value + "\": invalid syntax");
        };
    }
}
