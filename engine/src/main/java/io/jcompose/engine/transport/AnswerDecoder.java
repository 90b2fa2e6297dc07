package io.jcompose.engine.transport;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Reads one engine answer from a streaming parser positioned on its first token. Hand-written readers
 * avoid databind's first use (bean introspection, ~50 ms cold) on the paths every command takes.
 */
@FunctionalInterface
public interface AnswerDecoder<T> {

    T read(JsonParser parser) throws IOException;

    /** Reads an answer given as text (a recorded one). */
    default T read(String json) throws IOException {
        try (JsonParser parser = EngineJson.FACTORY.createParser(json)) {
            parser.nextToken();
            return read(parser);
        }
    }
}
