package io.jcompose.spec.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files docker compose refuses, and the sentence it refuses them with (compose-go v2's wording;
 * ours puts the file position first).
 */
class ErrorsConformanceTest {

    @TempDir
    Path dir;

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("a scalar document", "1\n", "compose.yaml:1:1: top-level object must be a mapping"),
                Arguments.of("a list document", "[\"hello\"]\n", "top-level object must be a mapping"),
                Arguments.of("a number as top-level key", "123:\n  foo:\n    image: busybox\n",
                        "non-string key at top level: 123"),
                Arguments.of("a number as service name", """
                        services:
                          foo:
                            image: busybox
                          123:
                            image: busybox
                        """, "non-string key in services: 123"),
                Arguments.of("a number as environment key", """
                        services:
                          web:
                            image: busybox
                            environment:
                              1: FOO
                        """, "non-string key in services.web.environment: 1"),
                Arguments.of("services as a list", "services:\n  - foo:\n      image: busybox\n",
                        "services must be a mapping"),
                Arguments.of("a service as a string", "services:\n  foo: busybox\n", "services.foo must be a mapping"),
                Arguments.of("an image as a list", "services:\n  foo:\n    image: [busybox, latest]\n",
                        "services.foo.image must be a string"),
                Arguments.of("an environment value as a list", """
                        services:
                          web:
                            image: busybox
                            environment:
                              FOO: ["1"]
                        """, "services.web.environment.FOO must be a string, number, boolean or null"),
                Arguments.of("an unknown resource property", """
                        services:
                          foo:
                            image: busybox
                            deploy:
                              resources:
                                impossible:
                                  x: 1
                        """, "Additional property impossible is not allowed"),
                Arguments.of("a required variable without a message", "services:\n  web:\n    image: ${TAG:?}\n",
                        "required variable TAG is missing a value"),
                Arguments.of("a required variable with a message",
                        "services:\n  web:\n    image: ${TAG:?tag is needed}\n",
                        "required variable TAG is missing a value: tag is needed"),
                Arguments.of("a required variable in an environment list",
                        "services:\n  web:\n    image: nginx\n    environment:\n      - A=${A:?set A}\n",
                        "compose.yaml:5:9: error while interpolating services.web.environment.[]: "
                                + "required variable A is missing a value: set A"),
                Arguments.of("an invalid interpolation", "services:\n  web:\n    image: \"nginx:${TAG\"\n",
                        "compose.yaml:3:12: invalid interpolation format for services.web.image.\n"
                                + "You may need to escape any $ with another $.\nnginx:${TAG"),
                Arguments.of("an invalid interpolation in an extension", "x-a:\n  b: ${ }\nservices: {}\n",
                        "invalid interpolation format for x-a.b.\nYou may need to escape any $ with another $.\n${ }"),
                Arguments.of("neither image nor build", "services:\n  web: {}\n",
                        "service \"web\" has neither an image nor a build context specified: invalid compose project"),
                Arguments.of("an undefined network", "services:\n  web:\n    image: nginx\n    networks: [nope]\n",
                        "service \"web\" refers to undefined network nope: invalid compose project"),
                Arguments.of("an undefined volume", "services:\n  web:\n    image: nginx\n    volumes: [nope:/data]\n",
                        "service \"web\" refers to undefined volume nope: invalid compose project"),
                Arguments.of("an undefined secret", "services:\n  web:\n    image: nginx\n    secrets: [nope]\n",
                        "service \"web\" refers to undefined secret nope: invalid compose project"),
                Arguments.of("an undefined dependency", "services:\n  web:\n    image: nginx\n    depends_on: [db]\n",
                        "service \"web\" depends on undefined service \"db\": invalid compose project"),
                Arguments.of("a dependency behind a profile", """
                        services:
                          web:
                            image: nginx
                            depends_on: [debug]
                          debug:
                            image: busybox
                            profiles: [tools]
                        """, "service \"web\" depends on undefined service \"debug\": invalid compose project"),
                Arguments.of("a dependency cycle", """
                        services:
                          web:
                            image: nginx
                            depends_on: [db]
                          db:
                            image: postgres
                            depends_on: [web]
                        """, "dependency cycle detected: db -> web -> db"),
                Arguments.of("network_mode with networks", """
                        services:
                          web:
                            image: nginx
                            network_mode: host
                            networks: [front]
                        networks:
                          front: {}
                        """, "service web declares mutually exclusive `network_mode` and `networks`: "
                        + "invalid compose project"),
                Arguments.of("dockerfile with dockerfile_inline", """
                        services:
                          web:
                            build:
                              dockerfile: Dockerfile
                              dockerfile_inline: FROM scratch
                        """, "service \"web\" declares mutualy exclusive dockerfile and dockerfile_inline: "
                        + "invalid compose project"),
                Arguments.of("an external volume with a driver", """
                        services:
                          web:
                            image: nginx
                        volumes:
                          data:
                            external: true
                            driver: foobar
                        """, "volumes.data conflicting parameters \"external\" and \"driver\" specified"),
                Arguments.of("an external volume with empty driver options", """
                        services:
                          web:
                            image: nginx
                        volumes:
                          data:
                            external: true
                            driver_opts: {}
                        """, "compose.yaml:6:5: volumes.data conflicting parameters \"external\" and \"driver_opts\" "
                        + "specified"),
                Arguments.of("a device count that is neither a number nor all", """
                        services:
                          h:
                            image: r
                            deploy:
                              resources:
                                reservations:
                                  devices:
                                    - capabilities: [gpu]
                                      count: some_string
                        """, "invalid value \"some_string\", the only value allowed is 'all' or a number"),
                Arguments.of("a device count with device ids", """
                        services:
                          h:
                            image: r
                            deploy:
                              resources:
                                reservations:
                                  devices:
                                    - capabilities: [gpu]
                                      count: 2
                                      device_ids: ["x"]
                        """, "\"count\" and \"device_ids\" attributes are exclusive"),
                Arguments.of("a build ssh left empty", "services:\n  t:\n    build:\n      context: .\n      ssh:\n",
                        "services.t.build.ssh must be a mapping or list"),
                Arguments.of("a host port out of range", """
                        services:
                          web:
                            image: nginx
                            ports:
                              - "65536:80"
                        """, "compose.yaml:5:9: services.web.ports.0 invalid hostPort: 65536"),
                Arguments.of("a volume spec with too many colons", """
                        services:
                          web:
                            image: nginx
                            volumes:
                              - ./a:/b:ro:z:extra
                        """, "compose.yaml:5:9: services.web.volumes.0 invalid spec: ./a:/b:ro:z:extra: too many colons"),
                Arguments.of("a bad duration", """
                        services:
                          web:
                            image: nginx
                            stop_grace_period: soon
                        """, "compose.yaml:4:24: services.web.stop_grace_period invalid duration \"soon\""),
                Arguments.of("a bad byte size", """
                        services:
                          web:
                            image: nginx
                            shm_size: lots
                        """, "compose.yaml:4:15: services.web.shm_size invalid size: 'lots'"),
                Arguments.of("a project name that is a number", "name: 123\n", "name must be a string"),
                Arguments.of("an empty file", "", "empty compose file"),
                Arguments.of("a secret without a source", """
                        services:
                          web:
                            image: nginx
                        secrets:
                          token:
                            name: token
                        """, "secrets.token one of file|environment must be set"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusesAsCompose(String what, String yaml, String expectedEnding) {
        ComposeProject project = new ComposeProject(dir).compose(yaml);
        assertThat(project.error()).endsWith(expectedEnding);
    }
}
