package io.jcompose.tests.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * jcompose in its own JVM, for what an in-process run cannot show: real stdin pipes, a pseudo-terminal,
 * the exit code of the process. It runs Main on this test run's classpath.
 */
final class ChildJcompose {

    private ChildJcompose() {
    }

    static List<String> command(String... args) {
        return main("io.jcompose.cli.Main", args);
    }

    /** {@code mainClass} of this test run's classpath with {@code args}, in a JVM of its own. */
    static List<String> main(String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        return command;
    }

    static ProcessBuilder process(String... args) {
        return new ProcessBuilder(command(args));
    }

    /** A shell script in {@code directory} running jcompose with its arguments, for tmux to start. */
    static Path script(Path directory) throws IOException {
        Path script = directory.resolve("jcompose");
        StringBuilder text = new StringBuilder("#!/bin/sh\nexec");
        for (String word : command()) {
            text.append(" '").append(word.replace("'", "'\\''")).append('\'');
        }
        text.append(" \"$@\"\n");
        Files.writeString(script, text);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }
}
