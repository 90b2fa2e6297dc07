package io.jcompose.spec.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jcompose.spec.tree.Tagged;
import io.jcompose.spec.tree.YamlPath;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Compose tree as the JSON instance the schema validates, plus the way back from a JSON
 * location to the YAML path it came from.
 *
 * <p>Merge tags are transparent here: {@code !reset} entries are left out (compose drops them
 * before validating) and {@code !override} stands for its inner value. Dropping a sequence entry
 * shifts the indices after it, so each such array remembers the original index of every item.
 */
final class JsonInstance {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode root;
    private final Map<JsonNode, int[]> originalIndices = new IdentityHashMap<>();

    private JsonInstance(Map<String, Object> tree) {
        this.root = convert(tree);
    }

    static JsonInstance of(Map<String, Object> tree) {
        return new JsonInstance(tree);
    }

    JsonNode root() {
        return root;
    }

    /** The YAML path of the node at the given JSON location (names and indices from the root). */
    YamlPath yamlPath(List<Object> jsonLocation) {
        List<String> segments = new ArrayList<>(jsonLocation.size());
        JsonNode at = root;
        for (Object element : jsonLocation) {
            if (element instanceof Integer index) {
                int[] original = at == null ? null : originalIndices.get(at);
                segments.add(Integer.toString(original != null && index < original.length ? original[index] : index));
                at = at == null ? null : at.get(index);
            } else {
                String name = String.valueOf(element);
                segments.add(name);
                at = at == null ? null : at.get(name);
            }
        }
        return new YamlPath(segments);
    }

    private JsonNode convert(Object value) {
        Object plain = value instanceof Tagged.Override override ? override.value() : value;
        if (plain == null) {
            return NODES.nullNode();
        }
        if (plain instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getValue() instanceof Tagged.Reset)) {
                    object.set(String.valueOf(entry.getKey()), convert(entry.getValue()));
                }
            }
            return object;
        }
        if (plain instanceof List<?> list) {
            return convertList(list);
        }
        if (plain instanceof String text) {
            return NODES.textNode(text);
        }
        if (plain instanceof Boolean bool) {
            return NODES.booleanNode(bool);
        }
        if (plain instanceof Long number) {
            return NODES.numberNode(number);
        }
        if (plain instanceof Integer number) {
            return NODES.numberNode(number);
        }
        if (plain instanceof Double number) {
            return NODES.numberNode(number);
        }
        if (plain instanceof BigInteger number) {
            return NODES.numberNode(number);
        }
        if (plain instanceof BigDecimal number) {
            return NODES.numberNode(number);
        }
        if (plain instanceof Number number) {
            return NODES.numberNode(number.doubleValue());
        }
        if (plain instanceof Tagged.Reset) {
            return NODES.nullNode();
        }
        return NODES.textNode(plain.toString());
    }

    private ArrayNode convertList(List<?> list) {
        ArrayNode array = NODES.arrayNode(list.size());
        int[] original = new int[list.size()];
        boolean shifted = false;
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            if (item instanceof Tagged.Reset) {
                shifted = true;
                continue;
            }
            original[array.size()] = i;
            array.add(convert(item));
        }
        if (shifted) {
            originalIndices.put(array, original);
        }
        return array;
    }
}
