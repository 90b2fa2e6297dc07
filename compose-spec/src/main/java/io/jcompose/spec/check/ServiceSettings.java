package io.jcompose.spec.check;

import io.jcompose.spec.tree.YamlPath;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Settings of one service that contradict each other or cannot work together. */
final class ServiceSettings {

    private static final Set<String> HEALTHCHECK_KINDS = Set.of("CMD", "CMD-SHELL", "NONE");
    private static final Set<String> ACTIONS_WITHOUT_TARGET = Set.of("rebuild", "restart");
    /** Docker's byte sizes: {@code 512}, {@code 64m}, {@code 1.5GiB}; binary multiples. */
    private static final Pattern BYTES = Pattern.compile("(\\d+(?:\\.\\d+)?) ?([kmgtp])?i?b?", Pattern.CASE_INSENSITIVE);

    private final Problems problems;

    ServiceSettings(Problems problems) {
        this.problems = problems;
    }

    void check(String name, Map<String, Object> service) {
        YamlPath at = YamlPath.of("services", name);
        checkImageOrBuild(name, service, at);
        checkNetworking(name, service, at);
        checkHealthcheck(service, at);
        checkResources(service, at);
        checkContainerName(service, at);
        checkWatch(service, at);
        checkMountTargets(service, at);
        checkDeviceRequests(Attributes.list(service, "gpus"), at.key("gpus"));
        checkDeviceRequests(Attributes.list(Attributes.map(Attributes.map(Attributes.map(service, "deploy"), "resources"),
                "reservations"), "devices"), at.key("deploy").key("resources").key("reservations").key("devices"));
        PublishedPorts.check(Attributes.list(service, "ports"), at.key("ports"), problems);
    }

    private void checkImageOrBuild(String name, Map<String, Object> service, YamlPath at) {
        Map<String, Object> build = Attributes.map(service, "build");
        if (!Attributes.isSet(service.get("image")) && !Attributes.isSet(service.get("build"))
                && !Attributes.isSet(service.get("provider"))) {
            throw problems.invalid(at, "service \"" + name + "\" has neither an image nor a build context specified");
        }
        if (Attributes.isSet(build.get("dockerfile")) && Attributes.isSet(build.get("dockerfile_inline"))) {
            throw problems.invalid(at.key("build"),
                    "service \"" + name + "\" declares mutualy exclusive dockerfile and dockerfile_inline");
        }
        Optional<String> platform = Attributes.string(service, "platform");
        List<Object> platforms = Attributes.list(build, "platforms");
        if (platform.isPresent() && !platforms.isEmpty() && !platforms.contains(platform.get())) {
            throw problems.invalid(at.key("build").key("platforms"),
                    "service.build.platforms MUST include service.platform \"" + platform.get() + "\"");
        }
    }

    private void checkNetworking(String name, Map<String, Object> service, YamlPath at) {
        if (Attributes.isSet(service.get("network_mode")) && Attributes.isSet(service.get("networks"))) {
            throw problems.invalid(at.key("network_mode"),
                    "service " + name + " declares mutually exclusive `network_mode` and `networks`");
        }
    }

    private void checkHealthcheck(Map<String, Object> service, YamlPath at) {
        List<Object> test = Attributes.list(Attributes.map(service, "healthcheck"), "test");
        if (!test.isEmpty() && !HEALTHCHECK_KINDS.contains(String.valueOf(test.get(0)))) {
            throw problems.at(at.key("healthcheck").key("test"),
                    "healthcheck.test must start either by \"CMD\", \"CMD-SHELL\" or \"NONE\"");
        }
    }

    /** The short attributes and their {@code deploy} counterparts must agree when both are set. */
    private void checkResources(Map<String, Object> service, YamlPath at) {
        Map<String, Object> deploy = Attributes.map(service, "deploy");
        Map<String, Object> limits = Attributes.map(Attributes.map(deploy, "resources"), "limits");
        Map<String, Object> reservations = Attributes.map(Attributes.map(deploy, "resources"), "reservations");
        OptionalLong scale = Attributes.integer(service, "scale");
        OptionalLong replicas = Attributes.integer(deploy, "replicas");
        if (scale.isPresent() && replicas.isPresent() && scale.getAsLong() != replicas.getAsLong()) {
            throw problems.invalidAtPath(at, "can't set distinct values on 'scale' and 'deploy.replicas'");
        }
        OptionalDouble cpus = number(service.get("cpus"));
        OptionalDouble limitCpus = number(limits.get("cpus"));
        if (cpus.isPresent() && cpus.getAsDouble() != 0 && limitCpus.isPresent()
                && Math.abs(cpus.getAsDouble() - limitCpus.getAsDouble()) > 1e-9) {
            throw problems.invalidAtPath(at, "can't set distinct values on 'cpus' and 'deploy.resources.limits.cpus'");
        }
        distinctBytes(service.get("mem_limit"), limits.get("memory"), at, "mem_limit",
                "deploy.resources.limits.memory");
        distinctBytes(service.get("mem_reservation"), reservations.get("memory"), at, "mem_reservation",
                "deploy.resources.reservations.memory");
        OptionalLong pids = Attributes.integer(service, "pids_limit");
        OptionalLong limitPids = Attributes.integer(limits, "pids");
        if (pids.isPresent() && pids.getAsLong() != 0 && limitPids.isPresent()
                && pids.getAsLong() != limitPids.getAsLong()) {
            throw problems.invalidAtPath(at, "can't set distinct values on 'pids_limit' and 'deploy.resources.limits.pids'");
        }
    }

