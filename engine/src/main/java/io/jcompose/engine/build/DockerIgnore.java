package io.jcompose.engine.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The rules of a {@code .dockerignore} file with the docker CLI's semantics: comments and blank lines
 * dropped, patterns cleaned like Go's {@code filepath.Clean} with a leading {@code /} removed,
 * {@code *}, {@code ?}, character classes and {@code **}; a pattern that matches a directory excludes
 * everything below it; {@code !} patterns re-include, and the last matching pattern wins.
 */
public final class DockerIgnore {

    private static final String BOM = "\uFEFF";
    /** Regex metacharacters that stand for themselves in a pattern. */
    private static final String LITERAL_SPECIALS = ".+()|{}$^";

    private final List<Rule> rules;

    private DockerIgnore(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static DockerIgnore none() {
        return new DockerIgnore(List.of());
    }

    /** Reads {@code <context>/.dockerignore}; a missing file means nothing is ignored. */
    public static DockerIgnore read(Path contextDirectory) throws IOException {
        Path file = contextDirectory.resolve(".dockerignore");
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return none();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** Parses the text of a {@code .dockerignore} file. */
    public static DockerIgnore parse(String content) {
        String text = content.startsWith(BOM) ? content.substring(1) : content;
        List<String> patterns = new ArrayList<>();
        for (String line : text.split("\r?\n", -1)) {
            // a comment is a line starting with # before any trimming
            if (line.startsWith("#")) {
                continue;
            }
            String pattern = line.strip();
            if (pattern.isEmpty()) {
                continue;
            }
            boolean exception = pattern.startsWith("!");
            if (exception) {
                pattern = pattern.substring(1).strip();
            }
            if (!pattern.isEmpty()) {
                pattern = clean(pattern);
                if (pattern.length() > 1 && pattern.startsWith("/")) {
                    pattern = pattern.substring(1);
                }
            }
            patterns.add(exception ? "!" + pattern : pattern);
        }
        return of(patterns);
    }

    /** Compiles patterns as written in a {@code .dockerignore} file, after comment removal. */
    public static DockerIgnore of(List<String> patterns) {
        List<Rule> rules = new ArrayList<>();
        for (String raw : patterns) {
            String pattern = raw.strip();
            if (pattern.isEmpty()) {
                continue;
            }
            boolean exception = pattern.startsWith("!");
            if (exception) {
                if (pattern.length() == 1) {
                    throw new IllegalArgumentException("illegal exclusion pattern: \"!\"");
                }
                pattern = pattern.substring(1);
            }
            rules.add(Rule.compile(clean(pattern), exception));
        }
        return new DockerIgnore(rules);
    }

    /** The cleaned patterns, exceptions prefixed with {@code !}. */
    public List<String> patterns() {
        return rules.stream().map(rule -> rule.exception() ? "!" + rule.pattern() : rule.pattern()).toList();
    }

    /**
     * Whether {@code path} (relative to the context, {@code /}-separated) is left out: the last pattern
     * matching the path or one of its parent directories decides.
     */
    public boolean excludes(String path) {
        String file = clean(path);
        String[] parents = file.split("/");
        boolean excluded = false;
        for (Rule rule : rules) {
            boolean match = rule.matches(file);
            for (int i = 1; !match && i < parents.length; i++) {
                match = rule.matches(String.join("/", java.util.Arrays.copyOfRange(parents, 0, i)));
            }
            if (match) {
                excluded = !rule.exception();
            }
        }
        return excluded;
    }

    /**
     * Whether some exception could re-include a path strictly below the excluded directory {@code directory}.
     * False means the directory can be skipped without being walked. Conservative: a {@code **} anywhere in
     * an exception, or an exception that matches the directory or a parent of it, answers true.
     */
    public boolean mayIncludeBelow(String directory) {
        String[] dir = clean(directory).split("/");
        for (Rule rule : rules) {
            if (rule.exception() && rule.mayMatchBelow(dir)) {
                return true;
            }
        }
        return false;
    }

    /** These rules plus an exception for {@code path} if they exclude it: the Dockerfile is always sent. */
    public DockerIgnore keeping(String path) {
        if (!excludes(path)) {
            return this;
        }
        List<Rule> kept = new ArrayList<>(rules);
        kept.add(Rule.compile(clean(path), true));
        return new DockerIgnore(kept);
    }

    /** Go's {@code filepath.Clean} on a {@code /}-separated path. */
    static String clean(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        boolean rooted = path.startsWith("/");
        List<String> out = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (!out.isEmpty() && !out.get(out.size() - 1).equals("..")) {
                    out.remove(out.size() - 1);
                } else if (!rooted) {
                    out.add(part);
                }
                continue;
            }
            out.add(part);
        }
        String joined = String.join("/", out);
        if (rooted) {
            return "/" + joined;
        }
        return joined.isEmpty() ? "." : joined;
    }

