package io.jcompose.network;

import io.jcompose.spec.model.NetworkConfig;
import io.jcompose.spec.model.Project;
import io.jcompose.spec.model.ProjectTree;
import io.jcompose.spec.output.ConfigWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code com.docker.compose.config-hash} of a network: SHA-256 of the network's canonical JSON (as
 * {@code config --format json} prints it) without x-* extensions, which compose leaves out of its hash too.
 * jcompose's own hash, like the service hash: a network docker compose created is kept when it carries no hash
 * and recreated once when it carries compose's.
 */
final class NetworkHash {

    private NetworkHash() {
    }

    static String of(String key, NetworkConfig config) {
        NetworkConfig plain = new NetworkConfig(config.name(), config.driver(), config.driverOpts(), config.ipam(),
                config.external(), config.internal(), config.attachable(), config.labels(), config.enableIpv4(),
                config.enableIpv6(), Map.of());
        Project holder = new Project("hash", Map.of(), Map.of(), Map.of(key, plain), Map.of(), Map.of(), Map.of(),
                Optional.empty(), Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> tree = (Map<String, Object>) ((Map<String, Object>) ProjectTree.of(holder).get("networks"))
                .get(key);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(ConfigWriter.json(tree, false).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
