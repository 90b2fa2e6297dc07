package io.jcompose.spec.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** How to build a service's image. */
public record BuildConfig(Optional<String> context,
                          Optional<String> dockerfile,
                          Optional<String> dockerfileInline,
                          List<String> entitlements,
                          Map<String, Optional<String>> args,
                          Optional<String> provenance,
                          Optional<String> sbom,
                          List<String> ssh,
                          Map<String, String> labels,
                          List<String> cacheFrom,
                          List<String> cacheTo,
                          boolean noCache,
                          List<String> noCacheFilter,
                          Map<String, String> additionalContexts,
                          boolean pull,
                          List<String> extraHosts,
                          Optional<String> isolation,
                          Optional<String> network,
                          Optional<String> target,
                          List<FileReference> secrets,
                          Optional<Long> shmSize,
                          List<String> tags,
                          Map<String, Ulimit> ulimits,
                          List<String> platforms,
                          boolean privileged,
                          Map<String, Object> extensions) {

    public BuildConfig {
        Objects.requireNonNull(context);
        Objects.requireNonNull(dockerfile);
        Objects.requireNonNull(dockerfileInline);
        entitlements = List.copyOf(entitlements);
        args = Trees.sorted(args);
        Objects.requireNonNull(provenance);
        Objects.requireNonNull(sbom);
        ssh = List.copyOf(ssh);
        labels = Trees.sorted(labels);
        cacheFrom = List.copyOf(cacheFrom);
        cacheTo = List.copyOf(cacheTo);
        noCacheFilter = List.copyOf(noCacheFilter);
        additionalContexts = Trees.sorted(additionalContexts);
        extraHosts = List.copyOf(extraHosts);
        Objects.requireNonNull(isolation);
        Objects.requireNonNull(network);
        Objects.requireNonNull(target);
        secrets = List.copyOf(secrets);
        Objects.requireNonNull(shmSize);
        tags = List.copyOf(tags);
        ulimits = Trees.sorted(ulimits);
        platforms = List.copyOf(platforms);
        extensions = Trees.sorted(extensions);
    }

    static BuildConfig fromTree(Map<String, Object> tree) {
        return new BuildConfig(
                Trees.str(tree, "context"),
                Trees.str(tree, "dockerfile"),
                Trees.str(tree, "dockerfile_inline"),
                Trees.strs(tree, "entitlements"),
                Trees.envmap(tree, "args"),
                Trees.str(tree, "provenance"),
                Trees.str(tree, "sbom"),
                Trees.strs(tree, "ssh"),
                Trees.map(tree, "labels"),
                Trees.strs(tree, "cache_from"),
                Trees.strs(tree, "cache_to"),
                Trees.bool(tree, "no_cache"),
                Trees.strs(tree, "no_cache_filter"),
                Trees.map(tree, "additional_contexts"),
                Trees.bool(tree, "pull"),
                Trees.strs(tree, "extra_hosts"),
                Trees.str(tree, "isolation"),
                Trees.str(tree, "network"),
                Trees.str(tree, "target"),
                Trees.objs(tree, "secrets", FileReference::fromTree),
                Trees.bytes(tree, "shm_size"),
                Trees.strs(tree, "tags"),
                Trees.objmap(tree, "ulimits", Ulimit::fromTree),
                Trees.strs(tree, "platforms"),
                Trees.bool(tree, "privileged"),
                Trees.extensions(tree));
    }

    Map<String, Object> toTree() {
        return new TreeBuilder()
                .str("context", context)
                .str("dockerfile", dockerfile)
                .str("dockerfile_inline", dockerfileInline)
                .strs("entitlements", entitlements)
                .envmap("args", args)
                .str("provenance", provenance)
                .str("sbom", sbom)
                .strs("ssh", ssh)
                .map("labels", labels)
                .strs("cache_from", cacheFrom)
                .strs("cache_to", cacheTo)
                .bool("no_cache", noCache)
                .strs("no_cache_filter", noCacheFilter)
                .map("additional_contexts", additionalContexts)
                .bool("pull", pull)
                .strs("extra_hosts", extraHosts)
                .str("isolation", isolation)
                .str("network", network)
                .str("target", target)
                .objs("secrets", secrets, FileReference::toTree)
                .bytes("shm_size", shmSize)
                .strs("tags", tags)
                .objmap("ulimits", ulimits, Ulimit::toTree)
                .strs("platforms", platforms)
                .bool("privileged", privileged)
                .extensions(extensions)
                .build();
    }
}
