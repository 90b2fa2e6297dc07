package io.jcompose.spec.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import io.jcompose.spec.tree.YamlPath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one schema error worth showing, phrased the way compose phrases it.
 *
 * <p>A bad value usually fails several ways at once (every {@code oneOf} alternative reports
 * its own mismatch), so like compose we keep the error on the deepest node, preferring an unknown
 * key, then a missing key, then a wrong type, then a wrong value; when all that is left at that
 * node is "no alternative matched its type", the alternatives' types are listed together
 * ({@code must be a list or mapping}).
 *
 * @param path the YAML path the message names
 * @param markPath where to point: the offending key for unknown keys, else {@code path}
 * @param problem what was expected, without the path
 */
record SchemaViolation(YamlPath path, YamlPath markPath, String problem) {

    /** {@code .../oneOf/1/type} or {@code .../anyOf/0/$ref/type}: one alternative's type check. */
    private static final Pattern ALTERNATIVE_TYPE = Pattern.compile(".*/(oneOf|anyOf)/(\\d+)(/\\$ref)*/type$");

    static SchemaViolation mostSpecific(List<Error> all, JsonInstance instance) {
        List<Error> errors = withoutMootErrors(all);
        Error chosen = errors.stream()
                .min(Comparator.comparingInt((Error e) -> -depth(e)).thenComparingInt(SchemaViolation::rank))
                .orElseThrow();
        YamlPath path = instance.yamlPath(elements(chosen.getInstanceLocation()));
        return switch (chosen.getKeyword()) {
            case "additionalProperties" -> new SchemaViolation(path, path.key(chosen.getProperty()),
                    "Additional property " + chosen.getProperty() + " is not allowed");
            case "required" -> new SchemaViolation(path, path, chosen.getProperty() + " is required");
            case "type" -> new SchemaViolation(path, path, "must be " + withArticle(expectedTypes(chosen, errors)));
            default -> new SchemaViolation(path, path, describe(chosen, instance));
        };
    }

    /**
     * Drops the errors of alternatives that already failed on type: once {@code gpus: 5} is
     * neither a string nor a list, the first alternative's {@code enum: [all]} adds nothing.
     */
    private static List<Error> withoutMootErrors(List<Error> errors) {
        Set<String> failedAlternatives = new HashSet<>();
        for (Error error : errors) {
            if ("type".equals(error.getKeyword()) && isAlternativeType(error)) {
                failedAlternatives.add(alternativeOf(error.getEvaluationPath().toString()));
            }
        }
        if (failedAlternatives.isEmpty()) {
            return errors;
        }
        List<Error> kept = new ArrayList<>();
        for (Error error : errors) {
            String path = error.getEvaluationPath().toString();
            boolean moot = !"type".equals(error.getKeyword()) && failedAlternatives.stream().anyMatch(path::startsWith);
            if (!moot) {
                kept.add(error);
            }
        }
        return kept;
    }

    /** {@code .../oneOf/1/$ref/type} -> {@code .../oneOf/1/}. */
    private static String alternativeOf(String typeErrorPath) {
        Matcher matcher = ALTERNATIVE_TYPE.matcher(typeErrorPath);
        matcher.matches();
        return typeErrorPath.substring(0, matcher.end(2)) + "/";
    }

    private static int depth(Error error) {
        return error.getInstanceLocation().getNameCount();
    }

    private static int rank(Error error) {
        return switch (error.getKeyword()) {
            case "additionalProperties" -> 0;
            case "required" -> 1;
            case "type" -> isAlternativeType(error) ? 4 : 2;
            case "oneOf", "anyOf" -> 5;
            default -> 3;
        };
    }

    private static boolean isAlternativeType(Error error) {
        return ALTERNATIVE_TYPE.matcher(error.getEvaluationPath().toString()).matches();
    }

    /** The types the node may have: all alternatives' types when no alternative matched. */
    private static List<String> expectedTypes(Error chosen, List<Error> errors) {
        Set<String> types = new LinkedHashSet<>();
        if (isAlternativeType(chosen)) {
            for (Error error : errors) {
                if ("type".equals(error.getKeyword()) && isAlternativeType(error)
                        && error.getInstanceLocation().equals(chosen.getInstanceLocation())) {
                    types.addAll(typesOf(error));
                }
            }
        } else {
            types.addAll(typesOf(chosen));
        }
        return new ArrayList<>(types);
    }

    private static List<String> typesOf(Error error) {
        Object[] arguments = error.getArguments();
        String expected = arguments != null && arguments.length > 1 ? String.valueOf(arguments[1]) : "";
        String bare = expected.startsWith("[") && expected.endsWith("]")
                ? expected.substring(1, expected.length() - 1) : expected;
        List<String> types = new ArrayList<>();
        for (String type : bare.split(",")) {
            String name = type.trim();
            if (!name.isEmpty()) {
                types.add(humanType(name));
            }
        }
        return types;
    }

    private static String humanType(String jsonType) {
        return switch (jsonType) {
            case "object" -> "mapping";
            case "array" -> "list";
            default -> jsonType;
        };
    }

    private static String withArticle(List<String> types) {
        if (types.isEmpty()) {
            return "of another type";
        }
        String first = types.get(0);
        String article = "aeiou".indexOf(first.charAt(0)) >= 0 ? "an " : "a ";
        if (types.size() == 1) {
            return article + first;
        }
        return article + String.join(", ", types.subList(0, types.size() - 1)) + " or " + types.get(types.size() - 1);
    }

    private static String describe(Error error, JsonInstance instance) {
        Object[] arguments = error.getArguments();
        String first = arguments != null && arguments.length > 0 ? String.valueOf(arguments[0]) : "";
        return switch (error.getKeyword()) {
            case "enum" -> "must be one of the following: " + enumValues(error, first);
            case "pattern" -> "does not match pattern '" + first + "'";
            case "minimum" -> "must be greater than or equal to " + first;
            case "maximum" -> "must be less than or equal to " + first;
            case "exclusiveMinimum" -> "must be greater than " + first;
            case "exclusiveMaximum" -> "must be less than " + first;
            case "minLength" -> "must be at least " + first + " characters long";
            case "maxLength" -> "must be at most " + first + " characters long";
            case "minItems" -> "must have at least " + first + " items";
            case "maxItems" -> "must have at most " + first + " items";
            case "uniqueItems" -> duplicates(error);
            case "oneOf" -> "must match exactly one of its allowed forms";
            case "anyOf" -> "must match one of its allowed forms";
            case "const" -> "must be " + first;
            default -> error.getMessage().toLowerCase(Locale.ROOT);
        };
    }

    private static String enumValues(Error error, String fallback) {
        JsonNode allowed = error.getSchemaNode();
        if (allowed == null || !allowed.isArray()) {
            return fallback;
        }
        List<String> values = new ArrayList<>();
        allowed.forEach(value -> values.add(value.toString()));
        return String.join(", ", values);
    }

    private static String duplicates(Error error) {
        JsonNode items = error.getInstanceNode();
        if (items != null && items.isArray()) {
            for (int i = 0; i < items.size(); i++) {
                for (int j = i + 1; j < items.size(); j++) {
                    if (items.get(i).equals(items.get(j))) {
                        return "must not contain duplicate items (" + i + " and " + j + " are both " + items.get(i) + ")";
                    }
                }
            }
        }
        return "must not contain duplicate items";
    }

    static List<Object> elements(NodePath location) {
        List<Object> elements = new ArrayList<>(location.getNameCount());
        for (int i = 0; i < location.getNameCount(); i++) {
            elements.add(location.getElement(i));
        }
        return elements;
    }
}
