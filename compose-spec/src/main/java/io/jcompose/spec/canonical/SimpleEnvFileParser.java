package io.jcompose.spec.canonical;

import io.jcompose.spec.ComposeException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code KEY=VALUE} lines with comments, {@code export} prefixes and single/double quotes; a bare {@code KEY}
 * takes its value from the lookup. No interpolation inside values.
 */
public final class SimpleEnvFileParser implements EnvFileParser {

    @Override
    public Map<String, String> parse(String source, String text, Function<String, Optional<String>> lookup) {
        Map<String, String> out = new LinkedHashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("export ")) {
                line = line.substring(7).strip();
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                String key = line;
                lookup.apply(key).ifPresent(v -> out.put(key, v));
                continue;
            }
            String key = line.substring(0, eq).strip();
            if (key.isEmpty() || key.contains(" ")) {
                throw new ComposeException(source + ":" + (i + 1) + ": unexpected character in variable name \""
                        + key + "\"");
            }
            out.put(key, value(line.substring(eq + 1).strip()));
        }
        return out;
    }

    private static String value(String raw) {
        if (raw.length() >= 2 && (raw.charAt(0) == '"' || raw.charAt(0) == '\'')) {
            char q = raw.charAt(0);
            int end = raw.indexOf(q, 1);
            if (end > 0) {
                String inner = raw.substring(1, end);
                return q == '"' ? inner.replace("\\n", "\n").replace("\\\"", "\"") : inner;
            }
        }
        int comment = raw.indexOf(" #");
        return comment >= 0 ? raw.substring(0, comment).strip() : raw;
    }
}
