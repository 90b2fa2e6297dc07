package io.jcompose.spec.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.spec.canonical.CanonicalOptions;
import io.jcompose.spec.canonical.Canonicalizer;
import io.jcompose.spec.model.ModelBinder;
import io.jcompose.spec.model.Project;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole project (src/test/resources/golden/shop) printed as YAML and JSON, then read back. */
class GoldenProjectTest {

    @TempDir
    Path dir;

    private String resource(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/golden/shop/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Project load(String yaml) {
        return ModelBinder.bind(Canonicalizer.canonicalize(ConfigFixture.load(yaml),
                CanonicalOptions.defaults(dir, "shop", k -> Optional.empty())));
    }

    @Test
    void printsAsComposeDoes() throws IOException {
        Files.writeString(dir.resolve("one.env"), resource("one.env"));
        Files.writeString(dir.resolve("two.env"), resource("two.env"));
        Project project = load(resource("compose.yaml"));

        assertThat(ConfigWriter.yaml(project)).isEqualTo(resource("expected.yaml").replace("${DIR}", dir.toString()));
        assertThat(ConfigWriter.json(project))
                .isEqualTo(resource("expected.json").strip().replace("${DIR}", dir.toString()));

        Project again = load(ConfigWriter.yaml(project).replace("$$", "$"));
        assertThat(again).isEqualTo(project);

        // the JSON reads back to the same JSON (it drops service extensions, so not to the same project)
        Project fromJson = ModelBinder.bind(ConfigFixture.load(ConfigWriter.json(project).replace("$$", "$")));
        assertThat(ConfigWriter.json(fromJson)).isEqualTo(ConfigWriter.json(project));
    }
}
