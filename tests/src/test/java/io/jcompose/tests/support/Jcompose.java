package io.jcompose.tests.support;

import io.jcompose.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs jcompose in this JVM (capturing stdout and stderr) or, when it needs its own environment, in a child JVM. */
public final class Jcompose {

    private Jcompose() {
    }

    /** What one invocation printed and returned. */
    public record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /** {@link #run} on the project {@code project} of {@code composeFile}: {@code -f FILE -p PROJECT ARGS...}. */
    public static Result inProject(Path composeFile, String project, String... args) {
        return run(projectArguments(composeFile, project, args));
    }

    /** {@code -f FILE -p PROJECT} followed by {@code args}. */
    public static String[] projectArguments(Path composeFile, String project, String... args) {
        List<String> all = new ArrayList<>(List.of("-f", composeFile.toString(), "-p", project));
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }

    /** In this JVM, through {@link Main#run}; plain progress so that the output can be read line by line. */
    public static synchronized Result run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of("--progress", "plain"));
        all.addAll(List.of(args));
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(all.toArray(String[]::new));
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /** In a child JVM with {@code environment} added to this one's. */
    public static Result runWithEnvironment(Map<String, String> environment, Path directory, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--progress", "plain"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().putAll(environment);
        Path outFile = java.nio.file.Files.createTempFile("jcompose-out", ".txt");
        Path errFile = java.nio.file.Files.createTempFile("jcompose-err", ".txt");
        builder.redirectOutput(outFile.toFile()).redirectError(errFile.toFile());
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("jcompose " + String.join(" ", args) + " did not finish in 120 s");
        }
        Result result = new Result(process.exitValue(), java.nio.file.Files.readString(outFile),
                java.nio.file.Files.readString(errFile));
        java.nio.file.Files.deleteIfExists(outFile);
        java.nio.file.Files.deleteIfExists(errFile);
        return result;
    }
}
