package io.jcompose.network;

import io.jcompose.spec.labels.ComposeLabels;
import io.jcompose.spec.model.Ipam;
import io.jcompose.spec.model.NetworkConfig;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A network the project wants, with everything {@code POST /networks/create} needs: Name, Driver (empty: the
 * engine's default, bridge), Options, IPAM, Internal, Attachable, EnableIPv6, Labels, and CheckDuplicate (always
 * true). {@code labels} are the user's labels plus compose's (project, network key, version, config-hash);
 * external networks carry none, they are only looked up.
 *
 * @param key        the key under top-level {@code networks:} ({@code default} for the implicit one)
 * @param enableIpv4 sent only when set; Engine API 1.41 ignores it
 */
public record DesiredNetwork(String key,
                             String name,
                             boolean external,
                             Optional<String> driver,
                             Map<String, String> options,
                             Optional<NetworkIpam> ipam,
                             boolean internal,
                             boolean attachable,
                             Optional<Boolean> enableIpv6,
                             Optional<Boolean> enableIpv4,
                             Map<String, String> labels,
                             String configHash) {

    public DesiredNetwork {
        Objects.requireNonNull(key);
        Objects.requireNonNull(name);
        Objects.requireNonNull(driver);
        options = Map.copyOf(options);
        Objects.requireNonNull(ipam);
        Objects.requireNonNull(enableIpv6);
        Objects.requireNonNull(enableIpv4);
        labels = Map.copyOf(labels);
        Objects.requireNonNull(configHash);
    }

    /** The network {@code key} of project {@code projectName}; {@code composeVersion} goes into the version label. */
    public static DesiredNetwork of(String projectName, String key, NetworkConfig config, String composeVersion) {
        String name = engineName(projectName, key, config);
        String hash = NetworkHash.of(key, config);
        Map<String, String> labels = new TreeMap<>();
        if (!config.external()) {
            labels.putAll(config.labels());
            labels.put(ComposeLabels.PROJECT, projectName);
            labels.put(ComposeLabels.NETWORK, key);
            labels.put(ComposeLabels.VERSION, composeVersion);
            labels.put(ComposeLabels.CONFIG_HASH, hash);
        }
        return new DesiredNetwork(key, name, config.external(), config.driver(), config.driverOpts(),
                config.ipam().map(DesiredNetwork::ipam), config.internal(), config.attachable(), config.enableIpv6(),
                config.enableIpv4(), labels, hash);
    }

    /** Compose always asks the engine to refuse a second network of the same name. */
    public boolean checkDuplicate() {
        return true;
    }

    /** The user's labels alone, without compose's. */
    public Map<String, String> userLabels() {
        return withoutComposeLabels(labels);
    }

    /** {@code name:}, else the key for an external network, else {@code <project>_<key>} (reference 3.3). */
    static String engineName(String projectName, String key, NetworkConfig config) {
        return config.name().orElse(config.external() ? key : projectName + "_" + key);
    }

    static Map<String, String> withoutComposeLabels(Map<String, String> labels) {
        Map<String, String> out = new TreeMap<>(labels);
        out.keySet().removeIf(k -> k.startsWith("com.docker.compose."));
        return out;
    }

    private static NetworkIpam ipam(Ipam ipam) {
        List<AddressPool> pools = ipam.config().stream()
                .map(p -> new AddressPool(p.subnet(), p.ipRange(), p.gateway(), p.auxAddresses()))
                .toList();
        return new NetworkIpam(ipam.driver(), pools, ipam.options());
    }
}
