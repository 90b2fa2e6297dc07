package io.jcompose.engine.api;

import io.jcompose.engine.transport.EngineRequest;
import io.jcompose.engine.transport.EngineTransport;
import io.jcompose.engine.transport.ResponseStream;
import io.vertx.core.Handler;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /events}. Always sends {@code since}: without it an engine replays its history when
 * {@code until} is set, and subscribers must see everything from the moment they subscribed (subscribe
 * first, then create or start, then inspect once to close the race).
 */
public final class Events {

    private final EngineTransport transport;

    public Events(EngineTransport transport) {
        this.transport = transport;
    }

    /**
     * Follows events from now on. Filters such as {@code {"type": ["container"], "label":
     * ["com.docker.compose.project=demo"], "event": ["start", "die", "health_status"]}}. Wait for
     * {@link EventSubscription#opened()} before acting on what you want to observe.
     */
    public EventSubscription subscribe(Map<String, List<String>> filters, Handler<EngineEvent> handler) {
        return subscribe(filters, since(Instant.now()), handler);
    }

    /** Follows events from {@code since} (seconds.nanoseconds since the epoch, or RFC 3339). */
    public EventSubscription subscribe(Map<String, List<String>> filters, String since, Handler<EngineEvent> handler) {
        EngineRequest request = EngineRequest.get("/events", "following engine events")
                .query("filters", transport.filters(filters))
                .kind(EngineRequest.Kind.STREAM);
        EventSubscription subscription = new EventSubscription(transport, request, handler);
        subscription.open(since);
        return subscription;
    }

    /**
     * Events from {@code since} until {@code until} (both seconds.nanoseconds or RFC 3339), once: the
     * engine ends the stream at {@code until}, and a dropped stream is not resumed.
     */
    public ResponseStream between(Map<String, List<String>> filters, String since, String until,
            Handler<EngineEvent> handler) {
        EngineRequest request = EngineRequest.get("/events", "reading engine events")
                .query("filters", transport.filters(filters))
                .query("since", since)
                .query("until", until)
                .kind(EngineRequest.Kind.STREAM);
        return transport.lines(request, line -> {
            try {
                handler.handle(EngineEvent.parse(line));
            } catch (IOException e) {
                throw new IllegalArgumentException("the engine sent an event that is not JSON: " + line, e);
            }
        });
    }

    static String since(Instant instant) {
        return instant.getEpochSecond() + "." + String.format("%09d", instant.getNano());
    }

    static String since(long timeNano) {
        return (timeNano / 1_000_000_000L) + "." + String.format("%09d", timeNano % 1_000_000_000L);
    }
}
