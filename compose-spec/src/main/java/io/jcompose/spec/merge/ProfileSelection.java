package io.jcompose.spec.merge;

import static io.jcompose.spec.merge.TreeValues.asMap;

import io.jcompose.spec.ComposeException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which services a command works on (reference 2.7): a service without {@code profiles} is always
 * on, one with profiles only when one of them is active ({@code *} activates all); a service named
 * on the command line is enabled with its profiles, and the selection narrows to those services and
 * their dependencies.
 *
 * @param enabled the enabled services, in model order
 * @param activated the services the active profiles enable, before narrowing to named services:
 *     the ones compose checks for consistency
 * @param activeProfiles the profiles in effect after naming services
 */
public record ProfileSelection(Set<String> enabled, Set<String> activated, List<String> activeProfiles) {

    public ProfileSelection {
        enabled = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(enabled));
        activated = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(activated));
        activeProfiles = List.copyOf(activeProfiles);
    }

    /**
     * Selects services from a canonical tree ({@code depends_on} in long form).
     *
     * @param checkDependencies reject an enabled service that requires a disabled or unknown one
     */
    public static ProfileSelection select(Map<String, Object> canonical, List<String> profiles, List<String> named,
            boolean checkDependencies) {
        Map<String, Object> services = canonical.get("services") instanceof Map<?, ?> s ? asMap(s) : Map.of();
        List<String> active = new ArrayList<>(profiles);
        Set<String> activated = withProfiles(services, active);
        if (checkDependencies) {
            requireEnabledDependencies(services, activated);
        }
        // as compose-go: consistency is checked before named services bring their profiles in
        for (String name : named) {
            if (!services.containsKey(name)) {
                throw new ComposeException("no such service: " + name);
            }
            if (!activated.contains(name)) {
                active.addAll(profilesOf(services.get(name)));
            }
        }
        Set<String> enabled = activated;
        if (!named.isEmpty()) {
            enabled = withDependencies(services, withProfiles(services, active), named);
        }
        return new ProfileSelection(enabled, activated, active);
    }

    /** The canonical tree restricted to the enabled services. */
    public Map<String, Object> apply(Map<String, Object> canonical) {
        return restrict(canonical, enabled);
    }

    /** The canonical tree restricted to the services the profiles activate. */
    public Map<String, Object> applyActivated(Map<String, Object> canonical) {
        return restrict(canonical, activated);
    }

    private static Map<String, Object> restrict(Map<String, Object> canonical, Set<String> enabled) {
        if (!(canonical.get("services") instanceof Map<?, ?> all)) {
            return canonical;
        }
        Map<String, Object> services = new LinkedHashMap<>();
        asMap(all).forEach((name, service) -> {
            if (enabled.contains(name)) {
                services.put(name, service);
            }
        });
        Map<String, Object> out = new LinkedHashMap<>(canonical);
        out.put("services", services);
        return out;
    }

    private static void requireEnabledDependencies(Map<String, Object> services, Set<String> enabled) {
        for (String name : enabled) {
            for (Map.Entry<String, Boolean> dependency : dependencies(services.get(name)).entrySet()) {
                String target = dependency.getKey();
                boolean optional = !dependency.getValue() && services.containsKey(target);
                if (!enabled.contains(target) && !optional) {
                    throw new ComposeException(String.format(
                            "service \"%s\" depends on undefined service \"%s\": invalid compose project", name, target));
                }
            }
        }
    }

    private static Set<String> withProfiles(Map<String, Object> services, List<String> active) {
        Set<String> enabled = new LinkedHashSet<>();
        services.forEach((name, service) -> {
            List<String> own = profilesOf(service);
            if (own.isEmpty() || active.contains("*") || own.stream().anyMatch(active::contains)) {
                enabled.add(name);
            }
        });
        return enabled;
    }

    private static Set<String> withDependencies(Map<String, Object> services, Set<String> enabled, List<String> named) {
        Set<String> selected = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>(named);
        while (!pending.isEmpty()) {
            String name = pending.pop();
            if (!selected.add(name)) {
                continue;
            }
            dependencies(services.get(name)).forEach((target, required) -> {
                if (enabled.contains(target)) {
                    pending.push(target);
                } else if (required) {
                    throw new ComposeException("no such service: " + target);
                }
            });
        }
        Set<String> ordered = new LinkedHashSet<>();
        for (String name : services.keySet()) {
            if (selected.contains(name)) {
                ordered.add(name);
            }
        }
        return ordered;
    }

    static List<String> profilesOf(Object service) {
        List<String> profiles = new ArrayList<>();
        if (service instanceof Map<?, ?> map && map.get("profiles") instanceof List<?> list) {
            list.forEach(p -> profiles.add(String.valueOf(p)));
        }
        return profiles;
    }

    /** Dependency name to whether it is required; list form counts as required. */
    static Map<String, Boolean> dependencies(Object service) {
        Map<String, Boolean> out = new LinkedHashMap<>();
        if (!(service instanceof Map<?, ?> map)) {
            return out;
        }
        Object dependsOn = map.get("depends_on");
        if (dependsOn instanceof Map<?, ?> deps) {
            deps.forEach((name, spec) -> out.put(String.valueOf(name),
                    !(spec instanceof Map<?, ?> s) || !Boolean.FALSE.equals(s.get("required"))));
        } else if (dependsOn instanceof List<?> deps) {
            deps.forEach(name -> out.put(String.valueOf(name), Boolean.TRUE));
        }
        return out;
    }
}
