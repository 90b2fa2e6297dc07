package io.jcompose.spec.canonical;

import io.jcompose.spec.tree.YamlPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Service mounts ({@code volumes}) in canonical long form. */
final class MountAttributes {

    private MountAttributes() {
    }

    static List<Object> volumes(Object v, YamlPath at, Paths paths) {
        List<Object> out = new ArrayList<>();
        List<Object> list = Raw.list(v, at);
        for (int i = 0; i < list.size(); i++) {
            YamlPath p = at.index(i);
            Object item = list.get(i);
            Map<String, Object> volume;
            if (item instanceof Map) {
                volume = longVolume(Raw.map(item, p), p);
            } else {
                try {
                    volume = VolumeSpec.parse(Raw.scalar(item, p));
                } catch (IllegalArgumentException e) {
                    throw Raw.error(p, e.getMessage());
                }
            }
            if ("bind".equals(volume.get("type")) && volume.get("source") instanceof String source) {
                volume.put("source", paths.resolve(source));
            }
            out.add(KeyOrder.apply(volume, KeyOrder.SERVICE_VOLUME));
        }
        return out;
    }

    static Map<String, Object> longVolume(Map<String, Object> raw, YamlPath at) {
        Map<String, Object> out = new LinkedHashMap<>();
        raw.forEach((k, x) -> {
            YamlPath q = at.key(k);
            if (x == null) {
                return;
            }
            switch (k) {
                case "read_only" -> {
                    if (Raw.bool(x, q)) {
                        out.put(k, true);
                    }
                }
                case "bind" -> {
                    Map<String, Object> bind = new LinkedHashMap<>();
                    Raw.map(x, q).forEach((bk, bv) -> {
                        if (bv == null) {
                            return;
                        }
                        if (bk.equals("create_host_path")) {
                            // true is the default, which compose does not print
                            if (!Raw.bool(bv, q.key(bk))) {
                                bind.put(bk, false);
                            }
                        } else if (bk.startsWith("x-")) {
                            bind.put(bk, Values.sortedCopy(bv));
                        } else {
                            Values.putString(bind, bk, bv, q.key(bk));
                        }
                    });
                    out.put(k, KeyOrder.apply(bind, KeyOrder.VOLUME_BIND));
                }
                case "volume" -> {
                    Map<String, Object> volume = new LinkedHashMap<>();
                    Raw.map(x, q).forEach((vk, vv) -> {
                        if (vv == null) {
                            return;
                        }
                        switch (vk) {
                            case "nocopy" -> {
                                if (Raw.bool(vv, q.key(vk))) {
                                    volume.put(vk, true);
                                }
                            }
                            case "labels" -> Values.putMapping(volume, vk, vv, q.key(vk));
                            default -> volume.put(vk, vk.startsWith("x-") ? Values.sortedCopy(vv)
                                    : Raw.scalar(vv, q.key(vk)));
                        }
                    });
                    out.put(k, KeyOrder.apply(volume, KeyOrder.VOLUME_VOLUME));
                }
                case "tmpfs" -> {
                    Map<String, Object> tmpfs = new LinkedHashMap<>();
                    Raw.map(x, q).forEach((tk, tv) -> {
                        if (tv == null) {
                            return;
                        }
                        switch (tk) {
                            case "size" -> {
                                long n = Raw.bytes(tv, q.key(tk));
                                if (n != 0) {
                                    tmpfs.put(tk, Long.toString(n));
                                }
                            }
                            case "mode" -> tmpfs.put(tk, Values.fileMode(tv, q.key(tk)));
                            default -> tmpfs.put(tk, Values.sortedCopy(tv));
                        }
                    });
                    out.put(k, KeyOrder.apply(tmpfs, KeyOrder.VOLUME_TMPFS));
                }
                case "image" -> out.put(k, KeyOrder.apply(Raw.map(Values.plainCopy(x), q), KeyOrder.VOLUME_IMAGE));
                default -> {
                    if (k.startsWith("x-")) {
                        out.put(k, Values.sortedCopy(x));
                    } else {
                        Values.putString(out, k, x, q);
                    }
                }
            }
        });
        return out;
    }
}
