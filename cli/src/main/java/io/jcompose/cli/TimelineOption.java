package io.jcompose.cli;

import static io.jcompose.cli.CommandModel.option;

import java.nio.file.Path;
import java.util.Optional;

/** {@code --timeline FILE}, shared by the commands that change containers (see {@link TimelineFile}). */
final class TimelineOption {

    private Path file;

    /** Declares these options on {@code model}. */
    void declare(CommandModel model) {
        model.add(option(Path.class, v -> file = v, "--timeline").paramLabel("FILE")
                        .description("Record when each container, network and volume was created, started, healthy, "
                                + "stopped, removed, in seconds from the process start, to FILE (a table with a Gantt "
                                + "bar per step; JSON lines when FILE ends in .jsonl or .json)"));
    }

    Optional<Path> file() {
        return Optional.ofNullable(file);
    }
}
