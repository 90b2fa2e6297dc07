package io.jcompose.engine.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** A row of {@code GET /images/json}. */
public record ImageSummary(
        @JsonProperty("Id") String id,
        @JsonProperty("RepoTags") List<String> repoTags,
        @JsonProperty("RepoDigests") List<String> repoDigests,
        @JsonProperty("Created") long created,
        @JsonProperty("Size") long size,
        @JsonProperty("Labels") Map<String, String> labels) {

    public ImageSummary {
        id = Absent.text(id);
        repoTags = Absent.list(repoTags);
        repoDigests = Absent.list(repoDigests);
        labels = Absent.map(labels);
    }
}
