package io.jcompose.spec.interpolation;

import io.jcompose.spec.ComposeException;
import io.jcompose.spec.tree.ComposeDocument;
import io.jcompose.spec.tree.Mark;
import io.jcompose.spec.tree.Tagged;
import io.jcompose.spec.tree.YamlPath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Interpolates a parsed Compose file the way compose-go does before merging: every string value
 * (keys never, {@code x-*} extensions included) goes through {@link Template}, then strings found
 * at the paths compose-go knows as numbers or booleans are cast ({@code replicas: ${N}} becomes
 * a {@code Long}).
 */
public final class Interpolation {

    private Interpolation() {
    }

    /**
     * Interpolates every scalar value of the document and applies compose-go's type casts.
     * Errors carry the mark and YAML path of the value.
     */
    public static ComposeDocument interpolate(ComposeDocument doc, Function<String, Optional<String>> lookup,
            Consumer<String> warnings) {
        Walk walk = new Walk(doc, lookup, warnings);
        Map<String, Object> root = walk.map(doc.root(), YamlPath.ROOT, List.of());
        walk.failIfAnyFailed();
        return new ComposeDocument(doc.source(), root, doc.marks());
    }

    /**
     * Every variable the document's values use, combined per name the way compose-go does: required
     * if any use is, default and alternate value from the first use that has one. First-use order.
     */
    public static Map<String, TemplateVariable> variables(Map<String, Object> root) {
        Map<String, TemplateVariable> out = new LinkedHashMap<>();
        collect(root, out);
        return out;
    }

    private static void collect(Object value, Map<String, TemplateVariable> out) {
        if (value instanceof String text) {
            for (TemplateVariable v : Template.variables(text)) {
                out.merge(v.name(), v, (a, b) -> new TemplateVariable(a.name(), a.required() || b.required(),
                        a.defaultValue().or(b::defaultValue), a.alternateValue().or(b::alternateValue)));
            }
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> collect(v, out));
        } else if (value instanceof List<?> list) {
            list.forEach(v -> collect(v, out));
        } else if (value instanceof Tagged.Override override) {
            collect(override.value(), out);
        }
    }

    /** A value that could not be interpolated, under the path compose-go names it by. */
    private record Failure(String goPath, ComposeException error) {
    }

    private static final class Walk {
        private final ComposeDocument doc;
        private final Function<String, Optional<String>> lookup;
        private final Consumer<String> warnings;
        private final List<Failure> failures = new ArrayList<>();

        Walk(ComposeDocument doc, Function<String, Optional<String>> lookup, Consumer<String> warnings) {
            this.doc = doc;
            this.lookup = lookup;
            this.warnings = warnings;
        }

        Map<String, Object> map(Map<String, Object> map, YamlPath path, List<String> castPath) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : map.entrySet()) {
                out.put(e.getKey(), value(e.getValue(), path.key(e.getKey()), append(castPath, e.getKey())));
            }
            return out;
        }

        @SuppressWarnings("unchecked")
        Object value(Object value, YamlPath path, List<String> castPath) {
            if (value instanceof String text) {
                return string(text, path, castPath);
            }
            if (value instanceof Map<?, ?> map) {
                return map((Map<String, Object>) map, path, castPath);
            }
            if (value instanceof List<?> list) {
                List<Object> out = new ArrayList<>(list.size());
                List<String> itemCastPath = append(castPath, "[]");
                for (int i = 0; i < list.size(); i++) {
                    out.add(value(list.get(i), path.index(i), itemCastPath));
                }
                return out;
            }
            if (value instanceof Tagged.Override override) {
                return new Tagged.Override(value(override.value(), path, castPath));
            }
            return value;
        }

        private Object string(String text, YamlPath path, List<String> castPath) {
            String substituted;
            try {
                substituted = Template.substitute(text, lookup, warnings);
            } catch (InvalidTemplateException e) {
                return fail(castPath, text, new ComposeException(mark(path), Optional.empty(),
                        "invalid interpolation format for " + goPath(castPath)
                                + ".\nYou may need to escape any $ with another $.\n" + e.template(), e));
            } catch (ComposeException e) {
                return fail(castPath, text, new ComposeException(mark(path), Optional.empty(),
                        "error while interpolating " + goPath(castPath) + ": " + e.problem(), e));
            }
            Optional<TypeCast> cast = TypeCast.forPath(castPath);
            if (cast.isEmpty()) {
                return substituted;
            }
            try {
                return cast.get().apply(substituted, warnings);
            } catch (IllegalArgumentException e) {
                return fail(castPath, text, new ComposeException(mark(path), Optional.empty(),
                        "error while interpolating " + goPath(castPath) + ": failed to cast to expected type: "
                                + e.getMessage(), e));
            }
        }

        /** compose-go reports every value it cannot interpolate, not only the first. */
        private Object fail(List<String> castPath, String text, ComposeException error) {
            failures.add(new Failure(goPath(castPath), error));
            return text;
        }

        /**
         * One error for all failures, sorted by path as compose-go sorts them (document order
         * among equal paths), each on its own line with its own location.
         */
        void failIfAnyFailed() {
            if (failures.isEmpty()) {
                return;
            }
            List<Failure> sorted = new ArrayList<>(failures);
            sorted.sort(Comparator.comparing(Failure::goPath));
            ComposeException first = sorted.get(0).error();
            if (sorted.size() == 1) {
                throw first;
            }
            StringBuilder problem = new StringBuilder(first.problem());
            for (Failure other : sorted.subList(1, sorted.size())) {
                problem.append('\n').append(other.error().getMessage());
            }
            throw new ComposeException(first.mark(), Optional.empty(), problem.toString(), first);
        }

        /**
         * The path as compose-go names it in interpolation errors, which already say where: keys
         * joined by dots, every sequence item as {@code []}.
         */
        private static String goPath(List<String> castPath) {
            return String.join(".", castPath);
        }

        private Optional<Mark> mark(YamlPath path) {
            return doc.marks().nearest(path);
        }

        private static List<String> append(List<String> path, String part) {
            List<String> next = new ArrayList<>(path.size() + 1);
            next.addAll(path);
            next.add(part);
            return next;
        }
    }
}
