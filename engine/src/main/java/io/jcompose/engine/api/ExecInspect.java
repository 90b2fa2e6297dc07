package io.jcompose.engine.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code GET /exec/{id}/json}: whether the process still runs, and its exit code once it ended. */
public record ExecInspect(
        @JsonProperty("ID") String id,
        @JsonProperty("ContainerID") String containerId,
        @JsonProperty("Running") boolean running,
        @JsonProperty("ExitCode") int exitCode,
        @JsonProperty("Pid") int pid,
        @JsonProperty("OpenStdin") boolean openStdin) {

    public ExecInspect {
        id = Absent.text(id);
        containerId = Absent.text(containerId);
    }
}
