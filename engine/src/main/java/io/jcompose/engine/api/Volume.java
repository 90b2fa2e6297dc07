package io.jcompose.engine.api;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.Map;

/** A volume as {@code GET /volumes} and {@code GET /volumes/{name}} describe it. */
public record Volume(
        String name,
        String driver,
        String mountpoint,
        String createdAt,
        String scope,
        Map<String, String> labels,
        Map<String, String> options) {

    public Volume {
        name = Absent.text(name);
        driver = Absent.text(driver);
        mountpoint = Absent.text(mountpoint);
        createdAt = Absent.text(createdAt);
        scope = Absent.text(scope);
        labels = Absent.map(labels);
        options = Absent.map(options);
    }

    /** A volume as {@code GET /volumes/{name}} and {@code POST /volumes/create} answer it. */
    static Volume read(JsonParser parser) throws IOException {
        String name = null;
        String driver = null;
        String mountpoint = null;
        String createdAt = null;
        String scope = null;
        Map<String, String> labels = null;
        Map<String, String> options = null;
        for (String field = AnswerReader.firstField(parser); field != null;
                field = AnswerReader.nextField(parser)) {
            switch (field) {
                case "Name" -> name = AnswerReader.text(parser);
                case "Driver" -> driver = AnswerReader.text(parser);
                case "Mountpoint" -> mountpoint = AnswerReader.text(parser);
                case "CreatedAt" -> createdAt = AnswerReader.text(parser);
                case "Scope" -> scope = AnswerReader.text(parser);
                case "Labels" -> labels = AnswerReader.textMap(parser);
                case "Options" -> options = AnswerReader.textMap(parser);
                default -> parser.skipChildren();
            }
        }
        return new Volume(name, driver, mountpoint, createdAt, scope, labels, options);
    }
}
