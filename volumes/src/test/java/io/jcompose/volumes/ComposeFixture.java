package io.jcompose.volumes;

import io.jcompose.spec.canonical.CanonicalOptions;
import io.jcompose.spec.canonical.Canonicalizer;
import io.jcompose.spec.model.ModelBinder;
import io.jcompose.spec.model.Project;
import io.jcompose.spec.yaml.ComposeYaml;
import java.nio.file.Path;
import java.util.Optional;

/** A compose file text to the Project the CLI would hand the planners: parsed, canonicalized, bound. */
final class ComposeFixture {

    private ComposeFixture() {
    }

    static Project project(String yaml) {
        return ModelBinder.bind(Canonicalizer.canonicalize(ComposeYaml.parse("compose.yaml", yaml).get(0).root(),
                CanonicalOptions.defaults(Path.of("/work/project"), "demo", k -> Optional.empty())));
    }
}
