package io.jcompose.spec.load;

import static io.jcompose.spec.merge.TreeValues.asMap;

import io.jcompose.spec.ComposeException;
import io.jcompose.spec.canonical.CanonicalOptions;
import io.jcompose.spec.canonical.Canonicalizer;
import io.jcompose.spec.check.ConsistencyCheck;
import io.jcompose.spec.interpolation.Interpolation;
import io.jcompose.spec.merge.ComposeMerge;
import io.jcompose.spec.merge.Include;
import io.jcompose.spec.merge.PathRebase;
import io.jcompose.spec.merge.ProfileSelection;
import io.jcompose.spec.merge.ServiceExtends;
import io.jcompose.spec.merge.TreeValues;
import io.jcompose.spec.merge.Uniqueness;
import io.jcompose.spec.model.ModelBinder;
import io.jcompose.spec.model.Project;
import io.jcompose.spec.schema.ComposeSchema;
import io.jcompose.spec.tree.ComposeDocument;
import io.jcompose.spec.tree.Mark;
import io.jcompose.spec.tree.Marks;
import io.jcompose.spec.tree.YamlPath;
import io.jcompose.spec.yaml.ComposeYaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Loads a Compose project the way docker compose does, without an engine: discovery and env
 * files, then per file parse, interpolate, validate, include, extends and merge; then the
 * canonical form, consistency checks, profiles, and the bound model.
 */
public final class ProjectLoader {

    private final LoadOptions options;
    private final List<String> warnings = new ArrayList<>();
    private final List<ComposeDocument> mainDocuments = new ArrayList<>();
    private final Map<Path, List<ComposeDocument>> parsed = new HashMap<>();
    /** Per included service, its include's variables (the innermost include's when nested). */
    private final Map<String, Map<String, String>> includedEnvironments = new LinkedHashMap<>();

    private ProjectLoader(LoadOptions options) {
        this.options = options;
    }

    /** The bound project, narrowed to the enabled services. */
    public static LoadedProject load(LoadOptions options) {
        LoadedModel model = loadModel(options);
        Map<String, Object> tree = options.services().isEmpty() ? model.tree()
                : withinSelection(model.tree(), model.selection().enabled());
        Project project = ModelBinder.bind(tree).withEnabledServices(model.selection().enabled());
        return new LoadedProject(model, project);
    }

    /**
     * Services named on the command line keep only the dependencies that were selected with them,
     * as compose-go's WithSelectedServices does: an optional dependency left out is forgotten.
     */
    private static Map<String, Object> withinSelection(Map<String, Object> tree, Set<String> selected) {
        if (!(tree.get("services") instanceof Map<?, ?> services)) {
            return tree;
        }
        Map<String, Object> narrowed = new LinkedHashMap<>();
        asMap(services).forEach((name, definition) -> {
            if (selected.contains(name) && definition instanceof Map<?, ?> service
                    && service.get("depends_on") instanceof Map<?, ?> dependencies) {
                Map<String, Object> kept = new LinkedHashMap<>();
                asMap(dependencies).forEach((dependency, condition) -> {
                    if (selected.contains(dependency)) {
                        kept.put(dependency, condition);
                    }
                });
                Map<String, Object> copy = new LinkedHashMap<>(asMap(service));
                if (kept.isEmpty()) {
                    copy.remove("depends_on");
                } else {
                    copy.put("depends_on", kept);
                }
                narrowed.put(name, copy);
            } else {
                narrowed.put(name, definition);
            }
        });
        Map<String, Object> out = new LinkedHashMap<>(tree);
        out.put("services", narrowed);
        return out;
    }

    /** The project as a canonical tree, without binding it (what {@code config --no-interpolate} prints). */
    public static LoadedModel loadModel(LoadOptions options) {
        return new ProjectLoader(options).run();
    }

    /**
     * The files merged, before the canonical form: every value as written (interpolated or not,
     * as the options say). What {@code config --variables} reads templates from.
     */
    public static MergedModel loadMerged(LoadOptions options) {
        return new ProjectLoader(options).merge();
    }

