package io.jcompose.spec.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfigHashTest {

    private static String hash(String service) {
        return ConfigHash.of(ConfigFixture.project("services:\n  web:\n" + service.indent(4)).services().get("web"));
    }

    @Test
    void ignoresAttributesThatDoNotNeedANewContainer() {
        String base = hash("image: nginx");
        assertThat(base).matches("[0-9a-f]{64}");
        assertThat(hash("image: nginx\nbuild: .\npull_policy: always\nprofiles: [a]\nscale: 2")).isEqualTo(base);
        assertThat(hash("image: nginx\ndeploy:\n  replicas: 3")).isEqualTo(hash("image: nginx\ndeploy: {}"));
    }

    @Test
    void changesWithTheContainerConfiguration() {
        String base = hash("image: nginx");
        assertThat(hash("image: nginx:1.27")).isNotEqualTo(base);
        assertThat(hash("image: nginx\nenvironment: [A=1]")).isNotEqualTo(base);
        assertThat(hash("image: nginx\nports: ['80']")).isNotEqualTo(base);
    }
}
