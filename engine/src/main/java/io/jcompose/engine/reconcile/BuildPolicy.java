package io.jcompose.engine.reconcile;

/** When {@code up} and {@code create} build the images of services with a {@code build} section. */
public enum BuildPolicy {
    /** Build when the image is missing, or always with {@code pull_policy: build}. */
    MISSING,
    /** {@code --build}: build every service with a {@code build} section. */
    ALWAYS,
    /** {@code --no-build}: never build; a missing image is an error. */
    NEVER
}
