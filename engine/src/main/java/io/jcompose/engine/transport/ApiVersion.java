package io.jcompose.engine.transport;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An Engine API version such as 1.41, ordered numerically (1.9 &lt; 1.41). */
public record ApiVersion(int major, int minor) implements Comparable<ApiVersion> {

    /** The newest API version this client speaks. */
    public static final ApiVersion CLIENT_MAX = new ApiVersion(1, 47);
    /** The oldest engine API this client works with (Engine 20.10). */
    public static final ApiVersion CLIENT_MIN = new ApiVersion(1, 41);

    private static final Pattern FORMAT = Pattern.compile("v?(\\d+)\\.(\\d+)");

    public static ApiVersion parse(String text) {
        Matcher matcher = FORMAT.matcher(text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not an API version: '" + text + "' (expected e.g. 1.41)");
        }
        return new ApiVersion(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    /** The version both sides speak: the lower of the engine's maximum and ours. */
    public static ApiVersion negotiate(ApiVersion engineMax) {
        return engineMax.compareTo(CLIENT_MAX) < 0 ? engineMax : CLIENT_MAX;
    }

    public boolean atLeast(ApiVersion other) {
        return compareTo(other) >= 0;
    }

    @Override
    public int compareTo(ApiVersion other) {
        return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
