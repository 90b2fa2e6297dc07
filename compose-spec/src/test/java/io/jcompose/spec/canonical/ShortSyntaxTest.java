package io.jcompose.spec.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.spec.ComposeException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShortSyntaxTest {

    private static Map<String, Object> service(Map<String, Object> attributes) {
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("services", Map.of("web", attributes));
        Map<String, Object> canonical = Canonicalizer.canonicalize(raw,
                CanonicalOptions.defaults(Path.of("/p"), "demo", k -> Optional.empty()));
        @SuppressWarnings("unchecked")
        Map<String, Object> web = (Map<String, Object>) ((Map<String, Object>) canonical.get("services")).get("web");
        return web;
    }

    @Test
    void portRangesMustMatch() {
        assertThatThrownBy(() -> service(Map.of("ports", List.of("8000-8002:80-81"))))
                .isInstanceOf(ComposeException.class)
                .hasMessage("services.web.ports.0 invalid ranges specified for container and host Ports: 80-81 and "
                        + "8000-8002");
    }

    @Test
    void badPortsNameTheEntry() {
        assertThatThrownBy(() -> service(Map.of("ports", List.of("80/xyz"))))
                .hasMessage("services.web.ports.0 invalid proto: xyz");
        assertThatThrownBy(() -> service(Map.of("ports", List.of("abc"))))
                .hasMessage("services.web.ports.0 invalid containerPort: abc");
        assertThatThrownBy(() -> service(Map.of("ports", List.of("1.2.3:80:80"))))
                .hasMessage("services.web.ports.0 invalid IP address: 1.2.3");
    }

    @Test
    void portRangeSortsAsCompose() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> ports = (List<Map<String, Object>>) service(Map.of("ports", List.of("998-1001")))
                .get("ports");
        assertThat(ports).extracting(p -> p.get("target")).containsExactly(1000L, 1001L, 998L, 999L);
    }

    @Test
    void volumeSpecErrors() {
        assertThatThrownBy(() -> service(Map.of("volumes", List.of("vol:/a:ro:x"))))
                .hasMessage("services.web.volumes.0 invalid spec: vol:/a:ro:x: too many colons");
        assertThatThrownBy(() -> service(Map.of("volumes", List.of("vol::/b"))))
                .hasMessage("services.web.volumes.0 invalid spec: vol::/b: empty section between colons");
    }

    @Test
    void volumeSpecKeepsInterpolationSyntaxTogether() {
        assertThat(VolumeSpec.parse("${DATA:-/data}:/data:ro"))
                .containsEntry("source", "${DATA:-/data}")
                .containsEntry("target", "/data")
                .containsEntry("read_only", true);
    }

    @Test
    void homeIsExpandedInBindSources() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> volumes = (List<Map<String, Object>>) service(Map.of("volumes",
                List.of("~/configs:/etc/configs:ro"))).get("volumes");
        assertThat(volumes.get(0)).containsEntry("source",
                Path.of(System.getProperty("user.home"), "configs").toString());
    }

    @Test
    void implicitDependenciesFromLinksAndNamespaces() {
        Map<String, Object> web = service(Map.of("links", List.of("db:database"), "network_mode", "service:proxy",
                "volumes_from", List.of("data:ro", "container:abc")));
        assertThat(web.get("depends_on")).isEqualTo(Map.of(
                "db", Map.of("condition", "service_started", "restart", true, "required", true),
                "proxy", Map.of("condition", "service_started", "restart", true, "required", true),
                "data", Map.of("condition", "service_started", "required", true)));
        assertThat(web).doesNotContainKey("networks");
    }

    @Test
    void unclosedQuoteInCommandIsAnError() {
        assertThatThrownBy(() -> service(Map.of("command", "echo 'x")))
                .hasMessageStartingWith("services.web.command invalid command line");
    }

    @Test
    void invalidDurationAndSize() {
        assertThatThrownBy(() -> service(Map.of("stop_grace_period", "10")))
                .hasMessage("services.web.stop_grace_period invalid duration \"10\"");
        assertThatThrownBy(() -> service(Map.of("mem_limit", "lots")))
                .hasMessage("services.web.mem_limit invalid size: 'lots'");
    }

    @Test
    void noNormalizeKeepsDefaultsOut() {
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("services", Map.of("web", Map.of("image", "x", "build", "."), "db", Map.of("image", "y",
                "links", List.of("web"))));
        raw.put("volumes", Map.of("data", Map.of()));
        Map<String, Object> canonical = Canonicalizer.canonicalize(raw,
                new CanonicalOptions(Path.of("/p"), "demo", k -> Optional.empty(), false, false, false));
        assertThat(canonical).doesNotContainKey("networks");
        assertThat(canonical.get("volumes")).isEqualTo(Map.of("data", Map.of()));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) canonical.get("services");
        assertThat(services.get("web").get("build")).isEqualTo(Map.of("context", "."));
        assertThat(services.get("db")).doesNotContainKeys("depends_on", "networks");
    }

    @Test
    void shortVolumeTargetsAreCleaned() {
        assertThat(VolumeSpec.parse("data:/var/lib//data/./x/../")).containsEntry("target", "/var/lib/data");
        assertThat(VolumeSpec.cleanTarget("/../a")).isEqualTo("/a");
        assertThat(VolumeSpec.cleanTarget("a/../..")).isEqualTo("..");
        assertThat(VolumeSpec.cleanTarget("/")).isEqualTo("/");
    }

    @Test
    void errorsAreLocatedWhenMarksAreGiven() {
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("services", Map.of("web", Map.of("ports", List.of("80/xyz"))));
        assertThatThrownBy(() -> Canonicalizer.canonicalize(raw,
                CanonicalOptions.defaults(Path.of("/p"), "demo", k -> Optional.empty()),
                path -> Optional.of(new io.jcompose.spec.tree.Mark("compose.yaml", 4, 9))))
                .hasMessage("compose.yaml:4:9: services.web.ports.0 invalid proto: xyz");
    }
}
