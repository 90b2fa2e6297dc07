package io.jcompose.cli;

import static io.jcompose.cli.CommandModel.flag;
import static io.jcompose.cli.CommandModel.list;
import static io.jcompose.cli.CommandModel.option;
import static io.jcompose.cli.CommandModel.positionals;

import io.jcompose.spec.ComposeException;
import io.jcompose.spec.graph.DependencyGraph;
import io.jcompose.spec.interpolation.Template;
import io.jcompose.spec.interpolation.TemplateVariable;
import io.jcompose.spec.load.LoadOptions;
import io.jcompose.spec.load.LoadedModel;
import io.jcompose.spec.load.LoadedProject;
import io.jcompose.spec.load.ProjectLoader;
import io.jcompose.spec.merge.TreeValues;
import io.jcompose.spec.model.Project;
import io.jcompose.spec.output.ConfigHash;
import io.jcompose.spec.output.ConfigWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code jcompose config}: the resolved model in canonical form, or one facet of it. Pure loader
 * work: no engine, no Vert.x.
 */
public final class ConfigCommand implements Callable<Integer> {

    private final JcomposeCommand root;
    private final CommandSpec spec;
    private String format = "";
    private String output;
    private boolean quiet;
    private boolean services;
    private boolean volumes;
    private boolean networks;
    private boolean models;
    private boolean images;
    private boolean profiles;
    private boolean environment;
    private boolean variables;
    private String hash;
    private boolean noInterpolate;
    private boolean noNormalize;
    private boolean noPathResolution;
    private boolean noEnvResolution;
    private boolean noConsistency;
    private List<String> filters = new ArrayList<>();
    private List<String> serviceNames = new ArrayList<>();

