package io.jcompose.engine.build;

import io.jcompose.engine.api.BuildOptions;
import io.jcompose.spec.labels.ComposeLabels;
import io.jcompose.spec.model.BuildConfig;
import io.jcompose.spec.model.Project;
import io.jcompose.spec.model.ServiceConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One image the classic builder makes: the services that asked for it (several when they share the
 * context, Dockerfile and options), its tags, its context and the {@code POST /build} options.
 */
public record ImageBuild(List<String> services, BuildContext context, BuildOptions options) {

    /** The value of {@code com.docker.compose.image.builder} on images jcompose builds. */
    public static final String BUILDER = "classic";

    public ImageBuild {
        services = List.copyOf(services);
    }

    /** The first tag: the service's {@code image}, or {@code <project>-<service>}. */
    public String image() {
        return options.tags().get(0);
    }

    /** How output lines and errors name this build: its services, comma-separated. */
    public String name() {
        return String.join(",", services);
    }

    /**
     * The builds for {@code serviceNames} (those with a {@code build} section; others need no build),
     * services whose builds would be identical merged into one. Fails with a message naming the
     * attribute when a build needs something the classic builder cannot do.
     */
    public static List<ImageBuild> plan(Project project, Collection<String> serviceNames, BuildSettings settings) {
        Map<Key, List<ServiceConfig>> groups = new LinkedHashMap<>();
        for (String name : new TreeSet<>(serviceNames)) {
            ServiceConfig service = project.service(name)
                    .orElseThrow(() -> new BuildException("no such service: " + name));
            if (service.build().isEmpty()) {
                continue;
            }
            BuildConfig build = service.build().get();
            checkSupported(name, build);
            groups.computeIfAbsent(new Key(build, args(build, settings)), key -> new ArrayList<>()).add(service);
        }
        List<ImageBuild> builds = new ArrayList<>();
        groups.forEach((key, services) -> builds.add(create(project, services, key, settings)));
        return builds;
    }

    private static ImageBuild create(Project project, List<ServiceConfig> services, Key key, BuildSettings settings) {
        ServiceConfig first = services.get(0);
        BuildConfig build = key.build();
        String at = "services." + first.name() + ".build";
        BuildContext context = context(at, build);
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        for (ServiceConfig service : services) {
            tags.add(service.imageName(project.name()));
        }
        tags.addAll(build.tags());
        Map<String, String> labels = new TreeMap<>(build.labels());
        labels.put(ComposeLabels.PROJECT, project.name());
        labels.put(ComposeLabels.SERVICE, first.name());
        labels.put(ComposeLabels.VERSION, settings.version());
        labels.put(ComposeLabels.IMAGE_BUILDER, BUILDER);
        BuildOptions options = new BuildOptions(new ArrayList<>(tags), context.dockerfile(), key.args(), labels,
                build.target().orElse(""), build.pull() || settings.pull(), build.noCache() || settings.noCache(),
                build.network().orElse(""), hosts(build.extraHosts()), build.shmSize().orElse(0L), build.cacheFrom());
        return new ImageBuild(services.stream().map(ServiceConfig::name).toList(), context, options);
    }

    private static BuildContext context(String at, BuildConfig build) {
        String directory = build.context().orElse(".");
        if (isRemote(directory)) {
            throw new BuildException(at + ".context: remote build context \"" + directory
                    + "\" is not supported: jcompose builds from a local directory with the classic builder");
        }
        try {
            if (build.dockerfileInline().isPresent()) {
                return BuildContext.inline(Path.of(directory), build.dockerfileInline().get());
            }
            return BuildContext.of(Path.of(directory), build.dockerfile().orElse("Dockerfile"));
        } catch (IOException | IllegalArgumentException e) {
            throw new BuildException(at + ": " + e.getMessage(), e);
        }
    }

    /** {@code build.args} ({@code KEY} alone from the environment) overridden by {@code --build-arg}. */
    private static Map<String, String> args(BuildConfig build, BuildSettings settings) {
        Map<String, String> args = new TreeMap<>();
        build.args().forEach((name, value) -> {
            Optional<String> resolved = value.or(() -> Optional.ofNullable(settings.environment().get(name)));
            resolved.ifPresent(v -> args.put(name, v));
        });
        for (String arg : settings.buildArgs()) {
            int separator = arg.indexOf('=');
            if (separator >= 0) {
                args.put(arg.substring(0, separator), arg.substring(separator + 1));
            } else if (settings.environment().containsKey(arg)) {
                args.put(arg, settings.environment().get(arg));
            }
        }
        return args;
    }

    /** The loader writes {@code host=ip}; the engine takes {@code host:ip}. */
    private static List<String> hosts(List<String> extraHosts) {
        return extraHosts.stream().map(entry -> {
            int separator = entry.indexOf('=');
            return separator < 0 ? entry : entry.substring(0, separator) + ":" + entry.substring(separator + 1);
        }).toList();
    }

    private static boolean isRemote(String context) {
        return context.contains("://") || context.startsWith("git@") || context.startsWith("github.com/")
                || context.startsWith("service:");
    }

    /** Attributes only BuildKit honours: silently dropping them would build something else than asked. */
    private static void checkSupported(String service, BuildConfig build) {
        String at = "services." + service + ".build.";
        List<String> unsupported = new ArrayList<>();
        if (!build.ssh().isEmpty()) {
            unsupported.add("ssh");
        }
        if (!build.secrets().isEmpty()) {
            unsupported.add("secrets");
        }
        if (!build.additionalContexts().isEmpty()) {
            unsupported.add("additional_contexts");
        }
        if (!build.platforms().isEmpty()) {
            unsupported.add("platforms");
        }
        if (build.privileged()) {
            unsupported.add("privileged");
        }
        if (!build.cacheTo().isEmpty()) {
            unsupported.add("cache_to");
        }
        if (!build.entitlements().isEmpty()) {
            unsupported.add("entitlements");
        }
        if (!build.noCacheFilter().isEmpty()) {
            unsupported.add("no_cache_filter");
        }
        if (build.provenance().isPresent()) {
            unsupported.add("provenance");
        }
        if (build.sbom().isPresent()) {
            unsupported.add("sbom");
        }
        if (!build.ulimits().isEmpty()) {
            unsupported.add("ulimits");
        }
        if (build.isolation().isPresent()) {
            unsupported.add("isolation");
        }
        if (!unsupported.isEmpty()) {
            String first = unsupported.get(0);
            throw new BuildException(at + first + ": not supported by the classic builder jcompose uses"
                    + (unsupported.size() > 1 ? " (nor " + String.join(", ", unsupported.subList(1, unsupported.size())) + ")" : "")
                    + "; remove it or build with docker buildx");
        }
    }

    /** Services whose builds would be byte-for-byte the same request share one build. */
    private record Key(BuildConfig build, Map<String, String> args) {
    }
}
