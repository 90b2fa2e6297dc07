package io.jcompose.engine.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jcompose.engine.transport.AnswerDecoder;
import io.jcompose.engine.transport.EngineJson;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerReaderTest {

    static <T> T read(String text, AnswerDecoder<T> reader) throws IOException {
        try (JsonParser parser = EngineJson.FACTORY.createParser(text)) {
            parser.nextToken();
            return reader.read(parser);
        }
    }

    @Test
    void untypedValuesAreWhatDatabindGivesWithTheSameNumberTypes() throws IOException {
        String text = """
                {"int": 7, "negative": -2147483648, "long": 3000000000, "minLong": -9223372036854775808,
                 "big": 123456789012345678901234567890, "float": 1.5, "exp": 1e3, "huge": 1e400, "negZero": -0.0,
                 "t": true, "f": false, "nothing": null, "text": "a\\u00e9\\n",
                 "nested": {"list": [1, [2, {"deep": [null, 3000000000, 2.25]}], "x"], "empty": {}, "none": []},
                 "RestartPolicy": {"Name": "no", "MaximumRetryCount": 0}, "ShmSize": 67108864,
                 "dup": 1, "dup": "second"}""";

        Map<String, Object> read = read(text, AnswerReader::untypedMap);
        @SuppressWarnings("unchecked")
        Map<String, Object> databind = new ObjectMapper().readValue(text, Map.class);

        assertThat(read).isEqualTo(databind).isInstanceOf(LinkedHashMap.class);
        assertThat(List.copyOf(read.keySet())).isEqualTo(List.copyOf(databind.keySet()));
        assertThat(read.get("int")).isInstanceOf(Integer.class);
        assertThat(read.get("long")).isInstanceOf(Long.class);
        assertThat(read.get("big")).isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(read.get("exp")).isEqualTo(1000.0);
        assertThat(read.get("huge")).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(read).containsEntry("nothing", null).containsEntry("dup", "second");
        assertThat(((Map<?, ?>) read.get("nested")).get("list"))
                .isEqualTo(Arrays.asList(1, Arrays.asList(2, Map.of("deep", Arrays.asList(null, 3000000000L, 2.25))), "x"));
    }

    @Test
    void scalarsComeAsDatabindCoercesThem() throws IOException {
        assertThat(read("null", AnswerReader::text)).isNull();
        assertThat(read("12", AnswerReader::text)).isEqualTo("12");
        assertThat(read("true", AnswerReader::text)).isEqualTo("true");
        assertThat(read("null", AnswerReader::integer)).isZero();
        assertThat(read("\"42\"", AnswerReader::integer)).isEqualTo(42);
        assertThat(read("3.9", AnswerReader::integer)).isEqualTo(3);
        assertThat(read("1795480188", AnswerReader::longInteger)).isEqualTo(1795480188L);
        assertThat(read("null", AnswerReader::bool)).isFalse();
        assertThat(read("\"true\"", AnswerReader::bool)).isTrue();
        assertThat(read("1", AnswerReader::bool)).isTrue();
        assertThat(read("null", AnswerReader::texts)).isNull();
        assertThat(read("[\"a\", null]", AnswerReader::texts)).containsExactly("a", null);
        assertThat(read("{\"a\": \"1\", \"b\": null, \"c\": 2}", AnswerReader::textMap))
                .containsEntry("a", "1").containsEntry("b", null).containsEntry("c", "2").hasSize(3);
    }

    @Test
    void aValueOfTheWrongShapeIsRefused() {
        assertThatThrownBy(() -> read("{\"a\": 1}", AnswerReader::text)).isInstanceOf(IOException.class)
                .hasMessageContaining("expected a string");
        assertThatThrownBy(() -> read("[1]", AnswerReader::untypedMap)).isInstanceOf(IOException.class)
                .hasMessageContaining("expected an object");
        assertThatThrownBy(() -> read("3000000000", AnswerReader::integer)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> read("\"yes\"", AnswerReader::bool)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> read("", AnswerReader::id)).isInstanceOf(IOException.class)
                .hasMessageContaining("the end of the answer");
        assertThatThrownBy(() -> read("{\"Id\": \"a\"", AnswerReader::id)).isInstanceOf(IOException.class);
    }

    @Test
    void aCreateAnswerGivesItsIdAndSkipsTheRest() throws IOException {
        assertThat(read("""
                {"Warnings": [{"odd": [1, 2]}], "Id": "0a1b2c", "Extra": {"Id": "not this"}}""", AnswerReader::id))
                .isEqualTo("0a1b2c");
        assertThat(read("{\"Warnings\": null}", AnswerReader::id)).isEmpty();
    }
}
