package io.jcompose.engine.build;

import java.util.Optional;

/**
 * What a view of running builds hears: each build starting, each line of its output (on the event loop), and its
 * end, with the failure when it failed. Only {@link #line} is required: a plain view prints lines and nothing else.
 */
@FunctionalInterface
public interface BuildOutput {

    void line(ImageBuild build, String line);

    default void started(ImageBuild build) {
    }

    default void finished(ImageBuild build, Optional<BuildException> failure) {
    }
}
