package io.jcompose.cli;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

/**
 * docker's detach sequence ({@code --detach-keys}, default {@code ctrl-p,ctrl-q}), watched for in the
 * bytes typed to an attached container. A partly typed sequence is held back until it either completes
 * (detach; the keys are never sent) or breaks (the held bytes are sent after all).
 */
final class DetachKeys {

    static final String DEFAULT = "ctrl-p,ctrl-q";

    private final byte[] sequence;
    private int matched;

    private DetachKeys(byte[] sequence) {
        this.sequence = sequence;
    }

    /** Parses docker's format: comma-separated keys, each a single character or {@code ctrl-<a-z@[\]^_>}. */
    static DetachKeys parse(String keys) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (String key : keys.split(",", -1)) {
            String lower = key.toLowerCase(Locale.ROOT);
            if (key.length() == 1) {
                bytes.write(key.charAt(0));
            } else if (lower.startsWith("ctrl-") && key.length() == 6) {
                char c = lower.charAt(5);
                if (c >= 'a' && c <= 'z') {
                    bytes.write(c - 'a' + 1);
                } else if ("@[\\]^_".indexOf(c) >= 0) {
                    bytes.write(c - '@');
                } else {
                    throw new IllegalArgumentException("Unknown character: '" + key + "'");
                }
            } else {
                throw new IllegalArgumentException("Unknown character: '" + key + "'");
            }
        }
        return new DetachKeys(bytes.toByteArray());
    }

    /** What one read of stdin forwards, and whether the sequence was completed in it. */
    record Filtered(byte[] forward, boolean detach) { }

    Filtered filter(byte[] input, int length) {
        ByteArrayOutputStream forward = new ByteArrayOutputStream();
        for (int i = 0; i < length; i++) {
            byte b = input[i];
            if (b == sequence[matched]) {
                matched++;
                if (matched == sequence.length) {
                    matched = 0;
                    return new Filtered(forward.toByteArray(), true);
                }
                continue;
            }
            forward.write(sequence, 0, matched);
            matched = 0;
            if (b == sequence[0]) {
                matched = 1;
                if (sequence.length == 1) {
                    return new Filtered(forward.toByteArray(), true);
                }
            } else {
                forward.write(b);
            }
        }
        return new Filtered(forward.toByteArray(), false);
    }
}
