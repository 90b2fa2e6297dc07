package io.jcompose.engine.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
