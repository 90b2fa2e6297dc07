package io.jcompose.engine.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A row of {@code GET /containers/json}. Names carry the engine's leading slash. The ports, mounts and
 * network names are what {@code ps} shows, so it needs no inspect per container.
 */
public record ContainerSummary(
        @JsonProperty("Id") String id,
        @JsonProperty("Names") List<String> names,
        @JsonProperty("Image") String image,
        @JsonProperty("ImageID") String imageId,
        @JsonProperty("Command") String command,
        @JsonProperty("Created") long created,
        @JsonProperty("State") String state,
        @JsonProperty("Status") String status,
        @JsonProperty("Labels") Map<String, String> labels,
        @JsonProperty("Ports") List<Port> ports,
        @JsonProperty("Mounts") List<Mount> mounts,
        @JsonProperty("NetworkSettings") NetworkNames networkSettings) {

    public ContainerSummary {
        id = Absent.text(id);
        names = Absent.list(names);
        image = Absent.text(image);
        imageId = Absent.text(imageId);
        command = Absent.text(command);
        state = Absent.text(state);
        status = Absent.text(status);
        labels = Absent.map(labels);
        ports = Absent.list(ports);
        mounts = Absent.list(mounts);
        networkSettings = networkSettings == null ? new NetworkNames(Map.of()) : networkSettings;
    }

    /** A row without ports, mounts or networks. */
    public ContainerSummary(String id, List<String> names, String image, String imageId, String command, long created,
                            String state, String status, Map<String, String> labels) {
        this(id, names, image, imageId, command, created, state, status, labels, List.of(), List.of(),
                new NetworkNames(Map.of()));
    }

    /** The first name without the leading slash. */
    public String name() {
        return names.isEmpty() ? "" : names.get(0).replaceFirst("^/", "");
    }

    /** A published port (host address and port), or an exposed one ({@code ip} empty, {@code publicPort} 0). */
    public record Port(@JsonProperty("IP") String ip, @JsonProperty("PrivatePort") int privatePort,
                       @JsonProperty("PublicPort") int publicPort, @JsonProperty("Type") String type) {

        public Port {
            ip = Absent.text(ip);
            type = type == null || type.isEmpty() ? "tcp" : type;
        }
    }

    /** A mount: a volume's name, or for a bind (no name) its host source; the volume driver. */
    public record Mount(@JsonProperty("Name") String name, @JsonProperty("Source") String source,
                        @JsonProperty("Driver") String driver) {

        public Mount {
            name = Absent.text(name);
            source = Absent.text(source);
            driver = Absent.text(driver);
        }
    }

    /** The networks the container is attached to, in the engine's order; only their names are read. */
    public record NetworkNames(@JsonProperty("Networks") Map<String, Object> networks) {

        public NetworkNames {
            networks = Absent.map(networks);
        }
    }
}
