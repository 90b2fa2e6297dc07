package io.jcompose.cli;

import static io.jcompose.cli.CommandModel.flag;
import static io.jcompose.cli.CommandModel.option;
import static io.jcompose.cli.CommandModel.positionals;

import io.jcompose.engine.EngineClient;
import io.jcompose.engine.api.ContainerSummary;
import io.jcompose.engine.api.ImageInspect;
import io.vertx.core.Future;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code jcompose images}: the image each of the project's containers runs. */
public final class ImagesCommand implements Callable<Integer> {

    private final JcomposeCommand root;
    private final CommandSpec spec;
    private boolean quiet;
    private String format = "table";
    private List<String> serviceNames = new ArrayList<>();

    ImagesCommand(JcomposeCommand root) {
        this.root = root;
        spec = CommandModel.of(this, "images", "List images used by the created containers")
                .add(flag(v -> quiet = v, "-q", "--quiet").description("Only display IDs"))
                .add(option(String.class, v -> format = v, "--format").paramLabel("FORMAT")
                        .description("Format the output. Values: [table | json]"))
                .add(positionals(v -> serviceNames = v, "*").paramLabel("SERVICE").description("Services to show"))
                .spec();
    }

    CommandSpec spec() {
        return spec;
    }

    /** A container and its image: the first repository tag split at the tag's colon. */
    record ContainerImage(String container, String id, String repository, String tag, long size) {

        static ContainerImage of(String container, ImageInspect image) {
            String repository = "";
            String tag = "";
            if (!image.repoTags().isEmpty()) {
                String reference = image.repoTags().get(0);
                int colon = reference.lastIndexOf(':');
                if (colon > reference.lastIndexOf('/')) {
                    repository = reference.substring(0, colon);
                    tag = reference.substring(colon + 1);
                } else {
                    repository = reference;
                }
            }
            return new ContainerImage(container, image.id(), repository, tag, image.size());
        }

        /** The ID without its {@code sha256:} prefix. */
        String bareId() {
            int colon = id.indexOf(':');
            return colon < 0 ? id : id.substring(colon + 1);
        }

        Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("ID", id);
            json.put("ContainerName", container);
            json.put("Repository", repository);
            json.put("Tag", tag);
            json.put("Size", size);
            return json;
        }
    }

    @Override
    public Integer call() {
        if (!format.equalsIgnoreCase("table") && !format.equalsIgnoreCase("json") && !format.isEmpty()) {
            throw new IllegalArgumentException("format value \"" + format + "\" could not be parsed: parsing failed");
        }
        ProjectScope scope = ProjectScope.nameOnly(root.global(), spec.commandLine().getErr());
        List<ContainerImage> images = new ArrayList<>();
        try (EngineClient engine = EngineConnection.open(root.global())) {
            List<ContainerSummary> containers = scope.containers(engine, true, false, serviceNames);
            Map<String, Future<ImageInspect>> inspections = new LinkedHashMap<>();
            containers.forEach(c -> inspections.computeIfAbsent(c.imageId(), id -> engine.images().inspect(id)));
            for (ContainerSummary container : containers) {
                images.add(ContainerImage.of(container.name(), engine.await(inspections.get(container.imageId()))));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (quiet) {
            Set<String> ids = new LinkedHashSet<>();
            images.forEach(i -> ids.add(i.bareId()));
            ids.forEach(out::println);
        } else {
            out.print(render(images, format));
        }
        out.flush();
        return ExitCodes.OK;
    }

    static String render(List<ContainerImage> images, String format) {
        if (format.equalsIgnoreCase("json")) {
            return FormatTemplate.json(images.stream().map(ContainerImage::json).toList()) + "\n";
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("CONTAINER", "REPOSITORY", "TAG", "IMAGE ID", "SIZE"));
        for (ContainerImage image : images) {
            String shortId = image.bareId().length() > 12 ? image.bareId().substring(0, 12) : image.bareId();
            rows.add(List.of(image.container(), image.repository().isEmpty() ? "<none>" : image.repository(),
                    image.tag().isEmpty() ? "<none>" : image.tag(), shortId, HumanUnits.size(image.size())));
        }
        return TabColumns.section(rows);
    }
}
