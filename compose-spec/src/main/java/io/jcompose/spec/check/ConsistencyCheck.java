package io.jcompose.spec.check;

import io.jcompose.spec.ComposeException;
import io.jcompose.spec.tree.Mark;
import io.jcompose.spec.tree.YamlPath;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Semantic checks of the merged project, the ones compose runs after the schema: references
 * that must resolve, settings that exclude each other, dependency cycles.
 *
 * <p>Checks run in a fixed order: project name, top-level resources (networks, volumes,
 * secrets, configs, by name), then each service by name (its references, then its own
 * settings), then dependency cycles. The first problem found is reported.
 */
public final class ConsistencyCheck {

    private ConsistencyCheck() {
    }

    /**
     * The checks compose-go runs on the merged tree before its canonical form, even with
     * {@code --no-consistency}: settings an external volume cannot have.
     *
     * @param marks where a path was written, if known
     * @throws ComposeException for the first problem found
     */
    public static void checkDeclarations(Map<String, Object> mergedTree, Function<YamlPath, Optional<Mark>> marks) {
        TopLevelResources.checkExternalVolumes(mergedTree, new Problems(marks));
    }

    /**
     * Semantic checks on the merged project in canonical form (the JSON shape
     * {@code docker compose config --format json} prints).
     *
     * @param marks where a path was written, if known; problems point at the nearest marked ancestor
     * @throws ComposeException for the first problem found, in a stable order
     */
    public static void check(Map<String, Object> canonicalProject, Function<YamlPath, Optional<Mark>> marks) {
        Problems problems = new Problems(marks);
        TopLevelResources.check(canonicalProject, problems);
        ServiceReferences references = new ServiceReferences(canonicalProject, problems);
        ServiceSettings settings = new ServiceSettings(problems);
        Map<String, Object> services = new TreeMap<>(Attributes.map(canonicalProject, "services"));
        services.forEach((name, definition) -> {
            Map<String, Object> service = Attributes.map(definition);
            references.check(name, service);
            settings.check(name, service);
        });
        Optional<List<String>> cycle = DependencyCycles.find(canonicalProject);
        if (cycle.isPresent()) {
            throw problems.at(YamlPath.of("services", cycle.get().get(0)), DependencyCycles.describe(cycle.get()));
        }
    }
}
