package io.jcompose.engine.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.jcompose.engine.transport.AnswerDecoder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pieces the typed answers are read with, on jackson-core's streaming parser: each reader starts on
 * the value's first token and leaves the parser on its last. They give what databind gave for the same
 * field types, so the records' constructors apply the same {@link Absent} defaults: a JSON null is a
 * null string, map or list, and 0 or false for a number or boolean; scalars are accepted as text.
 */
final class AnswerReader {

    private AnswerReader() {
    }

    /**
     * The first field of the object the parser is on, with the parser moved to its value; null for an
     * empty object. Read the value (or {@link JsonParser#skipChildren()} it), then ask {@link #nextField}.
     */
    static String firstField(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw unexpected(parser, "an object");
        }
        return nextField(parser);
    }

    /** The next field, with the parser on its value; null at the end of the object. */
    static String nextField(JsonParser parser) throws IOException {
        String field = parser.nextFieldName();
        if (field != null) {
            parser.nextToken();
        }
        return field;
    }

    /** An object read by {@code reader}, or null for a JSON null. */
    static <T> T object(JsonParser parser, AnswerDecoder<T> reader) throws IOException {
        return parser.currentToken() == JsonToken.VALUE_NULL ? null : reader.read(parser);
    }

    static String text(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token == null || !token.isScalarValue()) {
            throw unexpected(parser, "a string");
        }
        return parser.getText();
    }

    static int integer(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return parser.getIntValue();
        }
        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            return parser.getValueAsInt();
        }
        return (int) numberOrZero(parser, "an integer", Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    static long longInteger(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return parser.getLongValue();
        }
        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            return parser.getValueAsLong();
        }
        return numberOrZero(parser, "an integer", Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** Null, an empty string or a number as text, as databind coerces them. */
    private static long numberOrZero(JsonParser parser, String expected, long min, long max) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return 0;
        }
        if (token == JsonToken.VALUE_STRING) {
            String text = parser.getText().strip();
            if (text.isEmpty()) {
                return 0;
            }
            try {
                long value = Long.parseLong(text);
                if (value >= min && value <= max) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw unexpected(parser, expected);
    }

    static boolean bool(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE || token == JsonToken.VALUE_NULL) {
            return token == JsonToken.VALUE_TRUE;
        }
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return parser.getLongValue() != 0;
        }
        if (token == JsonToken.VALUE_STRING) {
            String text = parser.getText().strip();
            if (text.isEmpty() || text.equalsIgnoreCase("false")) {
                return false;
            }
            if (text.equalsIgnoreCase("true")) {
                return true;
            }
        }
        throw unexpected(parser, "a boolean");
    }

    /** A list whose items {@code reader} reads (a JSON null item stays null); null for a JSON null. */
    static <T> List<T> list(JsonParser parser, AnswerDecoder<T> reader) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.START_ARRAY) {
            throw unexpected(parser, "an array");
        }
        List<T> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(object(parser, reader));
        }
        return items;
    }

    /** A map whose values {@code reader} reads (a JSON null value stays null); null for a JSON null. */
    static <T> Map<String, T> map(JsonParser parser, AnswerDecoder<T> reader) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        Map<String, T> entries = new LinkedHashMap<>();
        for (String field = firstField(parser); field != null; field = nextField(parser)) {
            entries.put(field, object(parser, reader));
        }
        return entries;
    }

    static List<String> texts(JsonParser parser) throws IOException {
        return list(parser, AnswerReader::text);
    }

    static Map<String, String> textMap(JsonParser parser) throws IOException {
        return map(parser, AnswerReader::text);
    }

    /** A map of untyped values (HostConfig, ExposedPorts, ...); null for a JSON null. */
    static Map<String, Object> untypedMap(JsonParser parser) throws IOException {
        return map(parser, AnswerReader::untyped);
    }

    /**
     * Any value as databind's untyped reading gives it: objects as LinkedHashMap, arrays as ArrayList,
     * integers as Integer, Long or BigInteger (the smallest that holds them), other numbers as Double.
     * The reconciler compares these maps with what it would create, so the number types matter.
     */
    static Object untyped(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null) {
            throw unexpected(parser, "a value");
        }
        return switch (token) {
            case START_OBJECT -> {
                Map<String, Object> entries = new LinkedHashMap<>();
                for (String field = firstField(parser); field != null; field = nextField(parser)) {
                    entries.put(field, untyped(parser));
                }
                yield entries;
            }
            case START_ARRAY -> {
                List<Object> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(untyped(parser));
                }
                yield items;
            }
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> parser.getNumberValue();
            case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            case VALUE_EMBEDDED_OBJECT -> parser.getEmbeddedObject();
            default -> throw unexpected(parser, "a value");
        };
    }

    /** The {@code Id} of a create answer ({@code {"Id": "...", "Warnings": [...]}}); empty when absent. */
    static String id(JsonParser parser) throws IOException {
        String id = null;
        for (String field = firstField(parser); field != null; field = nextField(parser)) {
            if (field.equals("Id")) {
                id = text(parser);
            } else {
                parser.skipChildren();
            }
        }
        return Absent.text(id);
    }

    private static JsonParseException unexpected(JsonParser parser, String expected) {
        JsonToken token = parser.currentToken();
        return new JsonParseException(parser, "expected " + expected + " but found "
                + (token == null ? "the end of the answer" : token.asString() == null ? token.name() : token.asString()));
    }
}
