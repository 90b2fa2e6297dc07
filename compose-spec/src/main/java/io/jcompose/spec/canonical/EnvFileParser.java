package io.jcompose.spec.canonical;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the text of one {@code env_file} into variables. The loader's {@code .env} parser implements the full
 * rules; {@link SimpleEnvFileParser} is the fallback used until one is plugged in.
 */
@FunctionalInterface
public interface EnvFileParser {

    /**
     * @param source display name of the file, for messages
     * @param text   the file's content
     * @param lookup variables available to interpolate values
     */
    Map<String, String> parse(String source, String text, Function<String, Optional<String>> lookup);
}
