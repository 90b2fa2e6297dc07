package io.jcompose.network;

import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/** How maps print inside plan reasons: sorted {@code k=v} pairs in braces. */
final class Texts {

    private Texts() {
    }

    static String map(Map<String, String> values) {
        StringJoiner out = new StringJoiner(",", "{", "}");
        new TreeMap<>(values).forEach((k, v) -> out.add(k + "=" + v));
        return out.toString();
    }
}
