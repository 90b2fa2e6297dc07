package io.jcompose.volumes;

import io.jcompose.spec.model.Project;
import io.jcompose.spec.model.ProjectTree;
import io.jcompose.spec.model.VolumeConfig;
import io.jcompose.spec.output.ConfigWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code com.docker.compose.config-hash} of a volume: SHA-256 of the volume's canonical JSON with the driver
 * defaulted to {@code local} (as compose hashes it) and without x-* extensions. jcompose's own hash: a volume
 * carrying docker compose's hash shows as drift once, which is only ever confirmed, never acted on silently.
 */
final class VolumeHash {

    private VolumeHash() {
    }

    static String of(String key, VolumeConfig config) {
        VolumeConfig plain = new VolumeConfig(config.name(), Optional.of(config.driver().orElse("local")),
                config.driverOpts(), config.external(), config.labels(), Map.of());
        Project holder = new Project("hash", Map.of(), Map.of(), Map.of(), Map.of(key, plain), Map.of(), Map.of(),
                Optional.empty(), Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> tree = (Map<String, Object>) ((Map<String, Object>) ProjectTree.of(holder).get("volumes"))
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
