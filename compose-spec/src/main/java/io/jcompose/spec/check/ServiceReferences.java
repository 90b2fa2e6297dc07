package io.jcompose.spec.check;

import io.jcompose.spec.tree.YamlPath;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A service's references to other services and to top-level networks, volumes, secrets and
 * configs must name something the project defines.
 */
final class ServiceReferences {

    private static final String SERVICE_PREFIX = "service:";

    private final Map<String, Object> project;
    private final Map<String, Object> services;
    private final Problems problems;

    ServiceReferences(Map<String, Object> project, Problems problems) {
        this.project = project;
        this.services = Attributes.map(project, "services");
        this.problems = problems;
    }

    void check(String name, Map<String, Object> service) {
        YamlPath at = YamlPath.of("services", name);
        checkBuildContexts(name, service, at);
        checkNetworks(name, service, at);
        checkNamespaces(service, at);
        checkLinks(name, service, at);
        checkVolumesFrom(name, service, at);
        checkDependsOn(name, service, at);
        checkVolumes(name, service, at);
        checkSources(name, Attributes.list(Attributes.map(service, "build"), "secrets"), "secrets", "build secret",
                at.key("build").key("secrets"));
        checkSources(name, Attributes.list(service, "configs"), "configs", "config", at.key("configs"));
        checkSources(name, Attributes.list(service, "secrets"), "secrets", "secret", at.key("secrets"));
    }

    private void checkBuildContexts(String name, Map<String, Object> service, YamlPath at) {
        Map<String, Object> contexts = Attributes.map(Attributes.map(service, "build"), "additional_contexts");
        contexts.forEach((context, value) -> {
            String source = String.valueOf(value);
            if (!source.startsWith(SERVICE_PREFIX)) {
                return;
            }
            String target = source.substring(SERVICE_PREFIX.length());
            YamlPath where = at.key("build").key("additional_contexts").key(context);
            if (!services.containsKey(target)) {
                throw problems.at(where, "service \"" + name + "\" declares unknown service \"" + target
                        + "\" as additional contexts " + context);
            }
            if (!Attributes.isSet(Attributes.map(services.get(target)).get("build"))) {
                throw problems.at(where, "service \"" + name + "\" declares non-buildable service \"" + target
                        + "\" as additional contexts " + context);
            }
        });
    }

    private void checkNetworks(String name, Map<String, Object> service, YamlPath at) {
        Map<String, Object> defined = Attributes.map(project, "networks");
        for (String network : names(service.get("networks"))) {
            if (!defined.containsKey(network)) {
                throw problems.invalid(at.key("networks").key(network),
                        "service \"" + name + "\" refers to undefined network " + network);
            }
        }
    }

    /** {@code network_mode: service:db} and its kin join another service's namespace. */
    private void checkNamespaces(Map<String, Object> service, YamlPath at) {
        for (String attribute : List.of("network_mode", "ipc", "pid", "uts")) {
            Optional<String> mode = Attributes.string(service, attribute).filter(m -> m.startsWith(SERVICE_PREFIX));
            if (mode.isPresent()) {
                String target = mode.get().substring(SERVICE_PREFIX.length());
                if (!services.containsKey(target)) {
                    throw problems.at(at.key(attribute), "service \"" + target + "\" not found for " + attribute
                            + " '" + SERVICE_PREFIX + target + "'");
                }
            }
        }
    }

    private void checkLinks(String name, Map<String, Object> service, YamlPath at) {
        List<Object> links = Attributes.list(service, "links");
        for (int i = 0; i < links.size(); i++) {
            String target = DependencyCycles.linkedService(String.valueOf(links.get(i)));
            if (!services.containsKey(target)) {
                throw problems.at(at.key("links").index(i),
                        "service \"" + name + "\" links to undefined service \"" + target + "\"");
            }
        }
    }

    private void checkVolumesFrom(String name, Map<String, Object> service, YamlPath at) {
        List<Object> sources = Attributes.list(service, "volumes_from");
        for (int i = 0; i < sources.size(); i++) {
            Optional<String> target = DependencyCycles.volumesFromService(String.valueOf(sources.get(i)));
            if (target.isPresent() && !services.containsKey(target.get())) {
                throw problems.at(at.key("volumes_from").index(i), "service \"" + name
                        + "\" mounts volumes from undefined service \"" + target.get() + "\"");
            }
        }
    }

    /**
     * An optional dependency ({@code required: false}) may name a service that is not part of
     * the project: compose accepts it when profiles disabled that service, and the disabled
     * services are no longer in the project by the time it is checked.
     */
    private void checkDependsOn(String name, Map<String, Object> service, YamlPath at) {
        Attributes.map(service, "depends_on").forEach((dependency, settings) -> {
            Object required = Attributes.map(settings).get("required");
            boolean optional = Boolean.FALSE.equals(required) || "false".equalsIgnoreCase(String.valueOf(required));
            if (!services.containsKey(dependency) && !optional) {
                throw problems.invalid(at.key("depends_on").key(dependency),
                        "service \"" + name + "\" depends on undefined service \"" + dependency + "\"");
            }
        });
    }

    private void checkVolumes(String name, Map<String, Object> service, YamlPath at) {
        Map<String, Object> defined = Attributes.map(project, "volumes");
        List<Object> volumes = Attributes.list(service, "volumes");
        for (int i = 0; i < volumes.size(); i++) {
            Map<String, Object> volume = Attributes.map(volumes.get(i));
            Optional<String> source = Attributes.string(volume, "source");
            if ("volume".equals(volume.get("type")) && source.isPresent() && !defined.containsKey(source.get())) {
                throw problems.invalid(at.key("volumes").index(i),
                        "service \"" + name + "\" refers to undefined volume " + source.get());
            }
        }
    }

    private void checkSources(String name, List<Object> references, String kind, String noun, YamlPath at) {
        Map<String, Object> defined = Attributes.map(project, kind);
        for (int i = 0; i < references.size(); i++) {
            Object reference = references.get(i);
            Optional<String> source = reference instanceof String text ? Optional.of(text)
                    : Attributes.string(Attributes.map(reference), "source");
            if (source.isPresent() && !defined.containsKey(source.get())) {
                throw problems.invalid(at.index(i), "service \"" + name + "\" refers to undefined " + noun + " "
                        + source.get());
            }
        }
    }

    /** Network names from the canonical map form, or from the short list form. */
    static List<String> names(Object networks) {
        if (networks instanceof Map<?, ?> map) {
            return map.keySet().stream().map(String::valueOf).toList();
        }
        return Attributes.list(networks).stream().map(String::valueOf).toList();
    }
}
