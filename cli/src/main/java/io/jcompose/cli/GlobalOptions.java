package io.jcompose.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The options docker compose accepts before the command name. Commands read them through
 * {@link JcomposeCommand#global()}; each one's environment fallback is resolved where it is used.
 */
public final class GlobalOptions {

    @Option(names = {"-f", "--file"}, paramLabel = "FILE",
            description = "Compose configuration files (repeatable; - reads standard input)")
    public List<String> files = new ArrayList<>();

    @Option(names = {"-p", "--project-name"}, paramLabel = "NAME", description = "Project name")
    public String projectName;

    @Option(names = "--project-directory", paramLabel = "DIR",
            description = "Alternate working directory (default: the directory of the first compose file)")
    public String projectDirectory;

    @Option(names = "--workdir", hidden = true, paramLabel = "DIR")
    public String workdir;

    @Option(names = "--env-file", paramLabel = "FILE", description = "Alternate environment files (repeatable)")
    public List<String> envFiles = new ArrayList<>();

    @Option(names = "--profile", paramLabel = "PROFILE", description = "Profiles to enable (repeatable)")
    public List<String> profiles = new ArrayList<>();

    @Option(names = "--ansi", paramLabel = "WHEN", description = "Control characters: never, always, auto (default auto)")
    public String ansi;

    @Option(names = "--no-ansi", hidden = true)
    public boolean noAnsi;

    @Option(names = "--progress", paramLabel = "TYPE", description = "Progress output: auto, tty, plain, json, quiet")
    public String progress;

    @Option(names = "--parallel", paramLabel = "N", description = "Engine calls in flight at most (-1: unlimited)")
    public Integer parallel;

    @Option(names = "--dry-run", description = "Show what would be done, change nothing")
    public boolean dryRun;

    @Option(names = "--compatibility", description = "Name containers as docker-compose v1 did")
    public boolean compatibility;

    @Option(names = "--all-resources", description = "Include networks and volumes not used by the selected services")
    public boolean allResources;

    @Option(names = "--verbose", description = "Show stack traces and engine calls")
    public boolean verbose;

    public Optional<String> projectDirectory() {
        return Optional.ofNullable(projectDirectory != null ? projectDirectory : workdir);
    }
}
