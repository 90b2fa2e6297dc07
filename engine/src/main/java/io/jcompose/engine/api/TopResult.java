package io.jcompose.engine.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** {@code GET /containers/{id}/top}: ps column titles and one row per process. */
public record TopResult(@JsonProperty("Titles") List<String> titles,
                        @JsonProperty("Processes") List<List<String>> processes) {

    public TopResult {
        titles = Absent.list(titles);
        processes = Absent.list(processes);
    }
}
