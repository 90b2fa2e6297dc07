package io.jcompose.spec.merge;

import io.jcompose.spec.tree.YamlPath;
import java.util.List;

/**
 * A YAML path pattern such as {@code services.*.ulimits.*}: one segment per key or index,
 * {@code *} standing for any single segment. Compose keys its merge and uniqueness rules this way.
 */
record PathPattern(List<String> segments) {

    static PathPattern of(String pattern) {
        return new PathPattern(List.of(pattern.split("\\.")));
    }

    boolean matches(YamlPath path) {
        List<String> actual = path.segments();
        if (actual.size() != segments.size()) {
            return false;
        }
        for (int i = 0; i < segments.size(); i++) {
            String expected = segments.get(i);
            if (!expected.equals("*") && !expected.equals(actual.get(i))) {
                return false;
            }
        }
        return true;
    }
}
