package io.jcompose.spec.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.spec.ComposeException;
import io.jcompose.spec.tree.ComposeDocument;
import io.jcompose.spec.tree.Marks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidatedDocumentsTest {

    @TempDir
    Path directory;

    @Test
    void aValidDocumentIsRememberedOnce() throws IOException {
        Path memo = directory.resolve("valid");
        ValidatedDocuments validated = ValidatedDocuments.in(memo);
        validated.validate(document(Map.of("web", Map.of("image", "busybox"))));
        validated.validate(document(Map.of("web", Map.of("image", "busybox"))));
        assertThat(Files.readAllLines(memo)).hasSize(1);
        validated.validate(document(Map.of("web", Map.of("image", "nginx"))));
        assertThat(Files.readAllLines(memo)).hasSize(2);
    }

    @Test
    void anInvalidDocumentIsNeverRememberedAndAlwaysReported() {
        Path memo = directory.resolve("valid");
        ValidatedDocuments validated = ValidatedDocuments.in(memo);
        ComposeDocument invalid = document(Map.of("web", Map.of("ports", "80")));
        for (int run = 0; run < 2; run++) {
            assertThatThrownBy(() -> validated.validate(invalid)).isInstanceOf(ComposeException.class)
                    .hasMessageContaining("services.web.ports");
        }
        assertThat(memo).doesNotExist();
    }

    @Test
    void anUnwritableMemoOnlyMeansValidatingEveryTime() {
        ValidatedDocuments validated = ValidatedDocuments.in(directory.resolve("missing/dir/valid"));
        validated.validate(document(Map.of("web", Map.of("image", "busybox"))));
        assertThatThrownBy(() -> validated.validate(document(Map.of("web", Map.of("ports", "80")))))
                .isInstanceOf(ComposeException.class);
    }

    @Test
    void theDigestTellsTypesAndStructureApart() {
        assertThat(digest(Map.of("a", "1"))).isNotEqualTo(digest(Map.of("a", 1)));
        assertThat(digest(Map.of("a", true))).isNotEqualTo(digest(Map.of("a", "true")));
        assertThat(digest(Map.of("a", List.of("b", "c")))).isNotEqualTo(digest(Map.of("a", List.of("bc"))));
        assertThat(digest(Map.of("ab", "c"))).isNotEqualTo(digest(Map.of("a", "bc")));
        assertThat(digest(Map.of("a", 1L))).isEqualTo(digest(Map.of("a", 1L)));
    }

    private static String digest(Map<String, Object> tree) {
        return ValidatedDocuments.digest(JsonInstance.of(tree).root());
    }

    private static ComposeDocument document(Map<String, Object> services) {
        return new ComposeDocument("compose.yaml", Map.of("services", services), Marks.none());
    }
}
