package io.jcompose.engine.api;

import java.util.List;
import java.util.Map;

/**
 * Query of {@code POST /build}: tags, the Dockerfile path inside the context, build args, labels,
 * target stage, and whether to pull base images or skip the cache.
 */
public record BuildOptions(List<String> tags, String dockerfile, Map<String, String> buildArgs,
                           Map<String, String> labels, String target, boolean pull, boolean noCache) {

    public BuildOptions {
        tags = List.copyOf(tags);
        buildArgs = Map.copyOf(buildArgs);
        labels = Map.copyOf(labels);
    }

    public static BuildOptions tagged(String tag) {
        return new BuildOptions(List.of(tag), "", Map.of(), Map.of(), "", false, false);
    }

    public BuildOptions withLabels(Map<String, String> newLabels) {
        return new BuildOptions(tags, dockerfile, buildArgs, newLabels, target, pull, noCache);
    }

    public BuildOptions withDockerfile(String newDockerfile) {
        return new BuildOptions(tags, newDockerfile, buildArgs, labels, target, pull, noCache);
    }

    public BuildOptions withBuildArgs(Map<String, String> newBuildArgs) {
        return new BuildOptions(tags, dockerfile, newBuildArgs, labels, target, pull, noCache);
    }
}
