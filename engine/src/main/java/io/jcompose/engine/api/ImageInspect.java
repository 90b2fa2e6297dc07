package io.jcompose.engine.api;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** {@code GET /images/{name}/json}: identity, platform, and the config containers inherit. */
public record ImageInspect(
        String id,
        List<String> repoTags,
        List<String> repoDigests,
        String created,
        String architecture,
        String os,
        long size,
        Config config,
        Metadata metadata) {

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

    /** An inspect answer as {@code GET /images/{name}/json} gives it. */
    static ImageInspect read(JsonParser parser) throws IOException {
        String id = null;
        List<String> repoTags = null;
        List<String> repoDigests = null;
        String created = null;
        String architecture = null;
        String os = null;
        long size = 0;
        Config config = null;
        Metadata metadata = null;
        for (String field = AnswerReader.firstField(parser); field != null;
                field = AnswerReader.nextField(parser)) {
            switch (field) {
                case "Id" -> id = AnswerReader.text(parser);
                case "RepoTags" -> repoTags = AnswerReader.texts(parser);
                case "RepoDigests" -> repoDigests = AnswerReader.texts(parser);
                case "Created" -> created = AnswerReader.text(parser);
                case "Architecture" -> architecture = AnswerReader.text(parser);
                case "Os" -> os = AnswerReader.text(parser);
                case "Size" -> size = AnswerReader.longInteger(parser);
                case "Config" -> config = AnswerReader.object(parser, Config::read);
                case "Metadata" -> metadata = AnswerReader.object(parser, Metadata::read);
                default -> parser.skipChildren();
            }
        }
        return new ImageInspect(id, repoTags, repoDigests, created, architecture, os, size, config, metadata);
    }

    /**
     * When the engine last tagged the image (RFC 3339; the zero time {@code 0001-01-01T00:00:00Z} when it never
     * recorded one): the time-based pull policies compare it with their period.
     */
    public record Metadata(String lastTagTime) {

        public Metadata {
            lastTagTime = Absent.text(lastTagTime);
        }

        static Metadata read(JsonParser parser) throws IOException {
            String lastTagTime = null;
            for (String field = AnswerReader.firstField(parser); field != null;
                    field = AnswerReader.nextField(parser)) {
                switch (field) {
                    case "LastTagTime" -> lastTagTime = AnswerReader.text(parser);
                    default -> parser.skipChildren();
                }
            }
            return new Metadata(lastTagTime);
        }
    }

    public record Config(
            List<String> env,
            List<String> cmd,
            List<String> entrypoint,
            String workingDir,
            String user,
            Map<String, String> labels,
            Map<String, Object> exposedPorts,
            Map<String, Object> volumes) {

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

        static Config read(JsonParser parser) throws IOException {
            List<String> env = null;
            List<String> cmd = null;
            List<String> entrypoint = null;
            String workingDir = null;
            String user = null;
            Map<String, String> labels = null;
            Map<String, Object> exposedPorts = null;
            Map<String, Object> volumes = null;
            for (String field = AnswerReader.firstField(parser); field != null;
                    field = AnswerReader.nextField(parser)) {
                switch (field) {
                    case "Env" -> env = AnswerReader.texts(parser);
                    case "Cmd" -> cmd = AnswerReader.texts(parser);
                    case "Entrypoint" -> entrypoint = AnswerReader.texts(parser);
                    case "WorkingDir" -> workingDir = AnswerReader.text(parser);
                    case "User" -> user = AnswerReader.text(parser);
                    case "Labels" -> labels = AnswerReader.textMap(parser);
                    case "ExposedPorts" -> exposedPorts = AnswerReader.untypedMap(parser);
                    case "Volumes" -> volumes = AnswerReader.untypedMap(parser);
                    default -> parser.skipChildren();
                }
            }
            return new Config(env, cmd, entrypoint, workingDir, user, labels, exposedPorts, volumes);
        }
    }
}
