package io.jcompose.spec.schema;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import io.jcompose.spec.ComposeException;
import io.jcompose.spec.tree.ComposeDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Compose JSON schema (vendored from compose-go, see {@code README.md} beside the resource),
 * validating one interpolated file before it is merged, as compose does.
 *
 * <p>Loading and compiling the schema costs a few hundred milliseconds on a cold JVM, so it is
 * done once per process; a compiled schema is immutable and safe to share between threads.
 */
public final class ComposeSchema {

    private static final String RESOURCE = "compose-spec.json";

    /**
     * The schema's {@code $id} is the relative {@code compose_spec.json}; giving it an explicit
     * base that resolves to itself keeps every {@code $ref} inside this one document. The host
     * is reserved ({@code .invalid}) and remote fetching is off, so nothing is ever downloaded.
     */
    private static final String BASE_LOCATION = "https://schema.jcompose.invalid/compose_spec.json";

    /**
     * The vendored schema asks a device reservation for exactly one of {@code capabilities} and
     * {@code driver} ({@code oneOf}), which refuses the documented nvidia reservation naming both;
     * docker compose loads it, so either one or both is accepted here.
     */
    private static final String DEVICE_EITHER = "\"oneOf\": [\n          {\n            \"required\": [\n"
            + "              \"capabilities\"";

    private final Schema schema;

    private ComposeSchema(Schema schema) {
        this.schema = schema;
    }

    /** The compiled schema, built on first use and shared afterwards. */
    public static ComposeSchema load() {
        return Loaded.INSTANCE;
    }

    /**
     * Validates one interpolated file's raw tree.
     *
     * @throws ComposeException for the most specific violation: the mark of the offending node,
     *     its YAML path, and what was expected
     */
    public void validate(ComposeDocument document) {
        JsonInstance instance = JsonInstance.of(document.root());
        List<Error> errors = schema.validate(instance.root());
        if (errors.isEmpty()) {
            return;
        }
        SchemaViolation violation = SchemaViolation.mostSpecific(errors, instance);
        throw new ComposeException(
                document.marks().nearest(violation.markPath()),
                Optional.of(violation.path()),
                violation.problem());
    }

    private static ComposeSchema compile() {
        // The schema marks some fields "deprecated" (draft 2019 vocabulary); declaring the keyword
        // keeps draft-07 from logging it as unknown.
        Dialect dialect = Dialect.builder(Dialects.getDraft7())
                .keyword(new NonValidationKeyword("deprecated"))
                .build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(dialect, builder -> builder
                .schemaLoader(loader -> loader.fetchRemoteResources(false))
                .schemaRegistryConfig(SchemaRegistryConfig.builder().preloadSchema(true).locale(Locale.ENGLISH).build()));
        try (InputStream in = ComposeSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the Compose schema resource " + RESOURCE + " is missing from the jar");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace(DEVICE_EITHER, DEVICE_EITHER.replace("oneOf", "anyOf"));
            Schema schema = registry.getSchema(SchemaLocation.of(BASE_LOCATION),
                    new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), InputFormat.JSON);
            schema.initializeValidators();
            return new ComposeSchema(schema);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the Compose schema", e);
        }
    }

    /** Holder idiom: the JVM builds the schema lazily, once, without locking on later calls. */
    private static final class Loaded {
        static final ComposeSchema INSTANCE = compile();
    }
}