    ConfigCommand(JcomposeCommand root) {
        this.root = root;
        spec = CommandModel.of(this, "config", "Parse, resolve and render compose file in canonical format")
                .add(option(String.class, v -> format = v, "--format").paramLabel("FORMAT")
                        .description("Format the output. Values: [yaml | json]"))
                .add(option(String.class, v -> output = v, "-o", "--output").paramLabel("FILE")
                        .description("Save to file (default to stdout)"))
                .add(flag(v -> quiet = v, "-q", "--quiet")
                        .description("Only validate the configuration, don't print anything"))
                .add(flag(v -> services = v, "--services").description("Print the service names, one per line."))
                .add(flag(v -> volumes = v, "--volumes").description("Print the volume names, one per line."))
                .add(flag(v -> networks = v, "--networks").description("Print the network names, one per line."))
                .add(flag(v -> models = v, "--models").description("Print the model names, one per line."))
                .add(flag(v -> images = v, "--images").description("Print the image names, one per line."))
                .add(flag(v -> profiles = v, "--profiles").description("Print the profile names, one per line."))
                .add(flag(v -> environment = v, "--environment")
                        .description("Print environment used for interpolation."))
                .add(flag(v -> variables = v, "--variables").description("Print model variables and default values."))
                .add(option(String.class, v -> hash = v, "--hash").paramLabel("SERVICE")
                        .description("Print the service config hash, one per line."))
                .add(flag(v -> noInterpolate = v, "--no-interpolate")
                        .description("Don't interpolate environment variables"))
                .add(flag(v -> noNormalize = v, "--no-normalize").description("Don't normalize compose model"))
                .add(flag(v -> noPathResolution = v, "--no-path-resolution").description("Don't resolve file paths"))
                .add(flag(v -> noEnvResolution = v, "--no-env-resolution")
                        .description("Don't resolve service env files"))
                .add(flag(v -> noConsistency = v, "--no-consistency")
                        .description("Don't check model consistency - warning: may produce invalid Compose output"))
                .add(list(v -> filters = v, "--filter").paramLabel("FILTER")
                        .description("Filter the services --services lists (profile=NAME, label=KEY=VALUE)"))
                .add(positionals(v -> serviceNames = v, "*").paramLabel("SERVICE").description("Services to render"))
                .spec();
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws IOException {
        if (!filters.isEmpty() && !services) {
            throw new IllegalArgumentException("--filter requires --services");
        }
        if (services) {
            // compose ignores SERVICE arguments here, lists services in dependency order, and
            // (like --volumes, --networks and --hash) does not read env files
            ServiceFilter filter = ServiceFilter.parse(filters);
            List<String> profiles = new ArrayList<>(root.global().profiles);
            profiles.addAll(filter.profiles());
            LoadedProject loaded = ProjectLoader.load(options(List.of(), false).profiles(profiles).build());
            warn(loaded.model().warnings());
            Project project = loaded.project();
            print(lines(DependencyGraph.of(project).order().stream()
                    .filter(name -> project.service(name).filter(filter::matches).isPresent()).toList()));
        } else if (volumes) {
            print(lines(List.copyOf(resources(load(List.of(), false).project()).volumes().keySet())));
        } else if (networks) {
            print(lines(List.copyOf(resources(load(List.of(), false).project()).networks().keySet())));
        } else if (models) {
            print(lines(modelNames(resources(load(List.of(), false).project()))));
        } else if (hash != null) {
            printHashes();
        } else if (profiles) {
            print(lines(allProfiles(load(serviceNames, !noEnvResolution).model())));
        } else if (images) {
            print(lines(imageNames(load(serviceNames, !noEnvResolution).model())));
        } else if (variables) {
            printVariables();
        } else if (environment) {
            LoadedModel model = load(serviceNames, !noEnvResolution).model();
            // compose sorts the KEY=VALUE strings, not the keys: A1=x comes before A=y
            List<String> entries = new ArrayList<>();
            model.environment().forEach((k, v) -> entries.add(k + "=" + v));
            entries.sort(null);
            print(lines(entries));
        } else {
            printModel();
        }
        return ExitCodes.OK;
    }

    private void printModel() throws IOException {
        String content;
        boolean json = format.equalsIgnoreCase("json");
        if (!json && !format.isEmpty() && !format.equalsIgnoreCase("yaml")) {
            throw new IllegalArgumentException("unsupported format \"" + format + "\"");
        }
        if (noInterpolate) {
            if (!serviceNames.isEmpty()) {
                warn(List.of("service filtering is not applied when --no-interpolate is set, the full model will be rendered"));
            }
            Map<String, Object> tree = uninterpolatedModel();
            content = json ? ConfigWriter.modelJson(tree) : ConfigWriter.modelYaml(tree);
        } else {
            LoadedProject loaded = load(serviceNames, !noEnvResolution);
            Project project = resources(loaded.project());
            if (!noConsistency) {
                checkContainerNamesUnique(project);
            }
            content = json ? ConfigWriter.json(project) : ConfigWriter.yaml(project);
        }
        if (quiet) {
            return;
        }
        if (output != null && !output.isEmpty() && !content.isEmpty()) {
            Files.writeString(Path.of(output), content, StandardCharsets.UTF_8);
            return;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(content);
        out.flush();
    }

    /**
     * The model with templates left in. Values the canonical form must parse (a port such as
     * {@code ${PORT}:80}) cannot be canonical yet; then the merged files are printed as written.
     */
    private Map<String, Object> uninterpolatedModel() {
        LoadOptions options = options(List.of(), !noEnvResolution).build();
        try {
            LoadedModel model = ProjectLoader.loadModel(options);
            warn(model.warnings());
            return model.enabledTree();
        } catch (ComposeException templatesInTheWay) {
            ProjectLoader.MergedModel merged = ProjectLoader.loadMerged(options);
            warn(merged.warnings());
            return merged.tree();
        }
    }

    private void printHashes() {
        LoadedProject loaded = load(List.of(), false);
        List<String> names = new ArrayList<>();
        if (hash.equals("*")) {
            names.addAll(loaded.model().selection().enabled());
        } else {
            names.addAll(List.of(hash.split(",")));
        }
        names.sort(null);
        Project project = loaded.project();
        for (String name : names) {
            // compose-go's GetService: the cause says whether the service exists behind a profile;
            // hashes before a failing name are printed, as compose prints them one by one
            String cause = loaded.model().tree().get("services") instanceof Map<?, ?> all && all.containsKey(name)
                    ? "disabled" : "not found";
            print(name + " " + ConfigHash.of(project.service(name)
                    .orElseThrow(() -> new IllegalArgumentException("no such service: " + name + ": " + cause)))
                    + "\n");
        }
    }

    private void printVariables() throws IOException {
        if (!serviceNames.isEmpty()) {
            warn(List.of("service filtering is not applied when --variables is set, variables from the full model "
                    + "will be rendered"));
        }
        LoadOptions options = ProjectOptions.of(root.global()).services(serviceNames).interpolate(false)
                .normalize(!noNormalize && !root.global().compatibility).resolvePaths(!noPathResolution)
                .resolveEnvironment(false).checkConsistency(!noConsistency).build();
        // templates are read from the merged files as written: the canonical form needs values
        ProjectLoader.MergedModel model = ProjectLoader.loadMerged(options);
        warn(model.warnings());
        Map<String, TemplateVariable> found = new TreeMap<>();
        collectVariables(model.tree(), found);
        String content;
        if (format.equalsIgnoreCase("yaml") || format.equalsIgnoreCase("json")) {
            // compose marshals template.Variable: JSON names its fields as Go does, YAML lower-cases them;
            // both come out four-space indented, and JSON ends with the encoder's and Println's newlines
            boolean json = format.equalsIgnoreCase("json");
            Map<String, Object> tree = new LinkedHashMap<>();
            found.forEach((name, variable) -> {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put(json ? "Name" : "name", variable.name());
                entry.put(json ? "DefaultValue" : "defaultvalue", variable.defaultValue().orElse(""));
                entry.put(json ? "PresenceValue" : "presencevalue", variable.alternateValue().orElse(""));
                entry.put(json ? "Required" : "required", variable.required());
                tree.put(name, entry);
            });
            content = json ? doubleIndent(ConfigWriter.json(tree, false)) + "\n\n"
                    : doubleIndent(ConfigWriter.yaml(tree, false));
        } else {
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("NAME", "REQUIRED", "DEFAULT VALUE", "ALTERNATE VALUE"));
            found.forEach((name, variable) -> rows.add(List.of(name, Boolean.toString(variable.required()),
                    variable.defaultValue().orElse(""), variable.alternateValue().orElse(""))));
            content = table(rows);
        }
        print(content);
    }

    /** Two-space block indentation made four-space, as Go's default encoders indent. */
    private static String doubleIndent(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            int spaces = 0;
            while (spaces < line.length() && line.charAt(spaces) == ' ') {
                spaces++;
            }
            out.append(" ".repeat(spaces)).append(line).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    private static void collectVariables(Object value, Map<String, TemplateVariable> found) {
        if (value instanceof String text) {
            for (TemplateVariable variable : Template.variables(text)) {
                found.putIfAbsent(variable.name(), variable);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> collectVariables(v, found));
        } else if (value instanceof List<?> list) {
            list.forEach(v -> collectVariables(v, found));
        }
    }

    /** Go's tabwriter as docker's formatter sets it up: cells padded to at least 20 columns, 3 spaces apart. */
    static String table(List<List<String>> rows) {
        int columns = rows.get(0).size();
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int i = 0; i < columns - 1; i++) {
                widths[i] = Math.max(widths[i], Math.max(20, row.get(i).length() + 3));
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < columns; i++) {
                String cell = row.get(i);
                out.append(cell);
                if (i < columns - 1) {
                    out.append(" ".repeat(widths[i] - cell.length()));
                }
            }
            out.append('\n');
        }
        return out.toString();
    }