    private record Rule(String pattern, boolean exception, Pattern regex, List<Pattern> segments) {

        static Rule compile(String pattern, boolean exception) {
            try {
                List<Pattern> segments = new ArrayList<>();
                for (String segment : pattern.split("/", -1)) {
                    segments.add(segment.contains("**") ? null : Pattern.compile(regex(segment)));
                }
                return new Rule(pattern, exception, Pattern.compile(regex(pattern)), segments);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("syntax error in pattern \"" + pattern + "\"", e);
            }
        }

        Rule {
            // null stands for a segment containing ** (it may span any number of path segments)
            segments = java.util.Collections.unmodifiableList(new ArrayList<>(segments));
        }

        boolean matches(String path) {
            return regex.matcher(path).matches();
        }

        boolean mayMatchBelow(String[] directory) {
            if (segments.size() <= directory.length) {
                // matches the directory or a parent of it (or nothing below): let the walk decide
                return segments.stream().anyMatch(java.util.Objects::isNull)
                        || matchesPrefix(directory, segments.size());
            }
            return matchesPrefix(directory, directory.length);
        }

        private boolean matchesPrefix(String[] directory, int count) {
            for (int i = 0; i < count; i++) {
                Pattern segment = segments.get(i);
                if (segment == null) {
                    return true;
                }
                if (!segment.matcher(directory[i]).matches()) {
                    return false;
                }
            }
            return true;
        }

        /** A glob as a regex; {@code *} and {@code ?} never cross {@code /}, {@code **} does. */
        private static String regex(String glob) {
            StringBuilder out = new StringBuilder();
            int i = 0;
            boolean inClass = false;
            while (i < glob.length()) {
                char ch = glob.charAt(i);
                if (inClass) {
                    if (ch == ']') {
                        inClass = false;
                    } else if (ch == '\\' && i + 1 < glob.length()) {
                        out.append('\\');
                        i++;
                        ch = glob.charAt(i);
                    } else if (ch == '[' || ch == '&') {
                        out.append('\\');
                    }
                    out.append(ch);
                    i++;
                    continue;
                }
                if (ch == '*') {
                    if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                        i += 2;
                        while (i < glob.length() && glob.charAt(i) == '*') {
                            i++;
                        }
                        if (i < glob.length() && glob.charAt(i) == '/') {
                            i++;
                        }
                        out.append(i >= glob.length() ? ".*" : "(.*/)?");
                        continue;
                    }
                    out.append("[^/]*");
                } else if (ch == '?') {
                    out.append("[^/]");
                } else if (ch == '[') {
                    inClass = true;
                    out.append('[');
                    if (i + 1 < glob.length() && (glob.charAt(i + 1) == '^' || glob.charAt(i + 1) == '!')) {
                        out.append('^');
                        i++;
                    }
                } else if (ch == '\\') {
                    if (i + 1 < glob.length()) {
                        i++;
                        out.append(Pattern.quote(String.valueOf(glob.charAt(i))));
                    } else {
                        out.append("\\\\");
                    }
                } else if (LITERAL_SPECIALS.indexOf(ch) >= 0) {
                    out.append('\\').append(ch);
                } else {
                    out.append(ch);
                }
                i++;
            }
            if (inClass) {
                throw new PatternSyntaxException("unterminated character class", glob, glob.length());
            }
            return out.toString();
        }
    }
}
