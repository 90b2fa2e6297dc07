package io.jcompose.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What differs between a desired network and the one the engine has, for the reason of a recreate. Only what the
 * user asked for is compared: the engine fills in defaults (driver, IPAM pools) that the file may leave out.
 */
final class NetworkDrift {

    private NetworkDrift() {
    }

    static String between(DesiredNetwork want, ObservedNetwork have) {
        List<String> out = new ArrayList<>();
        want.driver().filter(d -> !d.equals(have.driver()))
                .ifPresent(d -> out.add("driver " + have.driver() + " -> " + d));
        if (!want.options().equals(have.options())) {
            out.add("driver_opts " + Texts.map(have.options()) + " -> " + Texts.map(want.options()));
        }
        want.ipam().ifPresent(ipam -> {
            ipam.driver().filter(d -> !d.equals(have.ipam().driver().orElse("default")))
                    .ifPresent(d -> out.add("ipam.driver " + have.ipam().driver().orElse("default") + " -> " + d));
            if (!ipam.config().isEmpty() && !ipam.config().equals(have.ipam().config())) {
                out.add("ipam.config " + pools(have.ipam().config()) + " -> " + pools(ipam.config()));
            }
            if (!ipam.options().equals(have.ipam().options())) {
                out.add("ipam.options " + Texts.map(have.ipam().options()) + " -> " + Texts.map(ipam.options()));
            }
        });
        if (want.internal() != have.internal()) {
            out.add("internal " + have.internal() + " -> " + want.internal());
        }
        if (want.attachable() != have.attachable()) {
            out.add("attachable " + have.attachable() + " -> " + want.attachable());
        }
        want.enableIpv6().filter(v -> v != have.enableIpv6())
                .ifPresent(v -> out.add("enable_ipv6 " + have.enableIpv6() + " -> " + v));
        Map<String, String> haveLabels = DesiredNetwork.withoutComposeLabels(have.labels());
        Map<String, String> wantLabels = new TreeMap<>(want.userLabels());
        if (!Objects.equals(haveLabels, wantLabels)) {
            out.add("labels " + Texts.map(haveLabels) + " -> " + Texts.map(wantLabels));
        }
        return out.isEmpty() ? "config hash differs" : String.join(", ", out);
    }

    private static String pools(List<AddressPool> pools) {
        return pools.stream().map(AddressPool::describe).collect(Collectors.joining(" ", "[", "]"));
    }
}
