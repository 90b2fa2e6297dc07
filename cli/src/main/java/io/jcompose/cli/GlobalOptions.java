package io.jcompose.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The options docker compose accepts before the command name. Those no command reuses for
 * something else are inherited, so {@code up --dry-run} works as docker compose's persistent flags
 * do; {@code -f}, {@code -p}, {@code --parallel} and {@code --workdir} stay before the command
 * ({@code logs -f}, {@code run -p}, {@code build --parallel}, {@code exec --workdir} mean other
 * things). Commands read them through {@link JcomposeCommand#global()}; each one's environment
 * fallback is resolved where it is used.
 */
public final class GlobalOptions {

    @Option(names = {"-f", "--file"}, paramLabel = "FILE",
            description = "Compose configuration files (repeatable; - reads standard input)")
    public List<String> files = new ArrayList<>();

    @Option(names = {"-p", "--project-name"}, paramLabel = "NAME", description = "Project name")
    public String projectName;

    @Option(scope = ScopeType.INHERIT, names = "--project-directory", paramLabel = "DIR",
            description = "Alternate working directory (default: the directory of the first compose file)")
    public String projectDirectory;

    @Option(names = "--workdir", hidden = true, paramLabel = "DIR")
    public String workdir;

    @Option(scope = ScopeType.INHERIT, names = "--env-file", paramLabel = "FILE", description = "Alternate environment files (repeatable)")
    public List<String> envFiles = new ArrayList<>();

    @Option(scope = ScopeType.INHERIT, names = "--profile", paramLabel = "PROFILE", description = "Profiles to enable (repeatable)")
    public List<String> profiles = new ArrayList<>();

    @Option(scope = ScopeType.INHERIT, names = "--ansi", paramLabel = "WHEN", description = "Control characters: never, always, auto (default auto)")
    public String ansi;

    @Option(names = "--no-ansi", hidden = true)
    public boolean noAnsi;

    @Option(scope = ScopeType.INHERIT, names = "--progress", paramLabel = "TYPE", description = "Progress output: auto, tty, plain, json, quiet")
    public String progress;

    @Option(names = "--parallel", paramLabel = "N", description = "Engine calls in flight at most (-1: unlimited)")
    public Integer parallel;

    @Option(scope = ScopeType.INHERIT, names = "--dry-run", description = "Show what would be done, change nothing")
    public boolean dryRun;

    @Option(scope = ScopeType.INHERIT, names = "--compatibility", description = "Name containers as docker-compose v1 did")
    public boolean compatibility;

    @Option(scope = ScopeType.INHERIT, names = "--all-resources", description = "Include networks and volumes not used by the selected services")
    public boolean allResources;

    @Option(scope = ScopeType.INHERIT, names = "--verbose", description = "Show stack traces and engine calls")
    public boolean verbose;

    public Optional<String> projectDirectory() {
        return Optional.ofNullable(projectDirectory != null ? projectDirectory : workdir);
    }
}
