package io.jcompose.engine.api;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** A row of {@code GET /images/json}. */
public record ImageSummary(
        String id,
        List<String> repoTags,
        List<String> repoDigests,
        long created,
        long size,
        Map<String, String> labels) {

    public ImageSummary {
        id = Absent.text(id);
        repoTags = Absent.list(repoTags);
        repoDigests = Absent.list(repoDigests);
        labels = Absent.map(labels);
    }

    /** A row as {@code GET /images/json} answers it. */
    static ImageSummary read(JsonParser parser) throws IOException {
        String id = null;
        List<String> repoTags = null;
        List<String> repoDigests = null;
        long created = 0;
        long size = 0;
        Map<String, String> labels = null;
        for (String field = AnswerReader.firstField(parser); field != null;
                field = AnswerReader.nextField(parser)) {
            switch (field) {
                case "Id" -> id = AnswerReader.text(parser);
                case "RepoTags" -> repoTags = AnswerReader.texts(parser);
                case "RepoDigests" -> repoDigests = AnswerReader.texts(parser);
                case "Created" -> created = AnswerReader.longInteger(parser);
                case "Size" -> size = AnswerReader.longInteger(parser);
                case "Labels" -> labels = AnswerReader.textMap(parser);
                default -> parser.skipChildren();
            }
        }
        return new ImageSummary(id, repoTags, repoDigests, created, size, labels);
    }
}
