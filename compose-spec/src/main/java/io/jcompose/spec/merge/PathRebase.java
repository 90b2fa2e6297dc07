package io.jcompose.spec.merge;

import static io.jcompose.spec.merge.TreeValues.asList;
import static io.jcompose.spec.merge.TreeValues.asMap;

import io.jcompose.spec.canonical.VolumeSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Moves the relative paths of a tree loaded from one directory so they mean the same files when
 * read from another: an extended or included file's paths are relative to its own directory, the
 * project's to the project directory. Paths stay relative (as compose-go keeps them) so that
 * {@code --no-path-resolution} still shows relative paths.
 */
public record PathRebase(Path from, Path to) {

    public PathRebase {
        from = from.toAbsolutePath().normalize();
        to = to.toAbsolutePath().normalize();
    }

    /** A whole model: its services and the file-backed top-level resources. */
    public Map<String, Object> model(Map<String, Object> model) {
        if (from.equals(to)) {
            return model;
        }
        Map<String, Object> out = new LinkedHashMap<>(model);
        rebaseEach(out, "services", this::service);
        rebaseEach(out, "secrets", this::fileResource);
        rebaseEach(out, "configs", this::fileResource);
        rebaseEach(out, "volumes", this::volumeResource);
        return out;
    }

    private void rebaseEach(Map<String, Object> model, String section, java.util.function.UnaryOperator<Map<String, Object>> rebase) {
        if (!(model.get(section) instanceof Map<?, ?> entries)) {
            return;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        asMap(entries).forEach((name, value) -> out.put(name, value instanceof Map<?, ?> ? rebase.apply(asMap(value)) : value));
        model.put(section, out);
    }

    /** One service definition. */
    public Map<String, Object> service(Map<String, Object> service) {
        if (from.equals(to)) {
            return service;
        }
        Map<String, Object> out = new LinkedHashMap<>(service);
        Object build = out.get("build");
        if (build instanceof String context) {
            out.put("build", context(context));
        } else if (build instanceof Map<?, ?> map) {
            Map<String, Object> b = new LinkedHashMap<>(asMap(map));
            if (b.get("context") instanceof String context) {
                b.put("context", context(context));
            }
            if (b.get("additional_contexts") instanceof Map<?, ?> contexts) {
                Map<String, Object> rebased = new LinkedHashMap<>();
                asMap(contexts).forEach((k, v) -> rebased.put(k, v instanceof String s ? context(s) : v));
                b.put("additional_contexts", rebased);
            } else if (b.get("additional_contexts") instanceof List<?> contexts) {
                List<Object> rebased = new ArrayList<>();
                for (Object entry : contexts) {
                    if (entry instanceof String s && s.indexOf('=') > 0) {
                        int eq = s.indexOf('=');
                        rebased.add(s.substring(0, eq + 1) + context(s.substring(eq + 1)));
                    } else {
                        rebased.add(entry);
                    }
                }
                b.put("additional_contexts", rebased);
            }
            out.put("build", b);
        }
        if (out.containsKey("env_file")) {
            out.put("env_file", fileList(out.get("env_file")));
        }
        if (out.containsKey("label_file")) {
            out.put("label_file", fileList(out.get("label_file")));
        }
        if (out.get("volumes") instanceof List<?> volumes) {
            List<Object> rebased = new ArrayList<>();
            for (Object volume : volumes) {
                rebased.add(volume(volume));
            }
            out.put("volumes", rebased);
        }
        if (out.get("develop") instanceof Map<?, ?> develop && develop.get("watch") instanceof List<?> watch) {
            Map<String, Object> d = new LinkedHashMap<>(asMap(develop));
            List<Object> rebased = new ArrayList<>();
            for (Object rule : watch) {
                if (rule instanceof Map<?, ?> map && map.get("path") instanceof String p) {
                    Map<String, Object> r = new LinkedHashMap<>(asMap(map));
                    r.put("path", path(p));
                    rebased.add(r);
                } else {
                    rebased.add(rule);
                }
            }
            d.put("watch", rebased);
            out.put("develop", d);
        }
        return out;
    }

    private Map<String, Object> fileResource(Map<String, Object> resource) {
        if (!(resource.get("file") instanceof String file)) {
            return resource;
        }
        Map<String, Object> out = new LinkedHashMap<>(resource);
        out.put("file", path(file));
        return out;
    }

    private Map<String, Object> volumeResource(Map<String, Object> volume) {
        if (!"local".equals(volume.get("driver")) || !(volume.get("driver_opts") instanceof Map<?, ?> options)
                || !"bind".equals(options.get("o")) || !(options.get("device") instanceof String device)) {
            return volume;
        }
        Map<String, Object> opts = new LinkedHashMap<>(asMap(options));
        opts.put("device", path(device));
        Map<String, Object> out = new LinkedHashMap<>(volume);
        out.put("driver_opts", opts);
        return out;
    }

    private Object fileList(Object value) {
        if (value instanceof String file) {
            return path(file);
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (Object entry : asList(list)) {
                if (entry instanceof String file) {
                    out.add(path(file));
                } else if (entry instanceof Map<?, ?> map && map.get("path") instanceof String file) {
                    Map<String, Object> e = new LinkedHashMap<>(asMap(map));
                    e.put("path", path(file));
                    out.add(e);
                } else {
                    out.add(entry);
                }
            }
            return out;
        }
        return value;
    }

    private Object volume(Object volume) {
        if (volume instanceof String spec) {
            String[] parts = Uniqueness.splitVolume(spec);
            if (parts.length > 1 && isRelativeBind(parts[0])) {
                String source = path(parts[0]);
                if (source.startsWith(".") || source.startsWith("/")) {
                    return source + spec.substring(parts[0].length());
                }
                // compose-go reads the short syntax as long before moving the path, so the moved
                // source ("sub/data") stays a bind without a "./" in front
                try {
                    Map<String, Object> entry = VolumeSpec.parse(spec);
                    entry.put("source", source);
                    return entry;
                } catch (IllegalArgumentException invalid) {
                    return "./" + source + spec.substring(parts[0].length());
                }
            }
            return spec;
        }
        if (volume instanceof Map<?, ?> map && "bind".equals(map.get("type")) && map.get("source") instanceof String source) {
            Map<String, Object> out = new LinkedHashMap<>(asMap(map));
            out.put("source", path(source));
            return out;
        }
        return volume;
    }

    private static boolean isRelativeBind(String source) {
        return source.equals(".") || source.equals("..") || source.startsWith("./") || source.startsWith("../");
    }

    private String context(String context) {
        if (context.contains("://") || context.startsWith("git@") || context.startsWith("github.com/")
                || context.startsWith("service:") || context.startsWith("target:")) {
            return context;
        }
        return path(context);
    }

    /** A relative path re-expressed against {@link #to}; absolute and home paths unchanged. */
    String path(String path) {
        if (path.isEmpty() || path.startsWith("~") || path.startsWith("/") || path.contains("${")) {
            return path;
        }
        Path absolute = from.resolve(path).normalize();
        String relative = to.relativize(absolute).toString();
        return relative.isEmpty() ? "." : relative;
    }
}
