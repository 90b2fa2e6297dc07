package io.jcompose.engine.reconcile;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The switches of {@code up} and {@code create} that shape the plan.
 *
 * @param services the services named on the command line; empty: all
 * @param scale {@code --scale S=N}, over {@code deploy.replicas} and {@code scale}
 * @param pull {@code --pull}, over each service's {@code pull_policy}
 * @param timeout {@code -t}: the stop timeout when replacing containers
 */
public record UpOptions(Set<String> services, boolean noDeps, boolean forceRecreate, boolean noRecreate,
                        boolean alwaysRecreateDeps, boolean removeOrphans, boolean ignoreOrphans,
                        boolean renewAnonymousVolumes, Map<String, Integer> scale, boolean noStart,
                        Optional<Duration> timeout, Optional<String> pull, boolean assumeYes) {

    public UpOptions {
        services = Set.copyOf(services);
        scale = Map.copyOf(scale);
        Objects.requireNonNull(timeout);
        Objects.requireNonNull(pull);
    }

    public static UpOptions defaults() {
        return new UpOptions(Set.of(), false, false, false, false, false, false, false, Map.of(), false,
                Optional.empty(), Optional.empty(), false);
    }
}
