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
}
