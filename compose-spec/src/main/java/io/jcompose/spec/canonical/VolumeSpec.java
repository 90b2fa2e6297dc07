package io.jcompose.spec.canonical;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The short volume syntax {@code [SOURCE:]TARGET[:MODE]} as a long-syntax entry: a source starting with
 * {@code .}, {@code /} or {@code ~} is a bind (created on the host if missing), another source a named volume,
 * no source an anonymous volume. Unknown mode options are ignored, as compose does.
 */
public final class VolumeSpec {

    private static final Set<String> PROPAGATIONS = Set.of("rprivate", "private", "rshared", "shared", "rslave",
            "slave");

    private VolumeSpec() {
    }

    /** The entry with keys in compose's order; source still as written. Throws IllegalArgumentException. */
    public static Map<String, Object> parse(String spec) {
        if (spec.isEmpty()) {
            throw new IllegalArgumentException("invalid empty volume spec");
        }
        String source = "";
        String target = "";
        String mode = null;
        if (spec.length() <= 2) {
            target = spec;
        } else {
            StringBuilder buffer = new StringBuilder();
            int depth = 0;
            String[] fields = new String[3];
            int field = 0;
            for (int i = 0; i <= spec.length(); i++) {
                char c = i < spec.length() ? spec.charAt(i) : 0;
                if (c == '$' && i + 1 < spec.length() && spec.charAt(i + 1) == '{') {
                    depth++;
                    buffer.append(c);
                } else if (c == '}' && depth > 0) {
                    depth--;
                    buffer.append(c);
                } else if (c == ':' && buffer.length() == 1 && Character.isLetter(buffer.charAt(0))) {
                    buffer.append(c);
                } else if ((c == ':' || c == 0) && depth == 0) {
                    if (buffer.length() == 0) {
                        throw new IllegalArgumentException("invalid spec: " + spec + ": empty section between colons");
                    }
                    if (field == 3) {
                        throw new IllegalArgumentException("invalid spec: " + spec + ": too many colons");
                    }
                    fields[field++] = buffer.toString();
                    buffer.setLength(0);
                } else {
                    buffer.append(c);
                }
            }
            if (field == 1) {
                target = fields[0];
            } else {
                source = fields[0];
                target = fields[1];
                mode = fields[2];
            }
        }
        boolean readOnly = false;
        boolean noCopy = false;
        String selinux = "";
        String propagation = "";
        if (mode != null) {
            for (String option : mode.split(",")) {
                switch (option) {
                    case "ro" -> readOnly = true;
                    case "rw" -> readOnly = false;
                    case "nocopy" -> noCopy = true;
                    case "z", "Z" -> selinux = option;
                    default -> {
                        if (PROPAGATIONS.contains(option)) {
                            propagation = option;
                        }
                    }
                }
            }
        }
        boolean bind = isFilePath(source);
        Map<String, Object> volume = new LinkedHashMap<>();
        volume.put("type", bind ? "bind" : "volume");
        if (!source.isEmpty()) {
            volume.put("source", source);
        }
        volume.put("target", cleanTarget(target));
        if (readOnly) {
            volume.put("read_only", true);
        }
        if (bind) {
            Map<String, Object> options = new LinkedHashMap<>();
            if (!selinux.isEmpty()) {
                options.put("selinux", selinux);
            }
            if (!propagation.isEmpty()) {
                options.put("propagation", propagation);
            }
            // create_host_path defaults to true and compose prints it only when false
            volume.put("bind", options);
        } else {
            Map<String, Object> options = new LinkedHashMap<>();
            if (noCopy) {
                options.put("nocopy", true);
            }
            volume.put("volume", options);
        }
        return volume;
    }

    /** The container path cleaned as Go's {@code path.Clean} does ({@code /data/} is {@code /data}). */
    static String cleanTarget(String target) {
        if (target.isEmpty()) {
            return target;
        }
        boolean absolute = target.startsWith("/");
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (String part : target.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..") && !parts.isEmpty() && !parts.peekLast().equals("..")) {
                parts.removeLast();
            } else if (!(part.equals("..") && absolute)) {
                parts.addLast(part);
            }
        }
        String joined = String.join("/", parts);
        if (absolute) {
            return "/" + joined;
        }
        return joined.isEmpty() ? "." : joined;
    }

    static boolean isFilePath(String source) {
        if (source.isEmpty()) {
            return false;
        }
        char first = source.charAt(0);
        if (first == '.' || first == '/' || first == '~' || source.startsWith("\\\\")) {
            return true;
        }
        return source.length() > 1 && Character.isLetter(first) && source.charAt(1) == ':';
    }
}
