package io.jcompose.spec.canonical;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The order in which compose prints the attributes of each object: the declaration order of compose-go's
 * structs, then extensions ({@code x-*}) sorted. Maps that are Go maps (services, labels, environment...) are
 * sorted by key instead.
 */
public final class KeyOrder {

    public static final List<String> PROJECT = List.of("name", "services", "networks", "volumes", "secrets",
            "configs", "models");

    public static final List<String> MODEL = List.of("name", "model", "context_size", "runtime_flags");

    public static final List<String> SERVICE = List.of("profiles", "annotations", "attach", "build", "develop",
            "blkio_config", "cap_add", "cap_drop", "cgroup_parent", "cgroup", "cpu_count", "cpu_percent",
            "cpu_period", "cpu_quota", "cpu_rt_period", "cpu_rt_runtime", "cpus", "cpuset", "cpu_shares", "command",
            "configs", "container_name", "credential_spec", "depends_on", "deploy", "device_cgroup_rules", "devices",
            "dns", "dns_opt", "dns_search", "dockerfile", "domainname", "entrypoint", "provider", "environment",
            "env_file", "expose", "extends", "external_links", "extra_hosts", "group_add", "gpus", "hostname",
            "healthcheck", "image", "init", "ipc", "isolation", "labels", "label_file", "links", "logging",
            "log_driver", "log_opt", "mem_limit", "mem_reservation", "memswap_limit", "mem_swappiness", "mac_address",
            "models", "net", "network_mode", "networks", "oom_kill_disable", "oom_score_adj", "pid", "pids_limit",
            "platform", "ports", "privileged", "pull_policy", "read_only", "restart", "runtime", "scale", "secrets",
            "security_opt", "shm_size", "stdin_open", "stop_grace_period", "stop_signal", "storage_opt", "sysctls",
            "tmpfs", "tty", "ulimits", "use_api_socket", "user", "userns_mode", "uts", "volume_driver", "volumes",
            "volumes_from", "working_dir", "post_start", "pre_stop");

    public static final List<String> BUILD = List.of("context", "dockerfile", "dockerfile_inline", "entitlements",
            "args", "provenance", "sbom", "ssh", "labels", "cache_from", "cache_to", "no_cache", "no_cache_filter",
            "additional_contexts", "pull", "extra_hosts", "isolation", "network", "target", "secrets", "shm_size",
            "tags", "ulimits", "platforms", "privileged");

    public static final List<String> NETWORK = List.of("name", "driver", "driver_opts", "ipam", "external",
            "internal", "attachable", "labels", "enable_ipv4", "enable_ipv6");
    public static final List<String> IPAM = List.of("driver", "config", "options");
    public static final List<String> IPAM_POOL = List.of("subnet", "gateway", "ip_range", "aux_addresses");
    public static final List<String> VOLUME = List.of("name", "driver", "driver_opts", "external", "labels");
    public static final List<String> FILE_OBJECT = List.of("name", "file", "environment", "content", "external",
            "labels", "driver", "driver_opts", "template_driver");
    public static final List<String> SERVICE_NETWORK = List.of("aliases", "driver_opts", "gw_priority",
            "interface_name", "ipv4_address", "ipv6_address", "link_local_ips", "mac_address", "priority");
    public static final List<String> PORT = List.of("name", "mode", "host_ip", "target", "published", "protocol",
            "app_protocol");
    public static final List<String> SERVICE_VOLUME = List.of("type", "source", "target", "read_only",
            "consistency", "bind", "volume", "tmpfs", "image");
    public static final List<String> VOLUME_BIND = List.of("selinux", "propagation", "create_host_path",
            "recursive");
    public static final List<String> VOLUME_VOLUME = List.of("labels", "nocopy", "subpath");
    public static final List<String> VOLUME_TMPFS = List.of("size", "mode");
    public static final List<String> VOLUME_IMAGE = List.of("subpath");
    public static final List<String> FILE_REFERENCE = List.of("source", "target", "uid", "gid", "mode");
    public static final List<String> DEPENDENCY = List.of("condition", "restart", "required");
    public static final List<String> HEALTHCHECK = List.of("test", "timeout", "interval", "retries",
            "start_period", "start_interval", "disable");
    public static final List<String> DEPLOY = List.of("mode", "replicas", "labels", "update_config",
            "rollback_config", "resources", "restart_policy", "placement", "endpoint_mode");
    public static final List<String> UPDATE_CONFIG = List.of("parallelism", "delay", "failure_action", "monitor",
            "max_failure_ratio", "order");
    public static final List<String> RESOURCES = List.of("limits", "reservations");
    public static final List<String> RESOURCE = List.of("cpus", "memory", "pids", "devices", "generic_resources");
    public static final List<String> DEVICE = List.of("source", "target", "permissions");
    public static final List<String> DEVICE_REQUEST = List.of("capabilities", "driver", "count", "device_ids",
            "options");
    public static final List<String> RESTART_POLICY = List.of("condition", "delay", "max_attempts", "window");
    public static final List<String> PLACEMENT = List.of("constraints", "preferences", "max_replicas_per_node");
    public static final List<String> LOGGING = List.of("driver", "options");
    public static final List<String> ENV_FILE = List.of("path", "required", "format");
    public static final List<String> BLKIO = List.of("weight", "weight_device", "device_read_bps",
            "device_read_iops", "device_write_bps", "device_write_iops");
    public static final List<String> PROVIDER = List.of("type", "options");
    public static final List<String> DEVELOP = List.of("watch");
    public static final List<String> WATCH = List.of("path", "action", "target", "exec", "ignore", "include",
            "initial_sync");
    public static final List<String> HOOK = List.of("command", "user", "privileged", "working_dir",
            "environment");

    private KeyOrder() {
    }

    /** {@code source} reordered: known keys in {@code order}, then other keys as they came, then x-* sorted. */
    public static Map<String, Object> apply(Map<String, Object> source, List<String> order) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String key : order) {
            if (source.containsKey(key)) {
                out.put(key, source.get(key));
            }
        }
        List<String> rest = new ArrayList<>();
        Map<String, Object> extensions = new TreeMap<>();
        for (Map.Entry<String, Object> e : source.entrySet()) {
            if (out.containsKey(e.getKey())) {
                continue;
            }
            if (e.getKey().startsWith("x-")) {
                extensions.put(e.getKey(), e.getValue());
            } else {
                rest.add(e.getKey());
            }
        }
        for (String key : rest) {
            out.put(key, source.get(key));
        }
        out.putAll(extensions);
        return out;
    }
}
