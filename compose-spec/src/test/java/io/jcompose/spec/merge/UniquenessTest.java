package io.jcompose.spec.merge;

import static io.jcompose.spec.merge.TestTrees.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Redefinitions inside one file collapse too, the last one taking the first one's place. */
class UniquenessTest {

    @Test
    void keyedSequencesKeepFirstPositionAndLastValue() {
        Map<String, Object> tree = Uniqueness.enforce(yaml("""
                services:
                  web:
                    environment: [A=1, B=2, A=3]
                    volumes: ["./x:/data", "./y:/other", "./z:/data:ro"]
                    security_opt: [a, a]
                """));
        Map<String, Object> web = TreeValues.asMap(TreeValues.asMap(tree.get("services")).get("web"));
        assertThat(web.get("environment")).isEqualTo(List.of("A=3", "B=2"));
        assertThat(web.get("volumes")).isEqualTo(List.of("./z:/data:ro", "./y:/other"));
        assertThat(web.get("security_opt")).isEqualTo(List.of("a", "a"));
    }

    @Test
    void goValueFormattingOfMapValues() {
        assertThat(TreeValues.scalarText(1.5)).isEqualTo("1.5");
        assertThat(TreeValues.scalarText(3.0)).isEqualTo("3");
        assertThat(TreeValues.scalarText(1e21)).isEqualTo("1e+21");
        assertThat(TreeValues.scalarText(0.00001)).isEqualTo("1e-05");
        assertThat(TreeValues.scalarText(true)).isEqualTo("true");
        assertThat(TreeValues.scalarText(42L)).isEqualTo("42");
    }
}
