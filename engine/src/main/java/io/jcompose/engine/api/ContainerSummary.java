package io.jcompose.engine.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** A row of {@code GET /containers/json}. Names carry the engine's leading slash. */
public record ContainerSummary(
        @JsonProperty("Id") String id,
        @JsonProperty("Names") List<String> names,
        @JsonProperty("Image") String image,
        @JsonProperty("ImageID") String imageId,
        @JsonProperty("Command") String command,
        @JsonProperty("Created") long created,
        @JsonProperty("State") String state,
        @JsonProperty("Status") String status,
        @JsonProperty("Labels") Map<String, String> labels) {

    public ContainerSummary {
        id = Absent.text(id);
        names = Absent.list(names);
        image = Absent.text(image);
        imageId = Absent.text(imageId);
        command = Absent.text(command);
        state = Absent.text(state);
        status = Absent.text(status);
        labels = Absent.map(labels);
    }

    /** The first name without the leading slash. */
    public String name() {
        return names.isEmpty() ? "" : names.get(0).replaceFirst("^/", "");
    }
}
