package io.jcompose.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --timeline FILE}, shared by the commands that change containers (see {@link TimelineFile}). */
final class TimelineOption {

    @Option(names = "--timeline", paramLabel = "FILE", description = "Record when each container, network and "
            + "volume was created, started, healthy, stopped, removed, in seconds from the process start, to FILE "
            + "(a table with a Gantt bar per step; JSON lines when FILE ends in .jsonl or .json)")
    private Path file;

    Optional<Path> file() {
        return Optional.ofNullable(file);
    }
}
