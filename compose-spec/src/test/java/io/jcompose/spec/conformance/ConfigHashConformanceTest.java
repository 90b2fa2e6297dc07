package io.jcompose.spec.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.spec.output.ConfigHash;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code config --hash}: SHA-256 of the service as Go's {@code json.Marshal} writes it, without
 * whitespace. The expected digests are of the literal compact JSON named in each case.
 */
class ConfigHashConformanceTest {

    @TempDir
    Path dir;

    private String hash(String compose, String service) {
        return ConfigHash.of(new ComposeProject(dir).compose(compose).profile("a").load().project().service(service).orElseThrow());
    }

    @Test
    void aPlainServiceHashesItsCompactJson() {
        // sha256 of {"command":null,"entrypoint":null,"image":"nginx","networks":{"default":null}}
        assertThat(hash("""
                name: demo
                services:
                  web:
                    image: nginx
                    pull_policy: always
                    profiles: [a]
                """, "web")).isEqualTo("daef7adc9ecc59d4881bd1ebc06f26a836d35656f8b5fb0adfdb95b2d856fbd3");
    }
}
