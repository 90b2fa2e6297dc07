package io.jcompose.engine.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class EngineEventTest {

    private EngineEvent parse(String text) throws IOException {
        return EngineEvent.parse(text);
    }

    @Test
    void dieCarriesTheExitCodeAndLabels() throws IOException {
        EngineEvent event = parse("""
                {"status":"die","id":"abc","from":"busybox","Type":"container","Action":"die",
                 "Actor":{"ID":"abc","Attributes":{"exitCode":"3","name":"demo-web-1",
                   "com.docker.compose.project":"demo"}},
                 "scope":"local","time":1700000000,"timeNano":1700000000123456789}""");

        assertThat(event.type()).isEqualTo("container");
        assertThat(event.action()).isEqualTo("die");
        assertThat(event.actorId()).isEqualTo("abc");
        assertThat(event.name()).isEqualTo("demo-web-1");
        assertThat(event.exitCode()).contains(3);
        assertThat(event.attributes()).containsEntry("com.docker.compose.project", "demo");
        assertThat(event.since()).isEqualTo("1700000000.123456789");
    }

    @Test
    void healthStatusSplitsIntoActionAndDetail() throws IOException {
        EngineEvent event = parse("""
                {"Type":"container","Action":"health_status: healthy","Actor":{"ID":"abc","Attributes":{}},
                 "time":1700000000,"timeNano":1700000000000000007}""");

        assertThat(event.baseAction()).isEqualTo("health_status");
        assertThat(event.actionDetail()).isEqualTo("healthy");
        assertThat(event.exitCode()).isEmpty();
        assertThat(event.since()).isEqualTo("1700000000.000000007");
    }

    @Test
    void withoutTimeNanoTheSecondsAreUsed() throws IOException {
        assertThat(parse("""
                {"Type":"network","Action":"create","Actor":{"ID":"n1"},"time":5}""").timeNano())
                .isEqualTo(5_000_000_000L);
    }

    @Test
    void olderFieldsStandInAndOddValuesAreSkipped() throws IOException {
        EngineEvent event = parse("""
                {"status":"start","id":"abc","Actor":null,"Extra":[{"a":1}],"scope":null,
                 "Type":{"odd":true},"time":"7"}""");

        assertThat(event).isEqualTo(new EngineEvent("", "start", "abc", null, "", 7_000_000_000L));
    }

    @Test
    void aLineThatIsNotAnObjectIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> parse("[1]")).isInstanceOf(IOException.class);
    }
}
