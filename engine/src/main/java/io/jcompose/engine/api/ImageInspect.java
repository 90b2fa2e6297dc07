package io.jcompose.engine.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** {@code GET /images/{name}/json}: identity, platform, and the config containers inherit. */
public record ImageInspect(
        @JsonProperty("Id") String id,
        @JsonProperty("RepoTags") List<String> repoTags,
        @JsonProperty("RepoDigests") List<String> repoDigests,
        @JsonProperty("Created") String created,
        @JsonProperty("Architecture") String architecture,
        @JsonProperty("Os") String os,
        @JsonProperty("Size") long size,
        @JsonProperty("Config") Config config,
        @JsonProperty("Metadata") Metadata metadata) {

    public ImageInspect {
        id = Absent.text(id);
        repoTags = Absent.list(repoTags);
        repoDigests = Absent.list(repoDigests);
        created = Absent.text(created);
        architecture = Absent.text(architecture);
        os = Absent.text(os);
        config = config == null ? new Config(null, null, null, null, null, null, null, null) : config;
        metadata = metadata == null ? new Metadata(null) : metadata;
    }

    /**
     * When the engine last tagged the image (RFC 3339; the zero time {@code 0001-01-01T00:00:00Z} when it never
     * recorded one): the time-based pull policies compare it with their period.
     */
    public record Metadata(@JsonProperty("LastTagTime") String lastTagTime) {

        public Metadata {
            lastTagTime = Absent.text(lastTagTime);
        }
    }

    public record Config(
            @JsonProperty("Env") List<String> env,
            @JsonProperty("Cmd") List<String> cmd,
            @JsonProperty("Entrypoint") List<String> entrypoint,
            @JsonProperty("WorkingDir") String workingDir,
            @JsonProperty("User") String user,
            @JsonProperty("Labels") Map<String, String> labels,
            @JsonProperty("ExposedPorts") Map<String, Object> exposedPorts,
            @JsonProperty("Volumes") Map<String, Object> volumes) {

        public Config {
            env = Absent.list(env);
            cmd = Absent.list(cmd);
            entrypoint = Absent.list(entrypoint);
            workingDir = Absent.text(workingDir);
            user = Absent.text(user);
            labels = Absent.map(labels);
            exposedPorts = Absent.map(exposedPorts);
            volumes = Absent.map(volumes);
        }
    }
}
