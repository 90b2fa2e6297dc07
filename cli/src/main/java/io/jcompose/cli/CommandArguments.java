package io.jcompose.cli;

import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;

/**
 * For commands that take a command line to run ({@code exec SERVICE CMD...}): options end at the first
 * positional, so {@code exec web sh -c 'exit 3'} passes {@code -c} to sh, as docker compose does.
 */
public final class CommandArguments implements IModelTransformer {

    @Override
    public CommandSpec transform(CommandSpec spec) {
        spec.parser().stopAtPositional(true);
        return spec;
    }
}