    private LoadedProject load(List<String> named, boolean resolveEnvironment) {
        LoadOptions options = options(named, resolveEnvironment).build();
        LoadedProject loaded = ProjectLoader.load(options);
        warn(loaded.model().warnings());
        return loaded;
    }

    private LoadOptions.Builder options(List<String> named, boolean resolveEnvironment) {
        return ProjectOptions.of(root.global())
                .services(named)
                .interpolate(!noInterpolate)
                .normalize(!noNormalize && !root.global().compatibility)
                .resolvePaths(!noPathResolution)
                .resolveEnvironment(resolveEnvironment)
                .checkConsistency(!noConsistency);
    }

    /** The {@code model} each declared model runs, as {@code config --models} lists them. */
    private static List<String> modelNames(Project project) {
        List<String> names = new ArrayList<>();
        project.models().ifPresent(all -> {
            if (all instanceof Map<?, ?> map) {
                map.values().forEach(model -> {
                    if (model instanceof Map<?, ?> m && m.get("model") instanceof String name && !name.isEmpty()) {
                        names.add(name);
                    }
                });
            }
        });
        return names;
    }

    /** compose's config refuses two services that would create containers of the same name. */
    private static void checkContainerNamesUnique(Project project) {
        Map<String, String> owners = new LinkedHashMap<>();
        project.services().forEach((name, service) -> service.containerName().ifPresent(container -> {
            String owner = owners.putIfAbsent(container, name);
            if (owner != null) {
                throw new IllegalArgumentException("services." + name + ": container name \"" + container
                        + "\" is already in use by service " + owner);
            }
        }));
    }

    /**
     * compose loads every project without the networks, volumes, secrets and configs its enabled
     * services do not use, unless {@code --all-resources} is given.
     */
    private Project resources(Project project) {
        return root.global().allResources ? project : project.withoutUnnecessaryResources();
    }

    private static List<String> allProfiles(LoadedModel model) {
        TreeSet<String> all = new TreeSet<>();
        Object services = model.tree().get("services");
        if (services instanceof Map<?, ?> map) {
            map.values().forEach(service -> {
                if (service instanceof Map<?, ?> s && s.get("profiles") instanceof List<?> list) {
                    list.forEach(p -> all.add(String.valueOf(p)));
                }
            });
        }
        return List.copyOf(all);
    }

    /** A service's image, or the name compose gives the image it builds: {@code <project>-<service>}. */
    private List<String> imageNames(LoadedModel model) {
        List<String> names = new ArrayList<>();
        Object services = model.enabledTree().get("services");
        if (services instanceof Map<?, ?> map) {
            String separator = root.global().compatibility ? "_" : "-";
            TreeValues.asMap(map).forEach((name, service) -> {
                Object image = service instanceof Map<?, ?> s ? s.get("image") : null;
                names.add(image instanceof String i && !i.isEmpty() ? i : model.name() + separator + name);
            });
        }
        return names;
    }

    private void warn(List<String> warnings) {
        PrintWriter err = spec.commandLine().getErr();
        warnings.forEach(w -> err.println("WARN[0000] " + w));
        err.flush();
    }

    private static String lines(List<String> entries) {
        StringBuilder out = new StringBuilder();
        entries.forEach(e -> out.append(e).append('\n'));
        return out.toString();
    }

    private void print(String content) {
        if (quiet) {
            return;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(content);
        out.flush();
    }
}
