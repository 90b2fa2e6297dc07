package io.jcompose.spec.output;

import io.jcompose.spec.canonical.CanonicalOptions;
import io.jcompose.spec.canonical.Canonicalizer;
import io.jcompose.spec.model.ModelBinder;
import io.jcompose.spec.model.Project;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Raw YAML to printed config, the way the CLI chains the stages, for golden tests. */
final class ConfigFixture {

    static final Path DIR = Path.of("/work/project");

    private ConfigFixture() {
    }

    static Map<String, Object> load(String yaml) {
        @SuppressWarnings("unchecked")
        Map<String, Object> raw = (Map<String, Object>) plain(new Load(LoadSettings.builder().build())
                .loadFromString(yaml));
        return raw;
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

    /** snakeyaml's Integer and non-string keys as the loader's tree has them: Long and String. */
    private static Object plain(Object value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
            return out;
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(v -> out.add(plain(v)));
            return out;
        }
        if (value instanceof Integer i) {
            return i.longValue();
        }
        if (value instanceof java.math.BigInteger b) {
            return b.longValue();
        }
        return value;
    }
}