    private void distinctBytes(Object shortForm, Object deployForm, YamlPath at, String shortName, String deployName) {
        OptionalLong bytes = bytes(shortForm);
        OptionalLong deployBytes = bytes(deployForm);
        if (bytes.isPresent() && bytes.getAsLong() != 0 && deployBytes.isPresent()
                && bytes.getAsLong() != deployBytes.getAsLong()) {
            throw problems.invalidAtPath(at, "can't set distinct values on '" + shortName + "' and '" + deployName + "'");
        }
    }

    /** Several replicas cannot share one fixed container name. */
    private void checkContainerName(Map<String, Object> service, YamlPath at) {
        if (!Attributes.isSet(service.get("container_name"))) {
            return;
        }
        OptionalLong scale = Attributes.integer(service, "scale");
        OptionalLong replicas = Attributes.integer(Attributes.map(service, "deploy"), "replicas");
        long count = scale.isPresent() ? scale.getAsLong() : replicas.orElse(1);
        if (count > 1) {
            String attribute = scale.isPresent() ? "scale" : "deploy.replicas";
            throw problems.invalidAtPath(at.key("container_name"),
                    "can't set container_name and " + attribute + " as container name must be unique");
        }
    }

    private void checkWatch(Map<String, Object> service, YamlPath at) {
        List<Object> rules = Attributes.list(Attributes.map(service, "develop"), "watch");
        for (int i = 0; i < rules.size(); i++) {
            Map<String, Object> rule = Attributes.map(rules.get(i));
            YamlPath where = at.key("develop").key("watch").index(i);
            if (rule.containsKey("path") && !Attributes.isSet(rule.get("path"))) {
                throw problems.atPath(where.key("path"), "value can't be blank");
            }
            if (!Attributes.isSet(rule.get("target")) && !ACTIONS_WITHOUT_TARGET.contains(String.valueOf(rule.get("action")))) {
                throw problems.invalidAtPath(where, "target is required for non-rebuild actions");
            }
        }
    }

    /** Two mounts (tmpfs or volumes) on the same container path would hide one another. */
    private void checkMountTargets(Map<String, Object> service, YamlPath at) {
        Map<String, YamlPath> mounted = new HashMap<>();
        List<Object> tmpfs = service.get("tmpfs") instanceof String single ? List.of(single) : Attributes.list(service, "tmpfs");
        for (int i = 0; i < tmpfs.size(); i++) {
            String entry = String.valueOf(tmpfs.get(i));
            int colon = entry.indexOf(':');
            claim(mounted, colon < 0 ? entry : entry.substring(0, colon), at.key("tmpfs").index(i));
        }
        List<Object> volumes = Attributes.list(service, "volumes");
        for (int i = 0; i < volumes.size(); i++) {
            Optional<String> target = Attributes.string(Attributes.map(volumes.get(i)), "target");
            if (target.isPresent()) {
                claim(mounted, target.get(), at.key("volumes").index(i));
            }
        }
    }

    private void claim(Map<String, YamlPath> mounted, String target, YamlPath where) {
        YamlPath previous = mounted.putIfAbsent(target, where);
        if (previous != null) {
            throw problems.atPath(where, "target " + target + " already mounted as " + previous);
        }
    }

    /** A device request asks either for a number of devices or for specific ones. */
    private void checkDeviceRequests(List<Object> requests, YamlPath at) {
        for (int i = 0; i < requests.size(); i++) {
            Map<String, Object> request = Attributes.map(requests.get(i));
            if (request.containsKey("count") && request.containsKey("device_ids")) {
                throw problems.atPath(at.index(i), "\"count\" and \"device_ids\" attributes are exclusive");
            }
        }
    }

    private static OptionalDouble number(Object value) {
        if (value instanceof Number number) {
            return OptionalDouble.of(number.doubleValue());
        }
        if (value instanceof String text) {
            try {
                return OptionalDouble.of(Double.parseDouble(text.trim()));
            } catch (NumberFormatException e) {
                return OptionalDouble.empty();
            }
        }
        return OptionalDouble.empty();
    }

    static OptionalLong bytes(Object value) {
        if (value instanceof Long || value instanceof Integer) {
            return OptionalLong.of(((Number) value).longValue());
        }
        if (value instanceof Double d) {
            return OptionalLong.of(d.longValue());
        }
        if (!(value instanceof String text)) {
            return OptionalLong.empty();
        }
        Matcher matcher = BYTES.matcher(text.trim());
        if (!matcher.matches()) {
            return OptionalLong.empty();
        }
        double amount = Double.parseDouble(matcher.group(1));
        String unit = matcher.group(2) == null ? "" : matcher.group(2).toLowerCase(Locale.ROOT);
        int power = "kmgtp".indexOf(unit) + 1;
        return OptionalLong.of((long) (amount * Math.pow(1024, unit.isEmpty() ? 0 : power)));
    }
}
