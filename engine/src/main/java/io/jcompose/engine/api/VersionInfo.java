package io.jcompose.engine.api;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/** {@code GET /version}: the engine's release and the API versions it speaks. */
public record VersionInfo(
        String version,
        String apiVersion,
        String minApiVersion,
        String gitCommit,
        String goVersion,
        String os,
        String arch,
        String kernelVersion) {

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

    static VersionInfo read(JsonParser parser) throws IOException {
        String version = null;
        String apiVersion = null;
        String minApiVersion = null;
        String gitCommit = null;
        String goVersion = null;
        String os = null;
        String arch = null;
        String kernelVersion = null;
        for (String field = AnswerReader.firstField(parser); field != null;
                field = AnswerReader.nextField(parser)) {
            switch (field) {
                case "Version" -> version = AnswerReader.text(parser);
                case "ApiVersion" -> apiVersion = AnswerReader.text(parser);
                case "MinAPIVersion" -> minApiVersion = AnswerReader.text(parser);
                case "GitCommit" -> gitCommit = AnswerReader.text(parser);
                case "GoVersion" -> goVersion = AnswerReader.text(parser);
                case "Os" -> os = AnswerReader.text(parser);
                case "Arch" -> arch = AnswerReader.text(parser);
                case "KernelVersion" -> kernelVersion = AnswerReader.text(parser);
                default -> parser.skipChildren();
            }
        }
        return new VersionInfo(version, apiVersion, minApiVersion, gitCommit, goVersion, os, arch, kernelVersion);
    }
}
