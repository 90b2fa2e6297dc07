package io.jcompose.cli;

import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Range;

/**
 * A command's picocli model, declared in code. picocli's annotations would describe the same model, but
 * reading them makes the JVM generate a proxy class per annotation type, which no start-up cache keeps:
 * about 27 ms of every run. Each option and parameter is bound to the command's field by a setter, and
 * an option not given leaves the field's initial value alone.
 */
final class CommandModel {

    private final CommandSpec spec;

    private CommandModel(CommandSpec spec) {
        this.spec = spec;
    }

    /** The model of {@code command}, named {@code name}, with docker compose's {@code -h, --help}. */
    static CommandModel of(Object command, String name, String... description) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name);
        spec.usageMessage().description(description).autoWidth(true);
        return new CommandModel(spec).add(OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Show this help"));
    }

    CommandModel add(OptionSpec.Builder option) {
        spec.addOption(option.build());
        return this;
    }

    /** Adds a positional parameter, required when it takes at least one value (as picocli's annotations do). */
    CommandModel add(PositionalParamSpec.Builder positional) {
        Range arity = positional.arity();
        spec.addPositional(positional.required(arity == null || arity.min() > 0).build());
        return this;
    }

    CommandSpec spec() {
        return spec;
    }

    /** An option without a value: present means true. */
    static OptionSpec.Builder flag(Consumer<Boolean> field, String... names) {
        return option(boolean.class, field, names);
    }

    /** An option with one value of {@code type}; the last occurrence wins. */
    static <T> OptionSpec.Builder option(Class<T> type, Consumer<T> field, String... names) {
        FieldBinding<T> binding = new FieldBinding<>(field);
        return OptionSpec.builder(names).type(type).getter(binding).setter(binding).hasInitialValue(false);
    }

    /** A repeatable option, each occurrence adding a value. */
    static OptionSpec.Builder list(Consumer<List<String>> field, String... names) {
        FieldBinding<List<String>> binding = new FieldBinding<>(field);
        return OptionSpec.builder(names).type(List.class).auxiliaryTypes(String.class)
                .getter(binding).setter(binding).hasInitialValue(false);
    }

    /** A positional parameter of {@code type} at {@code index}. */
    static <T> PositionalParamSpec.Builder positional(Class<T> type, Consumer<T> field, String index) {
        FieldBinding<T> binding = new FieldBinding<>(field);
        return PositionalParamSpec.builder().index(index).type(type)
                .getter(binding).setter(binding).hasInitialValue(false);
    }

    /** The positional parameters from {@code index} on, none or more. */
    static PositionalParamSpec.Builder positionals(Consumer<List<String>> field, String index) {
        FieldBinding<List<String>> binding = new FieldBinding<>(field);
        return PositionalParamSpec.builder().index(index).arity("0..*").type(List.class).auxiliaryTypes(String.class)
                .getter(binding).setter(binding).hasInitialValue(false);
    }

    /**
     * Hands each value picocli sets to the field, and gives back the last one: picocli reads a list back to
     * add the next occurrence's value to it.
     */
    private static final class FieldBinding<T> implements IGetter, ISetter {

        private final Consumer<T> field;
        private T value;

        FieldBinding(Consumer<T> field) {
            this.field = field;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <V> V get() {
            return (V) value;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <V> V set(V value) {
            T previous = this.value;
            this.value = (T) value;
            field.accept(this.value);
            return (V) previous;
        }
    }
}
