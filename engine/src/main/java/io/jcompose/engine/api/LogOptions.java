package io.jcompose.engine.api;

/**
 * What {@code GET /containers/{id}/logs} returns: {@code tail} is "all" or a line count; {@code since}
 * and {@code until} are empty or a timestamp the engine accepts (Unix seconds, RFC 3339, or a duration).
 */
public record LogOptions(boolean follow, boolean stdout, boolean stderr, boolean timestamps, String tail,
                         String since, String until) {

    public static LogOptions all() {
        return new LogOptions(false, true, true, false, "all", "", "");
    }

    public LogOptions follow(boolean newFollow) {
        return new LogOptions(newFollow, stdout, stderr, timestamps, tail, since, until);
    }

    public LogOptions timestamps(boolean newTimestamps) {
        return new LogOptions(follow, stdout, stderr, newTimestamps, tail, since, until);
    }

    public LogOptions tail(String newTail) {
        return new LogOptions(follow, stdout, stderr, timestamps, newTail, since, until);
    }

    public LogOptions since(String newSince) {
        return new LogOptions(follow, stdout, stderr, timestamps, tail, newSince, until);
    }
}
