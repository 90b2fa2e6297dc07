package io.jcompose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SubcommandsTest {

    private final CommandLine bare = new CommandLine(new JcomposeCommand().spec());

    @Test
    void everyNameCreatesTheCommandOfThatName() {
        assertThat(Subcommands.NAMES).allSatisfy(name -> assertThat(
                new CommandLine(Subcommands.create(name, new JcomposeCommand())).getCommandName()).isEqualTo(name));
    }

    @Test
    void onlyCommandsThatAskTheEngineWarmTheClientUp() {
        assertThat(Subcommands.likelyReadsEngineAnswers("-f", "a.yaml", "ps")).isTrue();
        assertThat(Subcommands.likelyReadsEngineAnswers("version")).isTrue();
        assertThat(Subcommands.likelyReadsEngineAnswers("-p", "demo", "down", "-v")).isTrue();
        assertThat(Subcommands.likelyReadsEngineAnswers("config", "--services")).isFalse();
        assertThat(Subcommands.likelyReadsEngineAnswers("help", "ps")).isFalse();
        assertThat(Subcommands.likelyReadsEngineAnswers("--help")).isFalse();
        assertThat(Subcommands.likelyReadsEngineAnswers("nosuch")).isFalse();
        assertThat(Subcommands.likelyReadsEngineAnswers("--", "ps")).isFalse();
    }

    @Test
    void theCommandIsTheFirstWordAfterTheRootOptionsAndTheirValues() {
        assertThat(named("-f", "a.yaml", "--project-name", "x", "--dry-run", "ps", "-a")).contains("ps");
        assertThat(named("--file=a.yaml", "-fb.yaml", "-p", "up", "config")).contains("config");
        assertThat(named("--env-file", "e", "--profile", "p", "--ansi", "never", "up", "-d")).contains("up");
    }

    @Test
    void rootHelpAndEndOfOptionsNameNoCommand() {
        assertThat(named("--help", "ps")).isEmpty();
        assertThat(named("-f", "a.yaml")).isEmpty();
        assertThat(named("--", "ps")).isEmpty();
    }

    @Test
    void aKnownCommandIsTheOnlyOneRegistered() {
        assertThat(Subcommands.commandLine(new JcomposeCommand(), "-f", "a.yaml", "ps", "web").getSubcommands())
                .containsOnlyKeys("ps");
    }

    @Test
    void helpAnUnknownOrNoCommandRegisterThemAll() {
        for (String[] args : new String[][] {{}, {"--help"}, {"help", "ps"}, {"hepl"}}) {
            assertThat(Subcommands.commandLine(new JcomposeCommand(), args).getSubcommands().keySet())
                    .containsExactlyElementsOf(Subcommands.NAMES);
        }
    }

    private Optional<String> named(String... args) {
        return Subcommands.named(bare.getCommandSpec(), args);
    }
}
