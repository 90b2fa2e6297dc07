package io.jcompose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.ParseResult;

class ExecCommandTest {

    @Test
    void bareKeysTakeTheirValueFromTheEnvironmentOrAreDropped() {
        assertThat(ExecCommand.environment(List.of("A=1", "HOME", "UNSET", "EMPTY="), Map.of("HOME", "/root")))
                .containsExactly("A=1", "HOME=/root", "EMPTY=");
    }

    @Test
    void optionsEndAtTheService() {
        JcomposeCommand root = new JcomposeCommand();
        ParseResult parsed = Subcommands.commandLine(root).parseArgs("exec", "-T", "web", "sh", "-c", "exit 3");
        ExecCommand exec = (ExecCommand) parsed.subcommand().commandSpec().userObject();
        assertThat(exec).isNotNull();
        assertThat(parsed.subcommand().matchedPositionals()).hasSize(2);
        assertThat(parsed.subcommand().matchedPositional(1).getValue().toString()).isEqualTo("[sh, -c, exit 3]");
    }
}
