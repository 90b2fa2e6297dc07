package io.jcompose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.engine.api.EngineEvent;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventsRenderingTest {

    private static final EngineEvent START = new EngineEvent("container", "start", "abc123",
            Map.of("name", "demo-web-1", "image", "busybox:latest", "com.docker.compose.project", "demo",
                    "com.docker.compose.service", "web"), "local", 1704186000_123456789L);

    @Test
    void textIsComposeLineWithoutComposeLabelsAndABlankLineAfter() {
        assertThat(EventsCommand.text(START, ZoneOffset.UTC))
                .isEqualTo("2024-01-02 09:00:00.123456 container start abc123 (image=busybox:latest, name=demo-web-1)\n");
    }

    @Test
    void jsonHasGoSortedKeysAndRfc3339NanoTime() {
        assertThat(EventsCommand.json(START, ZoneOffset.UTC)).isEqualTo("""
                {"action":"start","attributes":{"image":"busybox:latest","name":"demo-web-1"},"id":"abc123",\
                "service":"web","time":"2024-01-02T09:00:00.123456789Z","type":"container"}""");
        EngineEvent whole = new EngineEvent("container", "die", "x", Map.of(), "local", 1704186000_100000000L);
        assertThat(EventsCommand.json(whole, ZoneOffset.ofHours(2))).contains("\"time\":\"2024-01-02T11:00:00.1+02:00\"");
    }
}
