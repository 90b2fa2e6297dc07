package io.jcompose.engine.api;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * A row of {@code GET /containers/json}. Names carry the engine's leading slash. The row has the ports, networks
 * and mounts too (as an inspect has them), so observing a project and {@code ps} take one list call, not one
 * inspect per container.
 */
public record ContainerSummary(
        String id,
        List<String> names,
        String image,
        String imageId,
        String command,
        long created,
        String state,
        String status,
        Map<String, String> labels,
        List<Port> ports,
        ContainerInspect.NetworkSettings networkSettings,
        List<ContainerInspect.Mount> mounts) {

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
        networkSettings = networkSettings == null ? new ContainerInspect.NetworkSettings(null, null) : networkSettings;
        mounts = Absent.list(mounts);
    }

    /** A row without ports, networks or mounts. */
    public ContainerSummary(String id, List<String> names, String image, String imageId, String command, long created,
                            String state, String status, Map<String, String> labels) {
        this(id, names, image, imageId, command, created, state, status, labels, null, null, null);
    }

    /** A row as {@code GET /containers/json} answers it. */
    static ContainerSummary read(JsonParser parser) throws IOException {
        String id = null;
        List<String> names = null;
        String image = null;
        String imageId = null;
        String command = null;
        long created = 0;
        String state = null;
        String status = null;
        Map<String, String> labels = null;
        List<Port> ports = null;
        ContainerInspect.NetworkSettings networkSettings = null;
        List<ContainerInspect.Mount> mounts = null;
        for (String field = AnswerReader.firstField(parser); field != null; field = AnswerReader.nextField(parser)) {
            switch (field) {
                case "Id" -> id = AnswerReader.text(parser);
                case "Names" -> names = AnswerReader.texts(parser);
                case "Image" -> image = AnswerReader.text(parser);
                case "ImageID" -> imageId = AnswerReader.text(parser);
                case "Command" -> command = AnswerReader.text(parser);
                case "Created" -> created = AnswerReader.longInteger(parser);
                case "State" -> state = AnswerReader.text(parser);
                case "Status" -> status = AnswerReader.text(parser);
                case "Labels" -> labels = AnswerReader.textMap(parser);
                case "Ports" -> ports = AnswerReader.list(parser, Port::read);
                case "NetworkSettings" -> networkSettings = AnswerReader.object(parser,
                        ContainerInspect.NetworkSettings::read);
                case "Mounts" -> mounts = AnswerReader.list(parser, ContainerInspect.Mount::read);
                default -> parser.skipChildren();
            }
        }
        return new ContainerSummary(id, names, image, imageId, command, created, state, status, labels, ports,
                networkSettings, mounts);
    }

    /** The first name without the leading slash. */
    public String name() {
        return names.isEmpty() ? "" : names.get(0).replaceFirst("^/", "");
    }

    /** A published port (host address and port), or an exposed one ({@code ip} empty, {@code publicPort} 0). */
    public record Port(String ip, int privatePort, int publicPort, String type) {

        public Port {
            ip = Absent.text(ip);
            type = type == null || type.isEmpty() ? "tcp" : type;
        }

        static Port read(JsonParser parser) throws IOException {
            String ip = null;
            int privatePort = 0;
            int publicPort = 0;
            String type = null;
            for (String field = AnswerReader.firstField(parser); field != null;
                    field = AnswerReader.nextField(parser)) {
                switch (field) {
                    case "IP" -> ip = AnswerReader.text(parser);
                    case "PrivatePort" -> privatePort = AnswerReader.integer(parser);
                    case "PublicPort" -> publicPort = AnswerReader.integer(parser);
                    case "Type" -> type = AnswerReader.text(parser);
                    default -> parser.skipChildren();
                }
            }
            return new Port(ip, privatePort, publicPort, type);
        }
    }
}
