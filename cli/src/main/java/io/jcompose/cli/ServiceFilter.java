package io.jcompose.cli;

import io.jcompose.spec.model.ServiceConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The criteria of {@code config --services --filter}: {@code profile=NAME} activates the profile
 * and keeps the services that carry it, {@code label=KEY=VALUE} keeps the services labelled so.
 * Several filters must all hold; {@code label=KEY} asks only for the label.
 */
record ServiceFilter(List<String> profiles, Map<String, Optional<String>> labels) {

    ServiceFilter {
        profiles = List.copyOf(profiles);
        labels = Map.copyOf(labels);
    }

    /** Parses the {@code --filter} values; a wildcard profile or an unknown criterion is refused. */
    static ServiceFilter parse(List<String> filters) {
        List<String> profiles = new ArrayList<>();
        Map<String, Optional<String>> labels = new LinkedHashMap<>();
        for (String filter : filters) {
            int eq = filter.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("invalid filter \"" + filter + "\": expected criteria=value");
            }
            String criteria = filter.substring(0, eq);
            String value = filter.substring(eq + 1);
            switch (criteria) {
                case "profile" -> {
                    if (value.equals("*")) {
                        throw new IllegalArgumentException("invalid filter \"" + filter
                                + "\": profiles must be selected explicitly");
                    }
                    profiles.add(value);
                }
                case "label" -> {
                    int split = value.indexOf('=');
                    if (split < 0) {
                        // label=KEY asks for the label, whatever its value
                        labels.put(value, Optional.empty());
                    } else {
                        labels.put(value.substring(0, split), Optional.of(value.substring(split + 1)));
                    }
                }
                default -> throw new IllegalArgumentException("unknown criteria \"" + criteria + "\"");
            }
        }
        return new ServiceFilter(profiles, labels);
    }

    boolean matches(ServiceConfig service) {
        for (String profile : profiles) {
            if (!service.profiles().contains(profile)) {
                return false;
            }
        }
        for (Map.Entry<String, Optional<String>> label : labels.entrySet()) {
            String actual = service.labels().get(label.getKey());
            if (actual == null || label.getValue().filter(expected -> !expected.equals(actual)).isPresent()) {
                return false;
            }
        }
        return true;
    }
}
