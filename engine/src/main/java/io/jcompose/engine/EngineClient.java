package io.jcompose.engine;

import io.jcompose.engine.api.Containers;
import io.jcompose.engine.api.Events;
import io.jcompose.engine.api.Execs;
import io.jcompose.engine.api.Images;
import io.jcompose.engine.api.Networks;
import io.jcompose.engine.api.SystemEndpoints;
import io.jcompose.engine.api.Volumes;
import io.jcompose.engine.transport.ApiVersion;
import io.jcompose.engine.transport.EngineEndpoint;
import io.jcompose.engine.transport.EngineLoop;
import io.jcompose.engine.transport.EngineTransport;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

/**
 * A connected engine: the endpoint groups, all asynchronous (Vert.x futures completed on the
 * {@link EngineLoop}), plus {@link #await} for callers on ordinary threads such as the CLI's main thread.
 * Obtain one from {@link Engine#connect}; close it when done.
 */
public final class EngineClient implements AutoCloseable {

    private final EngineLoop loop;
    private final EngineTransport transport;
    private final ApiVersion engineApiVersion;
    private final ApiVersion apiVersion;
    private final Containers containers;
    private final Networks networks;
    private final Volumes volumes;
    private final Images images;
    private final Execs execs;
    private final Events events;
    private final SystemEndpoints system;

    EngineClient(EngineLoop loop, EngineTransport transport, ApiVersion engineApiVersion, ApiVersion apiVersion) {
        this.loop = loop;
        this.transport = transport;
        this.engineApiVersion = engineApiVersion;
        this.apiVersion = apiVersion;
        this.containers = new Containers(transport);
        this.networks = new Networks(transport);
        this.volumes = new Volumes(transport);
        this.images = new Images(transport);
        this.execs = new Execs(transport);
        this.events = new Events(transport);
        this.system = new SystemEndpoints(transport);
    }

    public Containers containers() {
        return containers;
    }

    public Networks networks() {
        return networks;
    }

    public Volumes volumes() {
        return volumes;
    }

    public Images images() {
        return images;
    }

    public Execs execs() {
        return execs;
    }

    public Events events() {
        return events;
    }

    public SystemEndpoints system() {
        return system;
    }

    /** The API version every call uses: the lower of the engine's maximum and ours. */
    public ApiVersion apiVersion() {
        return apiVersion;
    }

    /** The newest API version the engine speaks (from {@code /_ping}). */
    public ApiVersion engineApiVersion() {
        return engineApiVersion;
    }

    public EngineEndpoint endpoint() {
        return transport.endpoint();
    }

    /** The thread every engine answer is handled on, with its timers and blocking helpers. */
    public EngineLoop loop() {
        return loop;
    }

    /** Vert.x, started on first use (streamed request bodies, attach and exec need it; calls do not). */
    public Vertx vertx() {
        return loop.vertx();
    }

    /** Blocks the calling thread until {@code future} completes; see {@link Engine#await}. */
    public <T> T await(Future<T> future) {
        return Engine.await(future);
    }

    public Future<Void> closeAsync() {
        return transport.close().eventually(loop::closeAsync);
    }

    /** Closes the connections, the loop, and Vert.x when the client started it. Must not run on the event loop. */
    @Override
    public void close() {
        Engine.await(closeAsync());
    }
}
