package io.jcompose.spec.output;

import io.jcompose.spec.model.ProjectTree;
import io.jcompose.spec.model.ServiceConfig;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code com.docker.compose.config-hash} of a service: SHA-256 of its JSON without the attributes that do
 * not require a new container (build, pull_policy, scale, deploy.replicas, depends_on, profiles), written compact
 * as Go's {@code json.Marshal} writes compose-go's service: the JSON {@code config --format json} prints for it.
 */
public final class ConfigHash {

    private ConfigHash() {
    }

    public static String of(ServiceConfig service) {
        Map<String, Object> tree = new LinkedHashMap<>(ProjectTree.of(service));
        for (String key : new String[] {"build", "pull_policy", "scale", "depends_on", "profiles"}) {
            tree.remove(key);
        }
        if (tree.get("deploy") instanceof Map<?, ?> deploy) {
            Map<String, Object> d = new LinkedHashMap<>();
            deploy.forEach((k, v) -> d.put(String.valueOf(k), v));
            d.remove("replicas");
            tree.put("deploy", d);
        }
        Map<String, Object> wrapper = new TreeMap<>();
        wrapper.put("services", Map.of(service.name(), tree));
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) ((Map<String, Object>) JsonView.of(wrapper).get("services"))
                .get(service.name());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(JsonEmitter.compact(json).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
