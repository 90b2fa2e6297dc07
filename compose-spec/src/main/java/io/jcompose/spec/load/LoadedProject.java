package io.jcompose.spec.load;

import io.jcompose.spec.model.Project;

/** A loaded Compose project: the bound model, and the tree and facts it was bound from. */
public record LoadedProject(LoadedModel model, Project project) {
}
