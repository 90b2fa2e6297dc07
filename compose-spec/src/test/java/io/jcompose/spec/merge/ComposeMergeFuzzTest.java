package io.jcompose.spec.merge;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.spec.ComposeException;
import io.jcompose.spec.tree.Tagged;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A seeded random walk over documents shaped like Compose files (the keys the merge rules care
 * about, any value types): merging, de-duplicating, extends and profile selection may reject a document, never crash.
 */
class ComposeMergeFuzzTest {

    private static final List<String> KEYS = List.of("services", "web", "db", "environment", "labels", "ports",
            "volumes", "devices", "secrets", "configs", "expose", "depends_on", "networks", "build", "args", "context",
            "logging", "driver", "options", "ulimits", "nofile", "ipam", "config", "subnet", "command", "healthcheck",
            "test", "extends", "env_file", "dns", "tmpfs", "extra_hosts", "target", "published", "profiles", "x-ext");

    private final Random random = new Random(20261123L);

    @Test
    void randomDocumentsAreRejectedOrLoadedButNeverCrash() {
        int rejected = 0;
        for (int i = 0; i < 3000; i++) {
            Map<String, Object> base = document();
            Map<String, Object> override = document();
            try {
                Map<String, Object> merged = Uniqueness.enforce(ComposeMerge.merge(base, override));
                assertThat(containsTags(merged)).as("%s\nover\n%s\n=>\n%s", base, override, merged).isFalse();
                ProfileSelection.select(merged, List.of("test"), List.of(), true).apply(merged);
                ServiceExtends.apply(override, java.nio.file.Path.of("/p/compose.yaml"), java.nio.file.Path.of("/p"),
                        file -> Optional.of(TreeValues.asMap(base.get("services"))));
            } catch (ComposeException expected) {
                rejected++;
            }
        }
        assertThat(rejected).isLessThan(3000);
    }

    private Map<String, Object> document() {
        Map<String, Object> services = new LinkedHashMap<>();
        services.put("web", map(3));
        services.put("db", map(3));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("services", services);
        if (random.nextBoolean()) {
            root.put("networks", Map.of("net", map(3)));
        }
        return root;
    }

    private Object value(int depth) {
        int kind = random.nextInt(depth <= 0 ? 6 : 9);
        return switch (kind) {
            case 0 -> KEYS.get(random.nextInt(KEYS.size())) + (random.nextBoolean() ? "=" + random.nextInt(3) : "");
            case 1 -> (long) random.nextInt(5);
            case 2 -> random.nextBoolean();
            case 3 -> null;
            case 4 -> new Tagged.Reset();
            case 5 -> random.nextInt(3) + ":" + random.nextInt(3);
            case 6 -> new Tagged.Override(value(depth - 1));
            case 7 -> list(depth - 1);
            default -> map(depth - 1);
        };
    }

    private Map<String, Object> map(int depth) {
        Map<String, Object> map = new LinkedHashMap<>();
        int size = random.nextInt(4);
        for (int i = 0; i < size; i++) {
            map.put(KEYS.get(random.nextInt(KEYS.size())), value(depth));
        }
        return map;
    }

    private List<Object> list(int depth) {
        List<Object> list = new ArrayList<>();
        int size = random.nextInt(4);
        for (int i = 0; i < size; i++) {
            list.add(value(depth));
        }
        return list;
    }

    private static boolean containsTags(Object value) {
        if (value instanceof Tagged) {
            return true;
        }
        if (value instanceof Map<?, ?> map) {
            return map.values().stream().anyMatch(ComposeMergeFuzzTest::containsTags);
        }
        if (value instanceof List<?> list) {
            return list.stream().anyMatch(ComposeMergeFuzzTest::containsTags);
        }
        return false;
    }
}
