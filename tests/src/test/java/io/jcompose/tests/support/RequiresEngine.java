package io.jcompose.tests.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that talks to a real engine. The engine is pinged once per run: when none answers
 * the class fails if {@code CI} is set or {@code -Djcompose.requireEngine=true}, and is otherwise skipped
 * with a message on stderr. Test methods may take a {@link TestEngine} parameter.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(EngineExtension.class)
public @interface RequiresEngine {
}
