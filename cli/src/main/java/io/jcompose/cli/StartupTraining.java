package io.jcompose.cli;

import io.jcompose.engine.api.Containers;
import io.jcompose.engine.api.Networks;
import io.jcompose.engine.api.Volumes;
import io.jcompose.engine.reconcile.ObservedState;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * The training run behind the launcher's start-up cache (JDK 25 AOT cache, JDK 17-24 AppCDS): runs the
 * commands users run most, in one JVM, on a project that uses the common attributes, so that the classes
 * each command loads end up in the cache. It changes nothing: {@code config}, {@code ps}, {@code version},
 * {@code up}/{@code down} with {@code --dry-run}, {@code stop} (which runs an empty plan through the
 * executor, as a no-op {@code up} does), and a {@code down -v} of recorded containers, networks and a volume
 * that do not exist, under a project name nobody uses, so no container has it.
 * Failures are part of training (an unreachable engine still loads the client's classes), so exit codes
 * are ignored, and an invocation still running after {@link #INVOCATION_LIMIT} is left behind.
 */
public final class StartupTraining {

    static final String PROJECT = "jcompose-startup-training";

    private static final Duration INVOCATION_LIMIT = Duration.ofSeconds(15);

    private StartupTraining() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Main.processDefaults();
        Path directory = Files.createTempDirectory(PROJECT);
        try {
            Path compose = directory.resolve("compose.yaml");
            try (InputStream training = StartupTraining.class.getResourceAsStream("startup-training.yaml")) {
                Files.copy(training, compose);
            }
            // a schema memo as the launcher's runs have: the launcher names its own, which an earlier run of
            // this training filled, so that the schema compiler stays out of the cache; else the first config
            // validates and remembers, and later ones find the digest
            if (System.getProperty(ProjectOptions.VALIDATED) == null) {
                System.setProperty(ProjectOptions.VALIDATED, directory.resolve("validated").toString());
            }
            for (List<String> invocation : invocations(compose.toString())) {
                runLimited(() -> Main.run(invocation.toArray(String[]::new)));
            }
            renderRecordedContainers();
            runLimited(() -> downRecordedProject(compose.toString()));
        } finally {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(StartupTraining::delete);
            }
        }
        // Commands may leave non-daemon threads behind; the cache is written at exit.
        System.exit(ExitCodes.OK);
    }

    /** Runs {@code training}; an engine that does not answer must not hold up the cache: what ran so far is in it. */
    private static void runLimited(Runnable training) throws InterruptedException {
        Thread run = new Thread(training, "jcompose-training");
        run.setDaemon(true);
        run.start();
        run.join(INVOCATION_LIMIT.toMillis());
    }

    /** The invocations, each as its words, on the training project's {@code compose} file. */
    static List<List<String>> invocations(String compose) {
        List<String> project = List.of("-f", compose, "-p", PROJECT);
        List<List<String>> invocations = new ArrayList<>();
        invocations.add(List.of("--help"));
        invocations.add(List.of("config", "--help"));
        invocations.add(List.of("version"));
        for (List<String> command : List.of(
                List.of("config"),
                List.of("config", "--format", "json"),
                List.of("config", "--services"),
                List.of("ps"),
                List.of("ps", "-a", "--format", "json"),
                List.of("up", "-d", "--dry-run"),
                List.of("down", "--dry-run"),
                List.of("stop"))) {
            List<String> words = new ArrayList<>(project);
            words.addAll(command);
            invocations.add(List.copyOf(words));
        }
        return List.copyOf(invocations);
    }

    /**
     * The training project has no containers, so {@code ps} above read and showed an empty list: this reads
     * a recorded list answer (running and exited containers, ports, mounts, networks) and renders it as
     * {@code ps} does, so the code that reads and shows container rows is in the cache too.
     */
    static String renderRecordedContainers() throws IOException {
        List<ContainerView> views = Containers.listAnswer(recorded("containers")).stream().map(ContainerView::of)
                .toList();
        Instant now = Instant.now();
        return PsCommand.render(views, "", true, now) + PsCommand.render(views, "json", false, now);
    }

    /**
     * {@code down -v} of the training project as the recorded answers describe it (two containers, two networks, a
     * volume), so that planning a removal and running it are in the cache: a {@code down} of a project with
     * nothing in it plans nothing. Nothing of it exists, so every call finds nothing to stop or remove.
     */
    static void downRecordedProject(String compose) {
        List<String> words = List.of("-f", compose, "-p", PROJECT, "down", "-v");
        CommandLine commandLine = Subcommands.commandLine(new JcomposeCommand(), words.toArray(String[]::new));
        DownCommand down = (DownCommand) commandLine.parseArgs(words.toArray(String[]::new)).subcommand()
                .commandSpec().userObject();
        try (ProjectSession session = down.open()) {
            down.converge(session, recordedState());
        }
    }

    /** The training project as the recorded list answers describe it. */
    static ObservedState recordedState() {
        try {
            return ObservedState.of(PROJECT, Containers.listAnswer(recorded("containers")),
                    Networks.listAnswer(recorded("networks")), Volumes.listAnswer(recorded("volumes")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The recorded list answer {@code startup-training-<what>.json}. */
    private static String recorded(String what) throws IOException {
        try (InputStream recorded = StartupTraining.class.getResourceAsStream("startup-training-" + what + ".json")) {
            return new String(recorded.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
