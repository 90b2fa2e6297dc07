package io.jcompose.spec.merge;

import static io.jcompose.spec.merge.TreeValues.asMap;

import io.jcompose.spec.ComposeException;
import io.jcompose.spec.tree.YamlPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Resolves {@code include}: each entry is loaded as a project of its own (own project directory,
 * own {@code .env}, the including project's variables winning), its paths re-expressed against the
 * including project, and its resources copied in. A resource the including file defines too is
 * merged over the included one, as current compose-go does.
 */
public final class Include {

    private static final List<String> RESOURCES = List.of("services", "volumes", "networks", "secrets", "configs", "models");

    /** One {@code include} entry, resolved to absolute paths. */
    public record Request(List<Path> files, Path projectDirectory, List<Path> envFiles, List<Path> chain) {

        public Request {
            files = List.copyOf(files);
            envFiles = List.copyOf(envFiles);
            chain = List.copyOf(chain);
        }
    }

    /** Loads an included project to its merged tree, paths relative to its own project directory. */
    public interface ProjectSource {
        Map<String, Object> load(Request request);
    }

    private Include() {
    }

    /**
     * The document with its {@code include} entries loaded and imported.
     *
     * @param workingDirectory the including project's directory: include paths are relative to it
     * @param chain the files being included, outermost first, for cycle detection
     */
    public static Map<String, Object> apply(Map<String, Object> document, Path workingDirectory, List<Path> chain,
            ProjectSource source) {
        Object include = TreeValues.untag(document.get("include"));
        if (include == null) {
            return document;
        }
        if (!(include instanceof List<?> entries)) {
            throw new ComposeException(Optional.empty(), Optional.of(YamlPath.of("include")), "must be a list");
        }
        Map<String, Object> out = new LinkedHashMap<>(document);
        out.remove("include");
        Map<String, Object> imports = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Request request = request(entries.get(i), workingDirectory, chain, YamlPath.of("include").index(i));
            Map<String, Object> model = source.load(request);
            Map<String, Object> rebased = new PathRebase(request.projectDirectory(), workingDirectory).model(model);
            collectImports(rebased, imports);
        }
        importResources(imports, out);
        return out;
    }

    private static Request request(Object entry, Path workingDirectory, List<Path> chain, YamlPath at) {
        List<String> paths = new ArrayList<>();
        String projectDirectory = null;
        List<String> envFiles = new ArrayList<>();
        if (entry instanceof String path) {
            paths.add(path);
        } else if (entry instanceof Map<?, ?> map) {
            Map<String, Object> spec = asMap(map);
            stringList(spec.get("path"), paths);
            if (spec.get("project_directory") instanceof String dir && !dir.isEmpty()) {
                projectDirectory = dir;
            }
            stringList(spec.get("env_file"), envFiles);
        } else {
            throw new ComposeException(Optional.empty(), Optional.of(at), "must be a string or a mapping");
        }
        if (paths.isEmpty()) {
            throw new ComposeException(Optional.empty(), Optional.of(at.key("path")), "is required");
        }
        List<Path> files = new ArrayList<>();
        for (String p : paths) {
            files.add(workingDirectory.resolve(expandHome(p)).normalize());
        }
        Path main = files.get(0);
        Path directory = projectDirectory == null
                ? main.getParent()
                : workingDirectory.resolve(expandHome(projectDirectory)).normalize();
        if (chain.contains(main)) {
            List<Path> cycle = new ArrayList<>(chain);
            cycle.add(main);
            StringBuilder message = new StringBuilder("include cycle detected:\n").append(cycle.get(0));
            for (Path p : cycle.subList(1, cycle.size())) {
                message.append("\n include ").append(p);
            }
            throw new ComposeException(message.toString());
        }
        return new Request(files, directory, envFiles(envFiles, directory, workingDirectory), chain);
    }

    private static List<Path> envFiles(List<String> declared, Path projectDirectory, Path workingDirectory) {
        List<Path> files = new ArrayList<>();
        if (declared.isEmpty()) {
            Path dotEnv = projectDirectory.resolve(".env");
            if (Files.isRegularFile(dotEnv)) {
                files.add(dotEnv);
            }
            return files;
        }
        for (String f : declared) {
            if (f.equals("/dev/null")) {
                continue;
            }
            Path file = workingDirectory.resolve(expandHome(f)).normalize();
            if (!Files.exists(file)) {
                throw new ComposeException("stat " + file + ": no such file or directory");
            }
            if (Files.isDirectory(file)) {
                throw new ComposeException(file + " is not a file");
            }
            files.add(file);
        }
        return files;
    }

    private static void stringList(Object value, List<String> into) {
        if (value instanceof String s) {
            into.add(s);
        } else if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item != null) {
                    into.add(String.valueOf(item));
                }
            }
        }
    }

    private static String expandHome(String path) {
        if (path.equals("~") || path.startsWith("~/")) {
            return System.getProperty("user.home") + path.substring(1);
        }
        return path;
    }

    /**
     * Gathers what the included files define. Two included files may name the same resource only
     * with the same definition, as compose requires.
     */
    private static void collectImports(Map<String, Object> included, Map<String, Object> imports) {
        for (String key : RESOURCES) {
            if (!(included.get(key) instanceof Map<?, ?> from)) {
                continue;
            }
            Map<String, Object> to = imports.get(key) instanceof Map<?, ?> existing
                    ? new LinkedHashMap<>(asMap(existing))
                    : new LinkedHashMap<>();
            asMap(from).forEach((name, definition) -> {
                if (to.containsKey(name) && !Objects.equals(to.get(name), definition)) {
                    throw new ComposeException(key + "." + name + " conflicts with imported resource");
                }
                to.put(name, definition);
            });
            imports.put(key, to);
        }
    }

    /** Copies the included resources in; a local definition of the same name is merged over the included one. */
    static void importResources(Map<String, Object> included, Map<String, Object> target) {
        for (String key : RESOURCES) {
            if (!(included.get(key) instanceof Map<?, ?> from)) {
                continue;
            }
            Map<String, Object> to = target.get(key) instanceof Map<?, ?> existing
                    ? new LinkedHashMap<>(asMap(existing))
                    : new LinkedHashMap<>();
            asMap(from).forEach((name, definition) -> {
                if (!to.containsKey(name)) {
                    to.put(name, definition);
                } else {
                    to.put(name, ComposeMerge.mergeAt(definition, to.get(name), YamlPath.of(key, name)));
                }
            });
            target.put(key, to);
        }
    }
}
