package io.jcompose.volumes;

import java.util.Map;
import java.util.Objects;

/**
 * A volume as the engine reports it ({@code GET /volumes/{name}}): Name, Driver, Labels, and Options (the driver
 * options it was created with).
 */
public record ObservedVolume(String name, String driver, Map<String, String> labels, Map<String, String> options) {

    public ObservedVolume {
        Objects.requireNonNull(name);
        Objects.requireNonNull(driver);
        labels = Map.copyOf(labels);
        options = Map.copyOf(options);
    }
}
