package io.jcompose.cli;

import static io.jcompose.cli.CommandModel.flag;
import static io.jcompose.cli.CommandModel.option;
import static io.jcompose.cli.CommandModel.positional;

import io.jcompose.engine.EngineClient;
import io.jcompose.engine.EngineException;
import io.jcompose.engine.api.ContainerSummary;
import io.jcompose.engine.api.PathStat;
import io.jcompose.spec.labels.ComposeLabels;
import io.vertx.core.buffer.Buffer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code jcompose cp SERVICE:SRC_PATH DEST_PATH|-} and {@code jcompose cp SRC_PATH|- SERVICE:DEST_PATH}:
 * copies files between a service container and the local filesystem with docker cp's path rules.
 */
public final class CpCommand implements Callable<Integer> {

    private final JcomposeCommand root;
    private final CommandSpec spec;
    private boolean all;
    private boolean archive;
    private boolean followLink;
    private int index;
    private String source;
    private String destination;

    CpCommand(JcomposeCommand root) {
        this.root = root;
        spec = CommandModel.of(this, "cp", "Copy files/folders between a service container and the local filesystem")
                .add(flag(v -> all = v, "--all").description("Include containers created by the run command"))
                .add(flag(v -> archive = v, "-a", "--archive")
                        .description("Archive mode (copy all uid/gid information)"))
                .add(flag(v -> followLink = v, "-L", "--follow-link")
                        .description("Always follow symbol link in SRC_PATH"))
                .add(option(int.class, v -> index = v, "--index").paramLabel("<index>")
                        .description("Index of the container if service has multiple replicas"))
                .add(positional(String.class, v -> source = v, "0").paramLabel("SRC")
                        .description("SERVICE:SRC_PATH, a local path, or - for a tar on stdin"))
                .add(positional(String.class, v -> destination = v, "1").paramLabel("DEST")
                        .description("SERVICE:DEST_PATH, a local path, or - for a tar on stdout"))
                .spec();
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws IOException {
        CopyEndpoint from = CopyEndpoint.parse(source);
        CopyEndpoint to = CopyEndpoint.parse(destination);
        if (from.service().isPresent() && to.service().isPresent()) {
            throw new IllegalArgumentException("copying between services is not supported");
        }
        if (from.service().isEmpty() && to.service().isEmpty()) {
            throw new IllegalArgumentException("unknown copy direction");
        }
        ProjectScope scope = ProjectScope.nameOnly(root.global(), spec.commandLine().getErr());
        String service = from.service().or(to::service).orElseThrow();
        try (EngineClient engine = EngineConnection.open(root.global())) {
            List<ContainerSummary> targets = targets(engine, scope, service);
            if (from.service().isPresent()) {
                copyFrom(engine, targets.get(0).id(), from.path(), to.path());
            } else {
                for (ContainerSummary target : targets) {
                    copyTo(engine, target.id(), from.path(), to.path());
                }
            }
        }
        return ExitCodes.OK;
    }

    /** compose's choice: the numbered container, else every container of the service (one-offs with --all). */
    private List<ContainerSummary> targets(EngineClient engine, ProjectScope scope, String service) {
        if (index > 0) {
            return List.of(ServiceContainer.find(engine, scope.name(), service, index, true, false));
        }
        List<ContainerSummary> found = new ArrayList<>(scope.containers(engine, true, all, List.of(service)));
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no container found for service \"" + service + "\"");
        }
        found.sort(Comparator.comparingInt(ProjectScope::number)
                .thenComparing(c -> ComposeLabels.ONEOFF_TRUE.equals(c.labels().get(ComposeLabels.ONEOFF))));
        return found;
    }

    private void copyTo(EngineClient engine, String container, String sourcePath, String destinationPath)
            throws IOException {
        Optional<PathStat> destinationStat = stat(engine, container, destinationPath);
        if (destinationStat.isPresent() && destinationStat.get().isSymlink()) {
            String target = destinationStat.get().linkTarget();
            destinationPath = target.startsWith("/") ? target : CopyPlan.parent(destinationPath) + "/" + target;
            destinationStat = stat(engine, container, destinationPath);
        }
        boolean exists = destinationStat.isPresent();
        boolean isDirectory = exists && destinationStat.get().isDirectory();
        if (sourcePath.equals("-")) {
            if (!isDirectory) {
                throw new IllegalArgumentException("destination \"" + container + ":" + destinationPath
                        + "\" must be a directory");
            }
            engine.await(engine.containers().putArchive(container, destinationPath,
                    Buffer.buffer(System.in.readAllBytes()), archive));
            return;
        }
        Path local = Path.of(sourcePath).toAbsolutePath();
        if (!Files.exists(local, LinkOption.NOFOLLOW_LINKS)) {
            throw new NoSuchFileException("lstat " + local + ": no such file or directory");
        }
        boolean sourceIsDirectory = followLink ? Files.isDirectory(local)
                : Files.isDirectory(local, LinkOption.NOFOLLOW_LINKS);
        CopyPlan plan = CopyPlan.of(sourcePath, sourceIsDirectory, destinationPath, exists, isDirectory);
        byte[] tar = LocalArchive.pack(local, followLink, plan.rootName());
        engine.await(engine.containers().putArchive(container, plan.extractDirectory(), Buffer.buffer(tar), archive));
    }

    private void copyFrom(EngineClient engine, String container, String sourcePath, String destinationPath)
            throws IOException {
        String fetched = sourcePath;
        if (followLink) {
            Optional<PathStat> sourceStat = stat(engine, container, sourcePath);
            if (sourceStat.isPresent() && sourceStat.get().isSymlink()) {
                String target = sourceStat.get().linkTarget();
                fetched = target.startsWith("/") ? target : CopyPlan.parent(sourcePath) + "/" + target;
            }
        }
        Buffer tar = engine.await(engine.containers().getArchive(container, fetched));
        if (destinationPath.equals("-")) {
            byte[] bytes = tar.getBytes();
            System.out.write(bytes, 0, bytes.length);
            System.out.flush();
            return;
        }
        boolean sourceIsDirectory = stat(engine, container, fetched).map(PathStat::isDirectory).orElse(false);
        Path local = Path.of(destinationPath).toAbsolutePath();
        boolean exists = Files.exists(local, LinkOption.NOFOLLOW_LINKS);
        if (!exists && Files.notExists(local.getParent())) {
            throw new NoSuchFileException("destination directory " + local.getParent() + " does not exist");
        }
        CopyPlan plan = CopyPlan.of(sourcePath, sourceIsDirectory, destinationPath, exists,
                exists && Files.isDirectory(local));
        LocalArchive.unpack(new ByteArrayInputStream(tar.getBytes()),
                Path.of(plan.extractDirectory()).toAbsolutePath(), plan.rootName());
    }

    private static Optional<PathStat> stat(EngineClient engine, String container, String path) {
        try {
            return Optional.of(engine.await(engine.containers().statPath(container, path)));
        } catch (EngineException e) {
            if (e.isNotFound()) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
