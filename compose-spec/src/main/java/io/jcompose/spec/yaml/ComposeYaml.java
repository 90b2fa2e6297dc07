package io.jcompose.spec.yaml;

import io.jcompose.spec.ComposeException;
import io.jcompose.spec.tree.ComposeDocument;
import io.jcompose.spec.tree.Mark;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads Compose files as docker compose does (go-yaml v3 semantics on top of snakeyaml-engine's
 * YAML 1.2 parser): see {@link GoScalars} for scalars and {@link TreeBuilder} for keys, anchors,
 * merge keys and the {@code !reset}/{@code !override} tags.
 */
public final class ComposeYaml {

    /** go-yaml has no size limit; snakeyaml-engine's default (3 MB) is too low for generated files. */
    private static final int MAX_CODE_POINTS = 64 * 1024 * 1024;

    private ComposeYaml() {
    }

    /**
     * Parses a Compose file's text; one ComposeDocument per YAML document ({@code ---} separated;
     * empty documents skipped).
     *
     * @param source the file's display name in messages
     * @throws ComposeException for invalid YAML or a tree compose rejects, located {@code file:line:column}
     */
    public static List<ComposeDocument> parse(String source, String text) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(source)
                .setAllowDuplicateKeys(true)
                .setAllowNonScalarKeys(true)
                .setMaxAliasesForCollections(Integer.MAX_VALUE)
                .setCodePointLimit(MAX_CODE_POINTS)
                .build();
        List<YamlNode> roots;
        try {
            roots = NodeReader.read(source, text, settings);
        } catch (MarkedYamlEngineException e) {
            throw syntaxError(source, e);
        } catch (ReaderException e) {
            throw new ComposeException(Optional.of(position(source, text, e.getPosition())), Optional.empty(),
                    "invalid YAML: " + e.getMessage(), e);
        } catch (YamlEngineException e) {
            throw new ComposeException(Optional.of(new Mark(source, 1, 1)), Optional.empty(),
                    "invalid YAML: " + e.getMessage(), e);
        }
        List<ComposeDocument> documents = new ArrayList<>();
        for (YamlNode root : roots) {
            TreeBuilder.build(root)
                    .ifPresent(built -> documents.add(new ComposeDocument(source, built.root(), built.marks())));
        }
        return List.copyOf(documents);
    }

    /**
     * Parses a Compose file's bytes: UTF-8, or UTF-16 when the file starts with its byte order mark,
     * as go-yaml accepts; bytes that are not valid UTF-8 are an error at their position.
     */
    public static List<ComposeDocument> parse(String source, byte[] content) {
        return parse(source, decode(source, content));
    }

    private static String decode(String source, byte[] content) {
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE);
        }
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE);
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length + 1);
        CoderResult result = utf8.decode(in, out, true);
        if (!result.isError()) {
            result = utf8.flush(out);
        }
        if (result.isError()) {
            String before = new String(content, 0, in.position(), StandardCharsets.UTF_8);
            throw new ComposeException(Optional.of(position(source, before, Integer.MAX_VALUE)), Optional.empty(),
                    "invalid YAML: the file is not valid UTF-8 (byte " + (in.position() + 1) + ")");
        }
        return out.flip().toString();
    }

    private static ComposeException syntaxError(String source, MarkedYamlEngineException e) {
        Mark at = e.getProblemMark()
                .map(m -> new Mark(source, m.getLine() + 1, m.getColumn() + 1))
                .orElse(new Mark(source, 1, 1));
        String plain = e.getProblem().replace("'\t(TAB)'", "tab").replace("\t(TAB)", "tabs")
                .replace("'\\t(TAB)'", "tab").replace("\\t(TAB)", "tabs");
        StringBuilder problem = new StringBuilder("invalid YAML: ").append(plain);
        if (e.getContext() != null && !e.getContext().isEmpty()) {
            problem.append(" (").append(e.getContext());
            e.getContextMark().ifPresent(m -> problem.append(" at line ").append(m.getLine() + 1));
            problem.append(')');
        }
        return new ComposeException(Optional.of(at), Optional.empty(), problem.toString(), e);
    }

    private static Mark position(String source, String text, int codePointIndex) {
        int line = 1;
        int column = 1;
        int index = 0;
        for (int i = 0; i < text.length() && index < codePointIndex; i += Character.charCount(text.codePointAt(i))) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            index++;
        }
        return new Mark(source, line, column);
    }
}
