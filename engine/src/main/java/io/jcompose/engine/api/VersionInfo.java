package io.jcompose.engine.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code GET /version}: the engine's release and the API versions it speaks. */
public record VersionInfo(
        @JsonProperty("Version") String version,
        @JsonProperty("ApiVersion") String apiVersion,
        @JsonProperty("MinAPIVersion") String minApiVersion,
        @JsonProperty("GitCommit") String gitCommit,
        @JsonProperty("GoVersion") String goVersion,
        @JsonProperty("Os") String os,
        @JsonProperty("Arch") String arch,
        @JsonProperty("KernelVersion") String kernelVersion) {

    public VersionInfo {
        version = Absent.text(version);
        apiVersion = Absent.text(apiVersion);
        minApiVersion = Absent.text(minApiVersion);
        gitCommit = Absent.text(gitCommit);
        goVersion = Absent.text(goVersion);
        os = Absent.text(os);
        arch = Absent.text(arch);
        kernelVersion = Absent.text(kernelVersion);
    }
}
