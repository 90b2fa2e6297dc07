package io.jcompose.spec.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A published or exposed port in long form; {@code published} is a string (may be a range). */
public record ServicePort(Optional<String> name,
                          Optional<String> mode,
                          Optional<String> hostIp,
                          Optional<Long> target,
                          Optional<String> published,
                          Optional<String> protocol,
                          Optional<String> appProtocol,
                          Map<String, Object> extensions) {

    public ServicePort {
        Objects.requireNonNull(name);
        Objects.requireNonNull(mode);
        Objects.requireNonNull(hostIp);
        Objects.requireNonNull(target);
        Objects.requireNonNull(published);
        Objects.requireNonNull(protocol);
        Objects.requireNonNull(appProtocol);
        extensions = Trees.sorted(extensions);
    }

    static ServicePort fromTree(Map<String, Object> tree) {
        return new ServicePort(
                Trees.str(tree, "name"),
                Trees.str(tree, "mode"),
                Trees.str(tree, "host_ip"),
                Trees.lng(tree, "target"),
                Trees.str(tree, "published"),
                Trees.str(tree, "protocol"),
                Trees.str(tree, "app_protocol"),
                Trees.extensions(tree));
    }

    Map<String, Object> toTree() {
        return new TreeBuilder()
                .str("name", name)
                .str("mode", mode)
                .str("host_ip", hostIp)
                .lng("target", target)
                .str("published", published)
                .str("protocol", protocol)
                .str("app_protocol", appProtocol)
                .extensions(extensions)
                .build();
    }
}
