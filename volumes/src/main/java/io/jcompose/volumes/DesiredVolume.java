package io.jcompose.volumes;

import io.jcompose.spec.labels.ComposeLabels;
import io.jcompose.spec.model.VolumeConfig;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A named volume the project wants, with everything {@code POST /volumes/create} needs: Name, Driver (default
 * {@code local}), DriverOpts, Labels. {@code labels} are the user's plus compose's (project, volume key, version,
 * config-hash); external volumes carry none, they are only looked up.
 *
 * @param key the key under top-level {@code volumes:}
 */
public record DesiredVolume(String key,
                            String name,
                            boolean external,
                            String driver,
                            Map<String, String> driverOpts,
                            Map<String, String> labels,
                            String configHash) {

    public DesiredVolume {
        Objects.requireNonNull(key);
        Objects.requireNonNull(name);
        Objects.requireNonNull(driver);
        driverOpts = Map.copyOf(driverOpts);
        labels = Map.copyOf(labels);
        Objects.requireNonNull(configHash);
    }

    /** The volume {@code key} of project {@code projectName}; {@code composeVersion} goes into the version label. */
    public static DesiredVolume of(String projectName, String key, VolumeConfig config, String composeVersion) {
        String hash = VolumeHash.of(key, config);
        Map<String, String> labels = new TreeMap<>();
        if (!config.external()) {
            labels.putAll(config.labels());
            labels.put(ComposeLabels.PROJECT, projectName);
            labels.put(ComposeLabels.VOLUME, key);
            labels.put(ComposeLabels.VERSION, composeVersion);
            labels.put(ComposeLabels.CONFIG_HASH, hash);
        }
        return new DesiredVolume(key, engineName(projectName, key, config), config.external(),
                config.driver().orElse("local"), config.driverOpts(), labels, hash);
    }

    /** The user's labels alone, without compose's. */
    public Map<String, String> userLabels() {
        return Texts.withoutComposeLabels(labels);
    }

    /** {@code name:}, else the key for an external volume, else {@code <project>_<key>} (reference 3.3). */
    static String engineName(String projectName, String key, VolumeConfig config) {
        return config.name().orElse(config.external() ? key : projectName + "_" + key);
    }
}
