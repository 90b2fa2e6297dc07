package io.jcompose.engine.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** A volume as {@code GET /volumes} and {@code GET /volumes/{name}} describe it. */
public record Volume(
        @JsonProperty("Name") String name,
        @JsonProperty("Driver") String driver,
        @JsonProperty("Mountpoint") String mountpoint,
        @JsonProperty("CreatedAt") String createdAt,
        @JsonProperty("Scope") String scope,
        @JsonProperty("Labels") Map<String, String> labels,
        @JsonProperty("Options") Map<String, String> options) {

    public Volume {
        name = Absent.text(name);
        driver = Absent.text(driver);
        mountpoint = Absent.text(mountpoint);
        createdAt = Absent.text(createdAt);
        scope = Absent.text(scope);
        labels = Absent.map(labels);
        options = Absent.map(options);
    }
}
