package io.jcompose.engine.reconcile;

import java.util.List;
import java.util.Objects;

/**
 * A readiness condition a start waits for: every container of {@code service} meets {@code condition}
 * ({@code service_started}, {@code service_healthy}, {@code service_completed_successfully}, or
 * {@code running_or_healthy} for {@code --wait}). Not {@code required}: a failure is a warning.
 *
 * @param containers the names the service's containers will have once the plan ran
 */
public record Gate(String service, String condition, boolean required, List<String> containers) {

    public static final String STARTED = "service_started";
    public static final String HEALTHY = "service_healthy";
    public static final String COMPLETED = "service_completed_successfully";
    public static final String RUNNING_OR_HEALTHY = "running_or_healthy";

    public Gate {
        Objects.requireNonNull(service);
        Objects.requireNonNull(condition);
        containers = List.copyOf(containers);
    }

    public String text() {
        return service + " " + condition + (required ? "" : " (optional)");
    }
}
