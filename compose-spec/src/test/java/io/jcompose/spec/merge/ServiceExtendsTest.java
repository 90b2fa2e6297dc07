package io.jcompose.spec.merge;

import static io.jcompose.spec.merge.TestTrees.yaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.spec.ComposeException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The extends rows of the reference (2.7). */
class ServiceExtendsTest {

    private static final Path FILE = Path.of("/p/compose.yaml");
    private static final Path DIR = Path.of("/p");

    private static Map<String, Object> service(Map<String, Object> document, String name) {
        return TreeValues.asMap(TreeValues.asMap(document.get("services")).get(name));
    }

    private static Map<String, Object> sameFile(String text) {
        return ServiceExtends.apply(yaml(text), FILE, DIR, file -> {
            throw new AssertionError("no other file expected, got " + file);
        });
    }

    @Test
    void sameFileBaseIsClonedAndLocalDefinitionMergedOnTop() {
        Map<String, Object> doc = sameFile("""
                services:
                  base:
                    image: nginx
                    environment: {A: "1"}
                    ports: ["80:80"]
                  web:
                    extends: base
                    environment: {B: "2"}
                    ports: ["81:81"]
                """);
        Map<String, Object> web = service(doc, "web");
        assertThat(web).doesNotContainKey("extends");
        assertThat(web.get("image")).isEqualTo("nginx");
        assertThat(web.get("environment")).isEqualTo(List.of("A=1", "B=2"));
        assertThat(web.get("ports")).isEqualTo(List.of("80:80", "81:81"));
        assertThat(service(doc, "base")).doesNotContainKey("extends").containsEntry("image", "nginx");
    }

    @Test
    void localScalarsWinAndLongFormWorks() {
        Map<String, Object> doc = sameFile("""
                services:
                  base:
                    image: nginx
                    command: [a]
                  web:
                    extends:
                      service: base
                    image: httpd
                    command: [b]
                """);
        assertThat(service(doc, "web")).containsEntry("image", "httpd").containsEntry("command", List.of("b"));
    }

    @Test
    void extendsIsRecursive() {
        Map<String, Object> doc = sameFile("""
                services:
                  a:
                    image: x
                    labels: [one=1]
                  b:
                    extends: a
                    labels: [two=2]
                  c:
                    extends: b
                    labels: [three=3]
                """);
        assertThat(service(doc, "c").get("labels")).isEqualTo(List.of("one=1", "two=2", "three=3"));
        assertThat(service(doc, "c").get("image")).isEqualTo("x");
    }

    @Test
    void cyclesAreRejectedWithTheChain() {
        assertThatThrownBy(() -> sameFile("""
                services:
                  a:
                    extends: b
                  b:
                    extends: a
                """)).isInstanceOf(ComposeException.class).hasMessage("""
                Circular reference:
                  a in /p/compose.yaml
                  extends b in /p/compose.yaml
                  extends a in /p/compose.yaml""");
    }

    @Test
    void unknownBaseServiceIsAnError() {
        assertThatThrownBy(() -> sameFile("""
                services:
                  web:
                    extends: nope
                """)).isInstanceOf(ComposeException.class)
                .hasMessage("cannot extend service \"web\" in /p/compose.yaml: service \"nope\" not found");
    }

    @Test
    void baseFromAnotherFileIsReadThroughTheFileSource() {
        Map<String, Object> doc = ServiceExtends.apply(yaml("""
                services:
                  web:
                    extends:
                      file: common/base.yml
                      service: app
                    environment: [LOCAL=1]
                """), FILE, DIR, file -> {
                    assertThat(file).isEqualTo(Path.of("/p/common/base.yml"));
                    return Optional.of(TreeValues.asMap(yaml("""
                            services:
                              app:
                                image: app
                                build: common/src
                                environment: [BASE=1]
                            """).get("services")));
                });
        assertThat(service(doc, "web")).containsEntry("image", "app").containsEntry("build", "common/src")
                .containsEntry("environment", List.of("BASE=1", "LOCAL=1"));
    }

    @Test
    void missingServiceInAnotherFileNamesBothFiles() {
        assertThatThrownBy(() -> ServiceExtends.apply(yaml("""
                services:
                  web:
                    extends: {file: other.yml, service: app}
                """), FILE, DIR, file -> Optional.of(Map.of()))).isInstanceOf(ComposeException.class)
                .hasMessage("cannot extend service \"web\" in /p/compose.yaml: service \"app\" not found in other.yml");
    }

    @Test
    void anotherFileWithoutServicesIsNamedAbsolute() {
        assertThatThrownBy(() -> ServiceExtends.apply(yaml("""
                services:
                  test:
                    extends: {file: sub/empty.yml, service: app}
                """), FILE, DIR, file -> Optional.empty())).isInstanceOf(ComposeException.class)
                .hasMessage("cannot extend service \"test\" in /p/sub/empty.yml: no services section");
    }

    @Test
    void resetInTheLocalDefinitionRemovesTheInheritedAttribute() {
        Map<String, Object> doc = sameFile("""
                services:
                  base:
                    image: nginx
                    ports: ["80:80"]
                  web:
                    extends: base
                    ports: !reset []
                """);
        assertThat(service(doc, "web")).doesNotContainKey("ports");
    }

    @Test
    void extendsPathsOfAnotherFileAreRebasedAgainstTheProject() {
        PathRebase rebase = new PathRebase(Path.of("/p/common"), Path.of("/p"));
        Map<String, Object> rebased = rebase.service(yaml("""
                build:
                  context: ./src
                  additional_contexts: {lib: ../lib, img: "docker-image://alpine"}
                env_file: [a.env, {path: b.env, required: false}]
                volumes:
                  - ./data:/data:ro
                  - named:/named
                  - type: bind
                    source: ../logs
                    target: /logs
                  - /abs:/abs
                """));
        assertThat(rebased.get("build")).isEqualTo(Map.of("context", "common/src",
                "additional_contexts", Map.of("lib", "lib", "img", "docker-image://alpine")));
        assertThat(rebased.get("env_file")).isEqualTo(List.of("common/a.env", Map.of("path", "common/b.env", "required", false)));
        assertThat(rebased.get("volumes")).isEqualTo(List.of(Map.of("type", "bind", "source", "common/data", "target", "/data",
                        "read_only", true, "bind", Map.of()), "named:/named",
                Map.of("type", "bind", "source", "logs", "target", "/logs"), "/abs:/abs"));
    }
}
