package io.jcompose.engine.transport;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;

/**
 * JSON for the engine with jackson-core only: the one {@link JsonFactory}, and request bodies and JSON
 * query parameters written from trees of maps, lists, strings, numbers, booleans and nulls. Creating
 * databind's ObjectMapper costs ~30 ms at startup (date formats, time zones, locale data), which the
 * common commands need not pay.
 */
public final class EngineJson {

    /** Thread-safe and cheap; shared by every parser and generator. */
    public static final JsonFactory FACTORY = new JsonFactory();

    private EngineJson() {
    }

    /**
     * Initialises the parser's classes: the first parser initialises {@code java.math.BigDecimal}, whose static
     * initialiser computes 5^65536 on JDK 25 (10-15 ms of CPU).
     */
    static void parseSample() {
        try (JsonParser parser = FACTORY.createParser(new byte[] {'0'})) {
            parser.nextToken();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code tree} as UTF-8 JSON; anything but a map, iterable, string, number, boolean or null is refused. */
    public static byte[] write(Object tree) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator generator = FACTORY.createGenerator(bytes)) {
            write(generator, tree);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write JSON for the engine: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    /** Writes {@code value}, a tree as {@link #write(Object)} takes, with {@code generator}. */
    public static void write(JsonGenerator generator, Object value) throws IOException {
        if (value == null) {
            generator.writeNull();
        } else if (value instanceof String text) {
            generator.writeString(text);
        } else if (value instanceof Boolean bool) {
            generator.writeBoolean(bool);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte) {
            generator.writeNumber(((Number) value).longValue());
        } else if (value instanceof Double number) {
            generator.writeNumber(number);
        } else if (value instanceof Float number) {
            generator.writeNumber(number);
        } else if (value instanceof BigInteger number) {
            generator.writeNumber(number);
        } else if (value instanceof BigDecimal number) {
            generator.writeNumber(number);
        } else if (value instanceof Map<?, ?> map) {
            generator.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                generator.writeFieldName(String.valueOf(entry.getKey()));
                write(generator, entry.getValue());
            }
            generator.writeEndObject();
        } else if (value instanceof Iterable<?> items) {
            generator.writeStartArray();
            for (Object item : items) {
                write(generator, item);
            }
            generator.writeEndArray();
        } else {
            throw new IllegalArgumentException("cannot write JSON for the engine: a "
                    + value.getClass().getName() + " is not a map, list, string, number or boolean");
        }
    }
}
