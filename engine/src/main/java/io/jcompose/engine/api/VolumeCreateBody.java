package io.jcompose.engine.api;

import java.util.LinkedHashMap;
import java.util.Map;

/** The body of {@code POST /volumes/create}. */
public record VolumeCreateBody(
        String name,
        String driver,
        Map<String, String> driverOpts,
        Map<String, String> labels) {

    public VolumeCreateBody {
        driver = Absent.text(driver);
        driverOpts = Absent.map(driverOpts);
        labels = Absent.map(labels);
    }

    /** The body as the engine reads it: empty fields left out. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        if (name != null && !name.isEmpty()) {
            json.put("Name", name);
        }
        if (!driver.isEmpty()) {
            json.put("Driver", driver);
        }
        if (!driverOpts.isEmpty()) {
            json.put("DriverOpts", driverOpts);
        }
        if (!labels.isEmpty()) {
            json.put("Labels", labels);
        }
        return json;
    }

    public static VolumeCreateBody named(String name, Map<String, String> labels) {
        return new VolumeCreateBody(name, "", Map.of(), labels);
    }
}
