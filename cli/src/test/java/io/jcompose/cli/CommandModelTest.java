package io.jcompose.cli;

import static io.jcompose.cli.CommandModel.flag;
import static io.jcompose.cli.CommandModel.list;
import static io.jcompose.cli.CommandModel.option;
import static io.jcompose.cli.CommandModel.positional;
import static io.jcompose.cli.CommandModel.positionals;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;

class CommandModelTest {

    /** A command shaped like jcompose's: fields with initial values, bound by the model. */
    private static final class Sample {
        private boolean quiet;
        private boolean orphans = true;
        private String format = "table";
        private int index = 1;
        private List<String> env = new ArrayList<>();
        private String service;
        private List<String> command = new ArrayList<>();

        CommandLine commandLine() {
            return new CommandLine(CommandModel.of(this, "sample", "A sample")
                    .add(flag(v -> quiet = v, "-q", "--quiet"))
                    .add(flag(v -> orphans = v, "--orphans").arity("0..1").fallbackValue("true"))
                    .add(option(String.class, v -> format = v, "--format"))
                    .add(option(int.class, v -> index = v, "--index"))
                    .add(list(v -> env = v, "-e", "--env"))
                    .add(positional(String.class, v -> service = v, "0"))
                    .add(positionals(v -> command = v, "1..*"))
                    .spec());
        }
    }

    @Test
    void optionsNotGivenKeepTheFieldsInitialValues() {
        Sample sample = new Sample();
        sample.commandLine().parseArgs("web");
        assertThat(sample.quiet).isFalse();
        assertThat(sample.orphans).isTrue();
        assertThat(sample.format).isEqualTo("table");
        assertThat(sample.index).isEqualTo(1);
        assertThat(sample.env).isEmpty();
        assertThat(sample.command).isEmpty();
        assertThat(sample.service).isEqualTo("web");
    }

    @Test
    void givenOptionsSetTheFields() {
        Sample sample = new Sample();
        sample.commandLine().parseArgs("-q", "--orphans=false", "--format", "json", "--index=3", "web", "ls", "/tmp");
        assertThat(sample.quiet).isTrue();
        assertThat(sample.orphans).isFalse();
        assertThat(sample.format).isEqualTo("json");
        assertThat(sample.index).isEqualTo(3);
        assertThat(sample.command).containsExactly("ls", "/tmp");
    }

    @Test
    void everyOccurrenceOfARepeatableOptionAddsAValue() {
        Sample sample = new Sample();
        sample.commandLine().parseArgs("-e", "A=1", "--env=B=2", "-e", "C", "web");
        assertThat(sample.env).containsExactly("A=1", "B=2", "C");
    }

    @Test
    void aPositionalTakingAValueIsRequired() {
        assertThatThrownBy(() -> new Sample().commandLine().parseArgs("-q"))
                .isInstanceOf(MissingParameterException.class)
                .hasMessageContaining("Missing required parameter");
    }

    @Test
    void everyCommandHasHelp() {
        CommandLine commandLine = new Sample().commandLine();
        assertThat(commandLine.parseArgs("--help").isUsageHelpRequested()).isTrue();
        assertThat(commandLine.getUsageMessage()).contains("-h, --help", "Show this help");
    }
}
