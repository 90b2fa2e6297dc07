package io.jcompose.spec.merge;

import static io.jcompose.spec.merge.TreeValues.asMap;

import io.jcompose.spec.ComposeException;
import io.jcompose.spec.tree.YamlPath;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves {@code extends} in one file's services: the base service (same file or {@code file:})
 * is cloned, resolved recursively, and the local definition merged over it with the multi-file
 * rules. Cycles are rejected with the chain, in compose's words.
 */
public final class ServiceExtends {

    /**
     * The services of another Compose file, interpolated, with their relative paths already
     * re-expressed against the project directory; empty when the file has no {@code services} section.
     */
    public interface FileServices {
        Optional<Map<String, Object>> services(Path file);
    }

    private record Link(Path file, String service) {
    }

    private ServiceExtends() {
    }

    /**
     * The document with every service's {@code extends} resolved.
     *
     * @param file the file the document was read from
     * @param baseDirectory the directory {@code extends.file} paths are relative to
     */
    public static Map<String, Object> apply(Map<String, Object> document, Path file, Path baseDirectory,
            FileServices files) {
        if (!(document.get("services") instanceof Map<?, ?> services)) {
            return document;
        }
        Map<String, Object> resolved = new LinkedHashMap<>(asMap(services));
        for (String name : List.copyOf(resolved.keySet())) {
            resolve(name, resolved, file, baseDirectory, files, List.of());
        }
        Map<String, Object> out = new LinkedHashMap<>(document);
        out.put("services", resolved);
        return out;
    }

    private static Object resolve(String name, Map<String, Object> services, Path file, Path baseDirectory,
            FileServices files, List<Link> chain) {
        Object definition = services.get(name);
        if (!(definition instanceof Map<?, ?> map)) {
            return definition;
        }
        Map<String, Object> service = asMap(map);
        Object extendsValue = TreeValues.untag(service.get("extends"));
        if (extendsValue == null) {
            return service;
        }
        String reference;
        Object baseFile = null;
        if (extendsValue instanceof String ref) {
            reference = ref;
        } else if (extendsValue instanceof Map<?, ?> spec && spec.get("service") instanceof String ref) {
            reference = ref;
            baseFile = spec.get("file");
        } else {
            throw new ComposeException(Optional.empty(), Optional.of(YamlPath.of("services", name, "extends")),
                    "service is required");
        }

        Map<String, Object> scope = services;
        Path scopeFile = file;
        Path scopeDirectory = baseDirectory;
        if (baseFile != null) {
            Path target = baseDirectory.resolve(String.valueOf(baseFile)).normalize();
            Optional<Map<String, Object>> declared = files.services(target);
            if (declared.isEmpty()) {
                throw new ComposeException(String.format("cannot extend service %s in %s: no services section",
                        quote(name), target));
            }
            scope = new LinkedHashMap<>(declared.get());
            if (!scope.containsKey(reference)) {
                throw new ComposeException(String.format("cannot extend service %s in %s: service %s not found in %s",
                        quote(name), file, quote(reference), baseFile));
            }
            scopeFile = target;
            scopeDirectory = target.getParent();
        } else if (!services.containsKey(reference)) {
            throw new ComposeException(String.format("cannot extend service %s in %s: service %s not found",
                    quote(name), file, quote(reference)));
        }

        List<Link> next = withLink(chain, new Link(file, name));
        Object base = resolve(reference, scope, scopeFile, scopeDirectory, files, next);
        if (!(base instanceof Map<?, ?> baseService)) {
            return service;
        }
        Map<String, Object> merged = ComposeMerge.extendService(TreeValues.copyMap(asMap(baseService)), service);
        merged.remove("extends");
        services.put(name, merged);
        return merged;
    }

    private static List<Link> withLink(List<Link> chain, Link link) {
        if (chain.contains(link)) {
            StringBuilder message = new StringBuilder("Circular reference:\n");
            message.append("  ").append(chain.get(0).service()).append(" in ").append(chain.get(0).file());
            List<Link> rest = new ArrayList<>(chain.subList(1, chain.size()));
            rest.add(link);
            for (Link l : rest) {
                message.append("\n  extends ").append(l.service()).append(" in ").append(l.file());
            }
            throw new ComposeException(message.toString());
        }
        List<Link> next = new ArrayList<>(chain);
        next.add(link);
        return next;
    }

    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
