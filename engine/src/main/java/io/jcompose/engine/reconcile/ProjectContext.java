package io.jcompose.engine.reconcile;

import io.jcompose.engine.container.ContainerLabels;
import io.jcompose.engine.container.ContainerNames;
import io.jcompose.engine.transport.ApiVersion;
import io.jcompose.spec.model.Project;
import java.util.Objects;

/** The loaded project and the facts every container create shares: labels, naming, the engine's API version. */
public record ProjectContext(Project project, ContainerLabels labels, ContainerNames names, ApiVersion apiVersion) {

    public ProjectContext {
        Objects.requireNonNull(project);
        Objects.requireNonNull(labels);
        Objects.requireNonNull(names);
        Objects.requireNonNull(apiVersion);
    }

    public String version() {
        return labels.version();
    }
}
