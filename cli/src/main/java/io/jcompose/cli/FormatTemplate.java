package io.jcompose.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import io.jcompose.engine.transport.EngineJson;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of docker's {@code --format} Go templates that scripts use: {@code {{.Field}}},
 * {@code {{json .}}}, {@code {{json .Field}}} and {@code {{.Label "key"}}}, literal text, {@code \t} and
 * {@code \n}; a {@code table } prefix aligns the output in columns under a header line.
 */
public final class FormatTemplate {

    private static final Pattern ACTION = Pattern.compile("\\{\\{-?\\s*(.*?)\\s*-?}}");
    private static final Pattern FIELD = Pattern.compile("\\.([A-Za-z][A-Za-z0-9]*)");
    private static final Pattern JSON_FIELD = Pattern.compile("json\\s+\\.([A-Za-z][A-Za-z0-9]*)?");
    private static final Pattern LABEL = Pattern.compile("\\.Label\\s+\"([^\"]*)\"");
    // jackson-core alone: databind's ObjectMapper costs some 30 ms to start and ~300 classes in the start-up cache
    private static final JsonFactory JSON = new JsonFactoryBuilder().characterEscapes(new GoEscapes()).build();

    /** Go's encoding/json escapes {@code <}, {@code >}, {@code &}, U+2028 and U+2029 as {@code \\u00XX}. */
    private static final class GoEscapes extends CharacterEscapes {

        private static final long serialVersionUID = 1L;
        private final int[] ascii = standardAsciiEscapesForJSON();

        GoEscapes() {
            ascii['<'] = ESCAPE_CUSTOM;
            ascii['>'] = ESCAPE_CUSTOM;
            ascii['&'] = ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == '<' || ch == '>' || ch == '&' || ch == 0x2028 || ch == 0x2029
                    ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }

    private final boolean table;
    private final List<Part> parts;

    private sealed interface Part permits Text, Field, Json, Label { }

    private record Text(String text) implements Part { }

    private record Field(String name) implements Part { }

    /** {@code name} empty means the whole object. */
    private record Json(String name) implements Part { }

    private record Label(String key) implements Part { }

    private FormatTemplate(boolean table, List<Part> parts) {
        this.table = table;
        this.parts = List.copyOf(parts);
    }

    /** Parses {@code source}; {@code known} are the field names the objects have. */
    public static FormatTemplate parse(String source, Set<String> known) {
        boolean table = source.startsWith("table");
        String text = (table ? source.substring("table".length()) : source).strip()
                .replace("\\t", "\t").replace("\\n", "\n");
        List<Part> parts = new ArrayList<>();
        Matcher action = ACTION.matcher(text);
        int at = 0;
        while (action.find()) {
            if (action.start() > at) {
                parts.add(new Text(text.substring(at, action.start())));
            }
            String body = action.group(1);
            Matcher m;
            if ((m = LABEL.matcher(body)).matches()) {
                parts.add(new Label(m.group(1)));
            } else if ((m = JSON_FIELD.matcher(body)).matches()) {
                parts.add(new Json(m.group(1) == null ? "" : requireKnown(m.group(1), known)));
            } else if (body.equals("json .")) {
                parts.add(new Json(""));
            } else if ((m = FIELD.matcher(body)).matches()) {
                parts.add(new Field(requireKnown(m.group(1), known)));
            } else {
                throw new IllegalArgumentException("template parsing error: unsupported action {{" + body
                        + "}}: jcompose supports {{.Field}}, {{json .}}, {{json .Field}} and {{.Label \"key\"}}");
            }
            at = action.end();
        }
        if (at < text.length()) {
            parts.add(new Text(text.substring(at)));
        }
        return new FormatTemplate(table, parts);
    }

    private static String requireKnown(String field, Set<String> known) {
        if (!known.contains(field)) {
            throw new IllegalArgumentException("template parsing error: template: :1: can't evaluate field "
                    + field + "; fields: " + String.join(", ", known.stream().sorted().toList()));
        }
        return field;
    }

    public boolean table() {
        return table;
    }

    /**
     * Renders each object on its own line; a table gets a header line (each field's title from
     * {@code header}) and aligned columns, docker's container layout.
     */
    public String render(List<Map<String, Object>> objects, Function<String, String> header) {
        List<String> lines = new ArrayList<>();
        if (table) {
            lines.add(apply(name -> header.apply(name), null));
        }
        for (Map<String, Object> object : objects) {
            lines.add(apply(name -> text(object.get(name)), object));
        }
        if (!table) {
            StringBuilder out = new StringBuilder();
            lines.forEach(line -> out.append(line).append('\n'));
            return out.toString();
        }
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines) {
            for (String physical : line.split("\n", -1)) {
                rows.add(List.of(physical.split("\t", -1)));
            }
        }
        return TabColumns.containers(rows);
    }

    private String apply(Function<String, String> field, Map<String, Object> object) {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            if (part instanceof Text t) {
                out.append(t.text());
            } else if (part instanceof Field f) {
                out.append(field.apply(f.name()));
            } else if (part instanceof Label l) {
                out.append(object == null ? "LABEL" : labelValue(object, l.key()));
            } else if (part instanceof Json j) {
                out.append(object == null ? field.apply(j.name())
                        : json(j.name().isEmpty() ? object : object.get(j.name())));
            }
        }
        return out.toString();
    }

    private static String labelValue(Map<String, Object> object, String key) {
        Object labels = object.get("Labels");
        if (labels instanceof String joined) {
            for (String pair : joined.split(",")) {
                if (pair.startsWith(key + "=")) {
                    return pair.substring(key.length() + 1);
                }
            }
        }
        return "";
    }

    /** {@code value} (maps, lists, strings, numbers, booleans, nulls) as Go's encoding/json writes it. */
    public static String json(Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = JSON.createGenerator(out)) {
            EngineJson.write(generator, value);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
        return out.toString();
    }

    /** Go's {@code %v}: a list of structs prints as {@code [{a b} {c d}]}. */
    private static String text(Object value) {
        if (value instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            for (Object item : list) {
                items.add(item instanceof Map<?, ?> map
                        ? "{" + String.join(" ", map.values().stream().map(String::valueOf).toList()) + "}"
                        : String.valueOf(item));
            }
            return "[" + String.join(" ", items) + "]";
        }
        return String.valueOf(value);
    }
}
