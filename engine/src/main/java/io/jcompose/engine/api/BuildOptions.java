package io.jcompose.engine.api;

import java.util.List;
import java.util.Map;

/**
 * Query of {@code POST /build}: tags, the Dockerfile path inside the context, build args, labels,
 * target stage, whether to pull base images or skip the cache, and the classic builder's network
 * mode, extra hosts ({@code host:ip}), {@code /dev/shm} size in bytes (0: the engine's default) and
 * cache source images.
 */
public record BuildOptions(List<String> tags, String dockerfile, Map<String, String> buildArgs,
                           Map<String, String> labels, String target, boolean pull, boolean noCache,
                           String networkMode, List<String> extraHosts, long shmSize, List<String> cacheFrom) {

    public BuildOptions {
        tags = List.copyOf(tags);
        buildArgs = Map.copyOf(buildArgs);
        labels = Map.copyOf(labels);
        extraHosts = List.copyOf(extraHosts);
        cacheFrom = List.copyOf(cacheFrom);
    }

    public BuildOptions(List<String> tags, String dockerfile, Map<String, String> buildArgs,
                        Map<String, String> labels, String target, boolean pull, boolean noCache) {
        this(tags, dockerfile, buildArgs, labels, target, pull, noCache, "", List.of(), 0, List.of());
    }

    public static BuildOptions tagged(String tag) {
        return new BuildOptions(List.of(tag), "", Map.of(), Map.of(), "", false, false);
    }

    public BuildOptions withLabels(Map<String, String> newLabels) {
        return new BuildOptions(tags, dockerfile, buildArgs, newLabels, target, pull, noCache,
                networkMode, extraHosts, shmSize, cacheFrom);
    }

    public BuildOptions withDockerfile(String newDockerfile) {
        return new BuildOptions(tags, newDockerfile, buildArgs, labels, target, pull, noCache,
                networkMode, extraHosts, shmSize, cacheFrom);
    }

    public BuildOptions withBuildArgs(Map<String, String> newBuildArgs) {
        return new BuildOptions(tags, dockerfile, newBuildArgs, labels, target, pull, noCache,
                networkMode, extraHosts, shmSize, cacheFrom);
    }
}
