package io.jcompose.spec.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The {@code deploy} section. */
public record DeployConfig(Optional<String> mode,
                           Optional<Long> replicas,
                           Map<String, String> labels,
                           Optional<UpdateConfig> updateConfig,
                           Optional<UpdateConfig> rollbackConfig,
                           Optional<Resources> resources,
                           Optional<RestartPolicy> restartPolicy,
                           Optional<Placement> placement,
                           Optional<String> endpointMode,
                           Map<String, Object> extensions) {

    public DeployConfig {
        Objects.requireNonNull(mode);
        Objects.requireNonNull(replicas);
        labels = Trees.sorted(labels);
        Objects.requireNonNull(updateConfig);
        Objects.requireNonNull(rollbackConfig);
        Objects.requireNonNull(resources);
        Objects.requireNonNull(restartPolicy);
        Objects.requireNonNull(placement);
        Objects.requireNonNull(endpointMode);
        extensions = Trees.sorted(extensions);
    }

    static DeployConfig fromTree(Map<String, Object> tree) {
        return new DeployConfig(
                Trees.str(tree, "mode"),
                Trees.lng(tree, "replicas"),
                Trees.map(tree, "labels"),
                Trees.obj(tree, "update_config", UpdateConfig::fromTree),
                Trees.obj(tree, "rollback_config", UpdateConfig::fromTree),
                Trees.objNonEmpty(tree, "resources", Resources::fromTree),
                Trees.obj(tree, "restart_policy", RestartPolicy::fromTree),
                Trees.objNonEmpty(tree, "placement", Placement::fromTree),
                Trees.str(tree, "endpoint_mode"),
                Trees.extensions(tree));
    }

    Map<String, Object> toTree() {
        return new TreeBuilder()
                .str("mode", mode)
                .lng("replicas", replicas)
                .map("labels", labels)
                .obj("update_config", updateConfig, UpdateConfig::toTree)
                .obj("rollback_config", rollbackConfig, UpdateConfig::toTree)
                .obj("resources", resources, Resources::toTree)
                .obj("restart_policy", restartPolicy, RestartPolicy::toTree)
                .obj("placement", placement, Placement::toTree)
                .str("endpoint_mode", endpointMode)
                .extensions(extensions)
                .build();
    }
}
