package io.jcompose.spec.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** One ulimit: a single value ({@code nofile: 1024}) or a soft/hard pair. */
public record Ulimit(Optional<Long> single, long soft, long hard) {

    public Ulimit {
        Objects.requireNonNull(single);
    }

    /** Scalar entries arrive as {@code {single: n}} (see {@link Trees#objmap}). */
    static Ulimit fromTree(Map<String, Object> tree) {
        Optional<Long> single = Trees.lng(tree, "single");
        return new Ulimit(single, Trees.lng(tree, "soft").orElse(0L), Trees.lng(tree, "hard").orElse(0L));
    }

    Object toTree() {
        if (single.isPresent()) {
            return single.get();
        }
        Map<String, Object> pair = new LinkedHashMap<>();
        pair.put("soft", soft);
        pair.put("hard", hard);
        return pair;
    }
}
