package io.jcompose.engine.api;

import io.jcompose.engine.transport.EngineRequest;
import io.jcompose.engine.transport.EngineTransport;
import io.vertx.core.Future;
import java.time.Duration;

/** The system endpoints: ping, version, info. */
public final class SystemEndpoints {

    private final EngineTransport transport;

    public SystemEndpoints(EngineTransport transport) {
        this.transport = transport;
    }

    /** {@code GET /_ping}: the engine's maximum API version. */
    public Future<EngineTransport.Ping> ping() {
        return transport.ping(Duration.ofSeconds(10));
    }

    public Future<VersionInfo> version() {
        return transport.call(EngineRequest.get("/version", "reading the engine's version"), VersionInfo::read);
    }

    public Future<SystemInfo> info() {
        return transport.call(EngineRequest.get("/info", "reading the engine's system info"), SystemInfo.class);
    }
}
