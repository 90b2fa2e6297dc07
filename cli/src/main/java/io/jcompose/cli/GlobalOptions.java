package io.jcompose.cli;

import static io.jcompose.cli.CommandModel.flag;
import static io.jcompose.cli.CommandModel.list;
import static io.jcompose.cli.CommandModel.option;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.OptionSpec;
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

    public List<String> files = new ArrayList<>();
    public String projectName;
    public String projectDirectory;
    public String workdir;
    public List<String> envFiles = new ArrayList<>();
    public List<String> profiles = new ArrayList<>();
    public String ansi;
    public boolean noAnsi;
    public String progress;
    public Integer parallel;
    public boolean dryRun;
    public boolean compatibility;
    public boolean allResources;
    public boolean verbose;

    /** Declares these options on the root command's model. */
    void declare(CommandModel model) {
        model.add(list(v -> files = v, "-f", "--file").paramLabel("FILE")
                        .description("Compose configuration files (repeatable; - reads standard input)"))
                .add(option(String.class, v -> projectName = v, "-p", "--project-name").paramLabel("NAME")
                        .description("Project name"))
                .add(inherited(option(String.class, v -> projectDirectory = v, "--project-directory")).paramLabel("DIR")
                        .description("Alternate working directory (default: the directory of the first compose file)"))
                .add(option(String.class, v -> workdir = v, "--workdir").hidden(true).paramLabel("DIR"))
                .add(inherited(list(v -> envFiles = v, "--env-file")).paramLabel("FILE")
                        .description("Alternate environment files (repeatable)"))
                .add(inherited(list(v -> profiles = v, "--profile")).paramLabel("PROFILE")
                        .description("Profiles to enable (repeatable)"))
                .add(inherited(option(String.class, v -> ansi = v, "--ansi")).paramLabel("WHEN")
                        .description("Control characters: never, always, auto (default auto)"))
                .add(flag(v -> noAnsi = v, "--no-ansi").hidden(true))
                .add(inherited(option(String.class, v -> progress = v, "--progress")).paramLabel("TYPE")
                        .description("Progress output: auto, tty, plain, json, quiet"))
                .add(option(Integer.class, v -> parallel = v, "--parallel").paramLabel("N")
                        .description("Engine calls in flight at most (-1: unlimited)"))
                .add(inherited(flag(v -> dryRun = v, "--dry-run"))
                        .description("Show what would be done, change nothing"))
                .add(inherited(flag(v -> compatibility = v, "--compatibility"))
                        .description("Name containers as docker-compose v1 did"))
                .add(inherited(flag(v -> allResources = v, "--all-resources"))
                        .description("Include networks and volumes not used by the selected services"))
                .add(inherited(flag(v -> verbose = v, "--verbose")).description("Show stack traces and engine calls"));
    }

    private static OptionSpec.Builder inherited(OptionSpec.Builder option) {
        return option.scopeType(ScopeType.INHERIT);
    }

    public Optional<String> projectDirectory() {
        return Optional.ofNullable(projectDirectory != null ? projectDirectory : workdir);
    }
}
