package io.jcompose.engine.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageReferenceTest {

    @Test
    void untaggedMeansLatest() {
        ImageReference reference = ImageReference.parse("busybox");

        assertThat(reference.fromImage()).isEqualTo("busybox");
        assertThat(reference.tagParameter()).isEqualTo("latest");
    }

    @Test
    void aRegistryPortIsNotATag() {
        ImageReference reference = ImageReference.parse("localhost:5000/team/app");

        assertThat(reference.repository()).isEqualTo("localhost:5000/team/app");
        assertThat(reference.tag()).isEqualTo("latest");
    }

    @Test
    void tagAfterTheLastSlash() {
        ImageReference reference = ImageReference.parse("localhost:5000/team/app:1.2");

        assertThat(reference.repository()).isEqualTo("localhost:5000/team/app");
        assertThat(reference.tagParameter()).isEqualTo("1.2");
    }

    @Test
    void aDigestPinsTheImageAndDropsTheTagParameter() {
        ImageReference reference = ImageReference.parse("redis:7@sha256:abc");

        assertThat(reference.fromImage()).isEqualTo("redis@sha256:abc");
        assertThat(reference.tagParameter()).isEmpty();
        assertThat(reference).hasToString("redis:7@sha256:abc");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # reference                              | registry         | path                  | tag    | auth key
            busybox                                  | docker.io        | library/busybox       | latest | https://index.docker.io/v1/
            busybox:1.36                             | docker.io        | library/busybox       | 1.36   | https://index.docker.io/v1/
            bitnami/redis:7                          | docker.io        | bitnami/redis         | 7      | https://index.docker.io/v1/
            docker.io/busybox                        | docker.io        | library/busybox       | latest | https://index.docker.io/v1/
            index.docker.io/library/busybox          | docker.io        | library/busybox       | latest | https://index.docker.io/v1/
            docker.io/bitnami/redis                  | docker.io        | bitnami/redis         | latest | https://index.docker.io/v1/
            localhost/app                            | localhost        | app                   | latest | localhost
            localhost:5000/team/app:2                | localhost:5000   | team/app              | 2      | localhost:5000
            127.0.0.1:5000/jcompose-test/x:1         | 127.0.0.1:5000   | jcompose-test/x       | 1      | 127.0.0.1:5000
            ghcr.io/owner/app                        | ghcr.io          | owner/app             | latest | ghcr.io
            registry.example.com/a/b/c:v1.2-rc_1     | registry.example.com | a/b/c             | v1.2-rc_1 | registry.example.com
            Registry/app                             | Registry         | app                   | latest | Registry
            [::1]:5000/app:3                         | [::1]:5000       | app                   | 3      | [::1]:5000
            team/app                                 | docker.io        | team/app              | latest | https://index.docker.io/v1/
            """)
    void normalizesAsDockerDoes(String reference, String registry, String path, String tag, String authKey) {
        ImageReference parsed = ImageReference.parseChecked(reference);

        assertThat(parsed.registry()).isEqualTo(registry);
        assertThat(parsed.path()).isEqualTo(path);
        assertThat(parsed.tag()).isEqualTo(tag);
        assertThat(parsed.authKey()).isEqualTo(authKey);
        assertThat(parsed.normalized()).isEqualTo(registry + "/" + path + ":" + tag);
    }

    @Test
    void aDigestIsKeptInTheNormalizedName() {
        String digest = "sha256:" + "a".repeat(64);
        ImageReference parsed = ImageReference.parseChecked("busybox@" + digest);

        assertThat(parsed.normalized()).isEqualTo("docker.io/library/busybox@" + digest);
        assertThat(parsed.tag()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            BusyBox                 | repository name library/BusyBox must be lowercase
            team/App:1              | repository name team/App must be lowercase
            team//app               | repository name component ""
            -app                    | repository name component "-app"
            app.                    | repository name component "app."
            busybox:                | tag ""
            busybox:-x              | tag "-x"
            busybox@sha256:xyz      | digest sha256:xyz must be algorithm:hex
            bad_host:5000/app       | registry host bad_host:5000
            """)
    void rejectsWhatDockerRejects(String reference, String problem) {
        assertThatThrownBy(() -> ImageReference.parseChecked(reference))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid reference format: " + reference + ": ")
                .hasMessageContaining(problem);
    }
}
