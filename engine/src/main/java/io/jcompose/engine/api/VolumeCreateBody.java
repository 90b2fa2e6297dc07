package io.jcompose.engine.api;

import java.util.Map;

/** The body of {@code POST /volumes/create}. */
public record VolumeCreateBody(
        String name,
        String driver,
        Map<String, String> driverOpts,
        Map<String, String> labels) {

    public VolumeCreateBody {
        name = Absent.text(name);
        driver = Absent.text(driver);
        driverOpts = Absent.map(driverOpts);
        labels = Absent.map(labels);
    }

    /** The body as the engine reads it: empty fields left out. */
    public Map<String, Object> toJson() {
        return new JsonFields().nonEmpty("Name", name).nonEmpty("Driver", driver)
                .nonEmpty("DriverOpts", driverOpts).nonEmpty("Labels", labels).toMap();
    }

    public static VolumeCreateBody named(String name, Map<String, String> labels) {
        return new VolumeCreateBody(name, "", Map.of(), labels);
    }
}
