package io.jcompose.spec.schema;

import io.jcompose.spec.tree.Tagged;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded random edits of a Compose tree for fuzz tests: change a value's type, drop or
 * duplicate a key or item, insert garbage, wrap a value in {@code !override} or {@code !reset}.
 */
public final class TreeMutations {

    private final Random random;

    public TreeMutations(long seed) {
        this.random = new Random(seed);
    }

    /** A deep copy of {@code tree} with one to four random edits. */
    public Map<String, Object> mutated(Map<String, Object> tree) {
        Map<String, Object> root = copyMap(tree);
        int mutations = 1 + random.nextInt(4);
        for (int i = 0; i < mutations; i++) {
            mutate(root);
        }
        return root;
    }

    private void mutate(Map<String, Object> root) {
        List<Object> containers = new ArrayList<>();
        collectContainers(root, containers);
        Object target = containers.get(random.nextInt(containers.size()));
        if (target instanceof Map<?, ?> raw) {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) raw;
            mutateMap(map);
        } else {
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) target;
            mutateList(list);
        }
    }

    private void mutateMap(Map<String, Object> map) {
        List<String> keys = new ArrayList<>(map.keySet());
        int operation = random.nextInt(5);
        if (keys.isEmpty() || operation == 0) {
            map.put(garbageKey(), randomValue(2));
            return;
        }
        String key = keys.get(random.nextInt(keys.size()));
        switch (operation) {
            case 1 -> map.remove(key);
            case 2 -> map.put(key, randomValue(2));
            case 3 -> map.put(key + random.nextInt(3), map.get(key));
            default -> map.put(key, new Tagged.Override(map.get(key)));
        }
    }

    private void mutateList(List<Object> list) {
        int operation = random.nextInt(4);
        if (list.isEmpty() || operation == 0) {
            list.add(randomValue(2));
            return;
        }
        int index = random.nextInt(list.size());
        switch (operation) {
            case 1 -> list.remove(index);
            case 2 -> list.set(index, randomValue(2));
            default -> list.add(list.get(index));
        }
    }

    private Object randomValue(int depth) {
        int kind = random.nextInt(depth > 0 ? 11 : 8);
        return switch (kind) {
            case 0 -> garbageKey();
            case 1 -> (long) random.nextInt(200_000) - 100_000;
            case 2 -> random.nextDouble() * 10;
            case 3 -> random.nextBoolean();
            case 4 -> null;
            case 5 -> new Tagged.Reset();
            case 6 -> "";
            case 7 -> Long.MAX_VALUE;
            case 8 -> new ArrayList<>(Arrays.asList(randomValue(depth - 1), randomValue(depth - 1)));
            case 9 -> new Tagged.Override(randomValue(depth - 1));
            default -> {
                Map<String, Object> map = new LinkedHashMap<>();
                map.put(garbageKey(), randomValue(depth - 1));
                yield map;
            }
        };
    }

    private String garbageKey() {
        String[] pool = {"x-ok", "image", "ports", "foo", "", " ", "a b", "services", "0", "~", "$VAR", "é", "x-"};
        return pool[random.nextInt(pool.length)];
    }

    private static void collectContainers(Object value, List<Object> into) {
        Object plain = value instanceof Tagged.Override o ? o.value() : value;
        if (plain instanceof Map<?, ?> map) {
            into.add(map);
            map.values().forEach(v -> collectContainers(v, into));
        } else if (plain instanceof List<?> list) {
            into.add(list);
            list.forEach(v -> collectContainers(v, into));
        }
    }

    private static Map<String, Object> copyMap(Map<String, Object> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, copy(v)));
        return copy;
    }

    private static Object copy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), copy(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(copy(v)));
            return copy;
        }
        return value;
    }
}
