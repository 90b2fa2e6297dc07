package io.jcompose.spec.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonEmitterTest {

    @Test
    void escapesAsGo() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("s", "<a href=\"x\">&</a>\t\n\r\b\f\u0001\u2028é\\");
        assertThat(JsonEmitter.write(doc)).isEqualTo(
                "{\n  \"s\": \"\\u003ca href=\\\"x\\\"\\u003e\\u0026\\u003c/a\\u003e\\t\\n\\r\\b\\f\\u0001\\u2028é\\\\\"\n}");
    }

    @Test
    void indentsAsMarshalIndent() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("empty", Map.of());
        doc.put("none", List.of());
        doc.put("list", List.of(1L, 0.5, true, Map.of("k", "v")));
        doc.put("null", null);
        assertThat(JsonEmitter.write(doc)).isEqualTo("""
                {
                  "empty": {},
                  "none": [],
                  "list": [
                    1,
                    0.5,
                    true,
                    {
                      "k": "v"
                    }
                  ],
                  "null": null
                }""");
    }
}