    /** The merged raw tree and the facts settled on the way. */
    public record MergedModel(ProjectEnvironment settled, String name, Map<String, String> environment,
            Map<String, Object> tree, List<String> warnings) {

        public MergedModel {
            environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
            tree = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tree));
            warnings = List.copyOf(warnings);
        }
    }

    private MergedModel merge() {
        ProjectEnvironment settled = ProjectEnvironment.resolve(options, warnings::add);
        Map<String, String> environment = new LinkedHashMap<>(settled.environment());
        String name = projectName(settled, environment);
        environment.put("COMPOSE_PROJECT_NAME", name);

        Map<String, Object> merged = loadFiles(settled.files(), settled.projectDirectory(), environment, List.of(), true);
        if (merged.isEmpty()) {
            throw new ComposeException("empty compose file");
        }
        merged.put("name", name);
        return new MergedModel(settled, name, environment, merged, warnings);
    }

    private LoadedModel run() {
        MergedModel mergedModel = merge();
        ProjectEnvironment settled = mergedModel.settled();
        Map<String, String> environment = mergedModel.environment();
        String name = mergedModel.name();
        Map<String, Object> merged = new LinkedHashMap<>(mergedModel.tree());

        ConsistencyCheck.checkDeclarations(merged, this::markOf);
        Map<String, String> lookupEnvironment = Map.copyOf(environment);
        Map<String, Object> canonical = Canonicalizer.canonicalize(merged, new CanonicalOptions(
                settled.projectDirectory(), name, key -> Optional.ofNullable(lookupEnvironment.get(key)),
                options.normalize(), options.resolvePaths(), options.resolveEnvironment(), includedEnvironments),
                this::markOf);
        canonical = Uniqueness.enforce(canonical);

        ProfileSelection selection = ProfileSelection.select(canonical, settled.profiles(), options.services(),
                options.checkConsistency());
        if (options.checkConsistency()) {
            ConsistencyCheck.check(selection.applyActivated(canonical), this::markOf);
        }
        return new LoadedModel(name, settled.projectDirectory(), settled.files(), environment, settled.envFiles(),
                canonical, selection, warnings);
    }

    /** -p, else COMPOSE_PROJECT_NAME (both validated), else the last {@code name:} (normalized), else the directory. */
    private String projectName(ProjectEnvironment settled, Map<String, String> environment) {
        if (options.projectName().isPresent()) {
            return ProjectNames.validate(options.projectName().get());
        }
        String fromEnvironment = environment.get("COMPOSE_PROJECT_NAME");
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return ProjectNames.validate(fromEnvironment);
        }
        Optional<String> declared = Optional.empty();
        for (String file : settled.files()) {
            for (ComposeDocument document : documents(file)) {
                if (document.root().get("name") instanceof String value && !value.isEmpty()) {
                    declared = Optional.of(value);
                }
            }
        }
        String name;
        if (declared.isPresent()) {
            name = interpolateName(declared.get(), environment);
            if (options.normalize()) {
                name = ProjectNames.normalize(name);
            }
        } else {
            Path directory = settled.projectDirectory();
            Path base = directory.getFileName();
            String dirname = base == null ? "" : base.toString();
            warnIfSymlink(directory, dirname);
            name = ProjectNames.normalize(dirname);
        }
        if (name.isEmpty()) {
            throw new ComposeException("project name must not be empty");
        }
        return name;
    }

    /** compose keeps the symlink's name but says so, as the target's name may be what was expected. */
    private void warnIfSymlink(Path directory, String dirname) {
        try {
            Path real = directory.toRealPath();
            Path realName = real.getFileName();
            if (realName != null && !realName.toString().equals(dirname)) {
                warnings.add("project has been loaded without an explicit name from a symlink. Using name \"" + dirname + "\"");
            }
        } catch (IOException unresolvable) {
            // a directory that cannot be resolved has no symlink to report
        }
    }

    private String interpolateName(String declared, Map<String, String> environment) {
        if (!options.interpolate()) {
            return declared;
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("name", declared);
        ComposeDocument document = Interpolation.interpolate(
                new ComposeDocument("name", root, Marks.none()),
                key -> Optional.ofNullable(environment.get(key)), warning -> { });
        return String.valueOf(document.root().get("name"));
    }

    /**
     * Loads and merges Compose files in order.
     *
     * @param workingDirectory the directory the files' relative paths (and include paths) are read from
     * @param chain the files including these ones, outermost first
     */
    private Map<String, Object> loadFiles(List<String> files, Path workingDirectory, Map<String, String> environment,
            List<Path> chain, boolean main) {
        Map<String, Object> merged = new LinkedHashMap<>();
        Map<Path, Optional<Map<String, Object>>> extendedFiles = new HashMap<>();
        List<ComposeDocument> loaded = new ArrayList<>();
        for (String file : files) {
            for (ComposeDocument parsedDocument : documents(file)) {
                ComposeDocument document = interpolate(parsedDocument, environment);
                loaded.add(document);
                if (main) {
                    mainDocuments.add(document);
                }
                Map<String, Object> root = new LinkedHashMap<>(document.root());
                if (root.containsKey("version")) {
                    warnings.add(file + ": the attribute `version` is obsolete, it will be ignored, "
                            + "please remove it to avoid potential confusion");
                    root.remove("version");
                }
                Path path = file.equals(ComposeFileDiscovery.STDIN) ? workingDirectory.resolve("-") : Path.of(file);
                List<Path> including = new ArrayList<>(chain);
                including.add(path);
                try {
                    root = Include.apply(root, workingDirectory, including,
                            request -> loadIncluded(request, environment));
                    root = ServiceExtends.apply(root, path, workingDirectory, base -> extendedFiles.computeIfAbsent(
                            base, f -> extendedServices(f, workingDirectory, environment)));
                    merged = Uniqueness.enforce(ComposeMerge.merge(merged, root));
                } catch (ComposeException problem) {
                    throw located(problem, document);
                }
                validate(merged, loaded);
            }
        }
        return merged;
    }

    /** A problem found at a path of this document, given the document's line and column when it has none. */
    private static ComposeException located(ComposeException problem, ComposeDocument document) {
        if (problem.mark().isPresent() || problem.path().isEmpty()) {
            return problem;
        }
        Optional<Mark> mark = markIn(List.of(document), problem.path().get());
        return mark.isEmpty() ? problem : new ComposeException(mark, problem.path(), problem.problem(), problem);
    }

    /**
     * Validates the merged model so far, as compose-go does: a later file may complete what an
     * earlier one started (a ulimit's {@code hard} next to an earlier {@code soft}). A violation
     * points at the last file that wrote the offending path.
     */
    private void validate(Map<String, Object> merged, List<ComposeDocument> loaded) {
        try {
            options.validated().validate(new ComposeDocument("merged", merged, Marks.none()));
        } catch (ComposeException violation) {
            // the file that holds the violation on its own reports it at the precise node
            for (int i = loaded.size() - 1; i >= 0; i--) {
                try {
                    ComposeSchema.load().validate(loaded.get(i));
                } catch (ComposeException own) {
                    if (own.problem().equals(violation.problem()) && own.path().equals(violation.path())) {
                        throw own;
                    }
                }
            }
            YamlPath path = violation.path().orElse(YamlPath.ROOT);
            throw new ComposeException(markIn(loaded, path), violation.path(), violation.problem(), violation);
        }
    }

    /** An included project: own directory and env files, the including project's variables winning. */
    private Map<String, Object> loadIncluded(Include.Request request, Map<String, String> parentEnvironment) {
        Map<String, String> environment = new LinkedHashMap<>(parentEnvironment);
        EnvFiles.read(request.envFiles(), parentEnvironment).forEach(environment::putIfAbsent);
        List<String> files = request.files().stream().map(Path::toString).toList();
        Map<String, Object> model = loadFiles(files, request.projectDirectory(), environment, request.chain(), false);
        resolveListEnvironment(model, environment);
        if (model.get("services") instanceof Map<?, ?> services) {
            Map<String, String> variables = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
            asMap(services).keySet().forEach(name -> includedEnvironments.putIfAbsent(name, variables));
        }
        return model;
    }

    /** Bare {@code - VAR} entries take the included project's value, as compose-go resolves them there. */
    private static void resolveListEnvironment(Map<String, Object> model, Map<String, String> environment) {
        if (!(model.get("services") instanceof Map<?, ?> services)) {
            return;
        }
        asMap(services).replaceAll((name, definition) -> {
            if (!(definition instanceof Map<?, ?> map) || !(map.get("environment") instanceof List<?> entries)) {
                return definition;
            }
            List<Object> resolved = new ArrayList<>();
            for (Object entry : entries) {
                if (entry instanceof String key && !key.contains("=") && environment.containsKey(key)) {
                    resolved.add(key + "=" + environment.get(key));
                } else {
                    resolved.add(entry);
                }
            }
            Map<String, Object> service = new LinkedHashMap<>(asMap(map));
            service.put("environment", resolved);
            return service;
        });
    }

    /**
     * The services of a file named by {@code extends.file}, paths re-expressed against the project
     * directory; empty when the file has no services section.
     */
    private Optional<Map<String, Object>> extendedServices(Path file, Path workingDirectory, Map<String, String> environment) {
        Map<String, Object> services = new LinkedHashMap<>();
        boolean found = false;
        for (ComposeDocument parsedDocument : documents(file.toString())) {
            ComposeDocument document = interpolate(parsedDocument, environment);
            Object section = TreeValues.untag(document.root().get("services"));
            if (section instanceof Map<?, ?> map) {
                found = true;
                PathRebase rebase = new PathRebase(file.getParent(), workingDirectory);
                asMap(map).forEach((name, service) -> services.put(name,
                        service instanceof Map<?, ?> s ? rebase.service(asMap(s)) : service));
            }
        }
        return found ? Optional.of(services) : Optional.empty();
    }

    private ComposeDocument interpolate(ComposeDocument document, Map<String, String> environment) {
        if (!options.interpolate()) {
            return document;
        }
        return Interpolation.interpolate(document, key -> Optional.ofNullable(environment.get(key)), warnings::add);
    }

    private List<ComposeDocument> documents(String file) {
        Path key = file.equals(ComposeFileDiscovery.STDIN) ? Path.of(ComposeFileDiscovery.STDIN) : Path.of(file);
        List<ComposeDocument> cached = parsed.get(key);
        if (cached != null) {
            return cached;
        }
        List<ComposeDocument> documents = file.equals(ComposeFileDiscovery.STDIN)
                ? ComposeYaml.parse(file, options.stdin().get())
                : ComposeYaml.parse(displayName(file), read(file));
        parsed.put(key, documents);
        return documents;
    }

    /** The file's bytes: the YAML reader decodes them (UTF-8, or UTF-16 with a byte order mark). */
    private static byte[] read(String file) {
        if (Files.isDirectory(Path.of(file))) {
            throw new ComposeException("read " + file + ": is a directory");
        }
        try {
            return Files.readAllBytes(Path.of(file));
        } catch (NoSuchFileException e) {
            throw new ComposeException("open " + file + ": no such file or directory", e);
        } catch (IOException e) {
            throw new ComposeException("open " + file + ": " + e.getMessage(), e);
        }
    }

    /** Files under the working directory are named relative to it in messages, as a user typed them. */
    private String displayName(String file) {
        if (file.equals(ComposeFileDiscovery.STDIN)) {
            return file;
        }
        Path path = Path.of(file);
        Path cwd = options.workingDirectory();
        return path.startsWith(cwd) ? cwd.relativize(path).toString() : file;
    }

    private Optional<Mark> markOf(YamlPath path) {
        return markIn(mainDocuments, path);
    }

    /** Where a path of the merged model was written: the last document that sets it, else its nearest ancestor. */
    private static Optional<Mark> markIn(List<ComposeDocument> documents, YamlPath path) {
        for (int i = documents.size() - 1; i >= 0; i--) {
            Optional<Mark> exact = documents.get(i).marks().exact(path);
            if (exact.isPresent()) {
                return exact;
            }
        }
        YamlPath at = path;
        while (!at.isRoot()) {
            at = at.parent();
            for (int i = documents.size() - 1; i >= 0; i--) {
                Optional<Mark> exact = documents.get(i).marks().exact(at);
                if (exact.isPresent()) {
                    return exact;
                }
            }
        }
        return documents.isEmpty() ? Optional.empty() : documents.get(documents.size() - 1).marks().nearest(path);
    }
}
