package io.jcompose.spec.output;

import io.jcompose.spec.canonical.CanonicalOptions;
import io.jcompose.spec.canonical.Canonicalizer;
import io.jcompose.spec.model.ModelBinder;
import io.jcompose.spec.model.Project;
import java.nio.file.Path;
import io.jcompose.spec.yaml.ComposeYaml;
import java.util.Map;
import java.util.Optional;

/** Raw YAML to printed config, the way the CLI chains the stages, for golden tests. */
final class ConfigFixture {

    static final Path DIR = Path.of("/work/project");

    private ConfigFixture() {
    }

    static Map<String, Object> load(String yaml) {
        return ComposeYaml.parse("compose.yaml", yaml).get(0).root();
    }

    static Map<String, Object> canonical(String yaml, Map<String, String> env) {
        return Canonicalizer.canonicalize(load(yaml),
                CanonicalOptions.defaults(DIR, "demo", k -> Optional.ofNullable(env.get(k))));
    }

    static Project project(String yaml) {
        return ModelBinder.bind(canonical(yaml, Map.of()));
    }

    static String yaml(String composeFile) {
        return ConfigWriter.yaml(project(composeFile));
    }

    static String json(String composeFile) {
        return ConfigWriter.json(project(composeFile));
    }
}
