package io.jcompose.engine.reconcile;

import io.vertx.core.Future;

/**
 * Runs between a container's create and its start: attached {@code up} attaches to the container's output
 * there, so that no line it writes once started is lost. The start waits for the returned future.
 */
@FunctionalInterface
public interface StartHook {

    /** Nothing to do before a start. */
    StartHook NONE = (name, id) -> Future.succeededFuture();

    Future<Void> beforeStart(String name, String id);
}
