package io.jcompose.spec.load;

import io.jcompose.spec.ComposeException;
import java.util.Locale;

/**
 * Compose project names (reference 2.8): names given by the user ({@code -p},
 * {@code COMPOSE_PROJECT_NAME}) must already be valid; names taken from {@code name:} or a
 * directory are normalized silently.
 */
public final class ProjectNames {

    private ProjectNames() {
    }

    /** Lower case, only {@code [a-z0-9_-]} kept, leading {@code _} and {@code -} trimmed. */
    public static String normalize(String name) {
        StringBuilder kept = new StringBuilder();
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-') {
                kept.append(c);
            }
        }
        int start = 0;
        while (start < kept.length() && (kept.charAt(start) == '_' || kept.charAt(start) == '-')) {
            start++;
        }
        return kept.substring(start);
    }

    /** The name itself when it is already in normal form, else compose's error. */
    public static String validate(String name) {
        if (!normalize(name).equals(name)) {
            throw new ComposeException(String.format("invalid project name \"%s\": must consist only of lowercase "
                    + "alphanumeric characters, hyphens, and underscores as well as start with a letter or number",
                    name.replace("\\", "\\\\").replace("\"", "\\\"")));
        }
        return name;
    }
}
