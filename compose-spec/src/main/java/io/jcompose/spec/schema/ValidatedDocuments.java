package io.jcompose.spec.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.jcompose.spec.tree.ComposeDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Schema validation that remembers the documents it passed: compiling the Compose schema costs most of a
 * cold {@code config} run, and a project is validated unchanged run after run. A valid document's digest
 * (SHA-256 of its JSON instance, types included) goes into a file, one a line; a document whose digest is
 * there skips the schema. Invalid documents are never remembered, so their errors are always reported.
 * The file must belong to one build of jcompose (the launcher keys it by the jar), as another schema or
 * validator could judge the same document differently. The file is a cache: when it cannot be read or
 * written, documents are validated as if it were empty.
 */
public final class ValidatedDocuments {

    private final Optional<Path> file;

    private ValidatedDocuments(Optional<Path> file) {
        this.file = file;
    }

    /** Validates every document, remembering nothing. */
    public static ValidatedDocuments none() {
        return new ValidatedDocuments(Optional.empty());
    }

    /** Remembers valid documents in {@code file}, which need not exist yet. */
    public static ValidatedDocuments in(Path file) {
        return new ValidatedDocuments(Optional.of(file));
    }

    /**
     * Validates {@code document} against the Compose schema unless it passed before.
     *
     * @throws io.jcompose.spec.ComposeException as {@link ComposeSchema#validate} does
     */
    public void validate(ComposeDocument document) {
        if (file.isEmpty()) {
            ComposeSchema.load().validate(document);
            return;
        }
        String digest = digest(JsonInstance.of(document.root()).root());
        if (known(file.get()).contains(digest)) {
            return;
        }
        ComposeSchema.load().validate(document);
        remember(file.get(), digest);
    }

    private static List<String> known(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException absent) {
            return List.of();
        } catch (IOException unreadable) {
            return List.of();
        }
    }

    private static void remember(Path file, String digest) {
        try {
            // one short append is atomic, so concurrent runs do not interleave their lines
            Files.writeString(file, digest + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException unwritable) {
            // the next run validates again
        }
    }

    /** The digest of a JSON instance: every node's type and value, strings length-prefixed, in document order. */
    static String digest(JsonNode root) {
        StringBuilder text = new StringBuilder();
        write(root, text);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static void write(JsonNode node, StringBuilder out) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                out.append('{');
                node.properties().forEach(property -> {
                    string(property.getKey(), out);
                    write(property.getValue(), out);
                });
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                node.forEach(item -> write(item, out));
                out.append(']');
            }
            case STRING -> {
                out.append('s');
                string(node.textValue(), out);
            }
            case NUMBER -> out.append('#').append(node.numberType()).append(':').append(node.asText()).append(';');
            case BOOLEAN -> out.append(node.booleanValue() ? 'T' : 'F');
            case NULL -> out.append('N');
            default -> {
                out.append('?').append(node.getNodeType()).append(':');
                string(node.toString(), out);
            }
        }
    }

    private static void string(String text, StringBuilder out) {
        out.append(text.length()).append(':').append(text);
    }
}
