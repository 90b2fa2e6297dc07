package io.jcompose.spec.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A loaded Compose project in canonical long form. Services disabled by profiles are kept apart in
 * {@link #disabledServices()} so that their containers are not mistaken for orphans.
 */
public record Project(String name,
                      Map<String, ServiceConfig> services,
                      Map<String, ServiceConfig> disabledServices,
                      Map<String, NetworkConfig> networks,
                      Map<String, VolumeConfig> volumes,
                      Map<String, FileObjectConfig> secrets,
                      Map<String, FileObjectConfig> configs,
                      Optional<Object> models,
                      Map<String, Object> extensions) {

    public Project {
        Objects.requireNonNull(name);
        services = Trees.sorted(services);
        disabledServices = Trees.sorted(disabledServices);
        networks = Trees.sorted(networks);
        volumes = Trees.sorted(volumes);
        secrets = Trees.sorted(secrets);
        configs = Trees.sorted(configs);
        Objects.requireNonNull(models);
        extensions = Trees.sorted(extensions);
    }

    public Optional<ServiceConfig> service(String serviceName) {
        return Optional.ofNullable(services.get(serviceName));
    }

    /** Enabled service names, sorted. */
    public List<String> serviceNames() {
        return new ArrayList<>(services.keySet());
    }

    /** This project with only {@code names} enabled; every other service moves to {@link #disabledServices()}. */
    public Project withEnabledServices(Set<String> names) {
        Map<String, ServiceConfig> enabled = new TreeMap<>();
        Map<String, ServiceConfig> disabled = new TreeMap<>(disabledServices);
        Map<String, ServiceConfig> all = new TreeMap<>(disabledServices);
        all.putAll(services);
        all.forEach((serviceName, service) -> {
            if (names.contains(serviceName)) {
                enabled.put(serviceName, service);
                disabled.remove(serviceName);
            } else {
                disabled.put(serviceName, service);
            }
        });
        return new Project(name, enabled, disabled, networks, volumes, secrets, configs, models, extensions);
    }

    /**
     * This project without the networks, volumes, secrets and configs no enabled service uses, as compose
     * prints and runs it unless {@code --all-resources} is given.
     */
    public Project withoutUnnecessaryResources() {
        Set<String> networkNames = new java.util.HashSet<>();
        Set<String> volumeNames = new java.util.HashSet<>();
        Set<String> secretNames = new java.util.HashSet<>();
        Set<String> configNames = new java.util.HashSet<>();
        Set<String> modelNames = new java.util.HashSet<>();
        for (ServiceConfig service : services.values()) {
            networkNames.addAll(service.networks().keySet());
            for (ServiceVolume volume : service.volumes()) {
                if (volume.type().filter("volume"::equals).isPresent()) {
                    volume.source().ifPresent(volumeNames::add);
                }
            }
            service.secrets().forEach(s -> s.source().ifPresent(secretNames::add));
            service.build().ifPresent(b -> b.secrets().forEach(s -> s.source().ifPresent(secretNames::add)));
            service.configs().forEach(c -> c.source().ifPresent(configNames::add));
            service.models().ifPresent(m -> {
                if (m instanceof Map<?, ?> used) {
                    used.keySet().forEach(k -> modelNames.add(String.valueOf(k)));
                }
            });
        }
        Optional<Object> usedModels = models.map(m -> m instanceof Map<?, ?> all ? retainModels(all, modelNames) : m)
                .filter(m -> !(m instanceof Map<?, ?> left && left.isEmpty()));
        return new Project(name, services, disabledServices, retain(networks, networkNames),
                retain(volumes, volumeNames), retain(secrets, secretNames), retain(configs, configNames), usedModels,
                extensions);
    }

    private static <V> Map<String, V> retain(Map<String, V> resources, Set<String> used) {
        Map<String, V> out = new TreeMap<>(resources);
        out.keySet().retainAll(used);
        return out;
    }

    private static Map<String, Object> retainModels(Map<?, ?> resources, Set<String> used) {
        Map<String, Object> out = new TreeMap<>();
        resources.forEach((k, v) -> {
            if (used.contains(String.valueOf(k))) {
                out.put(String.valueOf(k), v);
            }
        });
        return out;
    }
}
